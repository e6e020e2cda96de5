#!/bin/sh
# Writes the secrets docker-compose.yml needs to .env beside it (git-ignored), random from /dev/urandom:
# the bearer tokens' HS256 secret, the MySQL passwords, the portal's session secret and its OpenID Connect client
# secret (the Keycloak example realm, deploy/keycloak/, takes the same one). Leaves an existing .env alone (the data volume keeps the
# passwords it was created with); pass another file as $1 to write elsewhere.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
file=${1:-$root/.env}
if [ -e "$file" ]; then
  echo "$file exists: left as it is" >&2
  exit 0
fi
random() {
  head -c 48 /dev/urandom | base64 | tr -d '\n/+='
}
umask 077
{
  echo "THIDUA_SECURITY_JWT_SECRET=$(random)"
  echo "THIDUA_DB_ROOT_PASSWORD=$(random)"
  for service in UNITS CAMPAIGNS AWARDS NOTIFICATIONS; do
    echo "THIDUA_${service}_DB_PASSWORD=$(random)"
  done
  echo "THIDUA_PORTAL_SESSION_SECRET=$(random)"
  echo "THIDUA_OIDC_CLIENT_SECRET=$(random)"
} > "$file"
echo "wrote $file"
