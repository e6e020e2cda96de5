#!/bin/sh
# Makes the dev cluster's secrets, random from /dev/urandom, in secrets/ beside this script (git-ignored), where
# kustomization.yaml's secretGenerators read them: the bearer tokens' HS256 secret, MySQL's root password, each
# service's database password, and the portal's session secret and OpenID Connect client secret. Run it once before the first `kubectl apply -k deploy/k8s/overlays/dev`; it leaves
# existing files alone (MySQL keeps the passwords its volume was created with).
set -eu
dir=$(cd "$(dirname "$0")" && pwd)/secrets
mkdir -p "$dir"
umask 077
random() {
  head -c 48 /dev/urandom | base64 | tr -d '\n/+='
}
if [ ! -e "$dir/thidua-security.env" ]; then
  echo "THIDUA_SECURITY_JWT_SECRET=$(random)" > "$dir/thidua-security.env"
  echo "wrote $dir/thidua-security.env"
fi
if [ ! -e "$dir/mysql.env" ]; then
  # each service's password twice: MySQL creates the user with it, the service logs in with it
  echo "MYSQL_ROOT_PASSWORD=$(random)" > "$dir/mysql.env.partial"
  for service in units campaigns awards notifications; do
    password=$(random)
    echo "THIDUA_$(echo "$service" | tr a-z A-Z)_DB_PASSWORD=$password" >> "$dir/mysql.env.partial"
    echo "DATASOURCES_DEFAULT_PASSWORD=$password" > "$dir/$service-service-db.env"
  done
  mv "$dir/mysql.env.partial" "$dir/mysql.env"
  echo "wrote $dir/mysql.env and the services' *-service-db.env"
fi
if [ ! -e "$dir/portal.env" ]; then
  # the client secret: give your provider's thidua-portal client the same one (deploy/keycloak/ reads it from
  # THIDUA_OIDC_CLIENT_SECRET)
  {
    echo "THIDUA_PORTAL_SESSION_SECRET=$(random)"
    echo "MICRONAUT_SECURITY_OAUTH2_CLIENTS_OIDC_CLIENT_SECRET=$(random)"
  } > "$dir/portal.env"
  echo "wrote $dir/portal.env"
fi
