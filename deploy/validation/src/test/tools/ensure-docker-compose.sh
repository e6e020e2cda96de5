#!/usr/bin/env bash
# Makes sure `docker-compose` (the Debian package) is on this machine, for DeployToolsTest's `docker-compose config`.
# Run by deploy/validation's build before its tests (ADR 50): a no-op where it is installed; as root on Debian or
# Ubuntu it installs the package (CI runs as root on Debian); anywhere else it says what to install and fails.
set -euo pipefail
if command -v docker-compose >/dev/null 2>&1; then
  exit 0
fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "deploy/validation: installing the Debian package docker-compose (for docker-compose config)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends docker-compose >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends docker-compose >/dev/null; }
  command -v docker-compose >/dev/null 2>&1 && exit 0
fi
echo "deploy/validation: docker-compose is needed (Debian/Ubuntu: sudo apt-get install docker-compose)" >&2
exit 1
