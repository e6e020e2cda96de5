#!/usr/bin/env bash
# Makes sure Debian's Chromium and its ChromeDriver are on this machine, for the portal's browser tests. Run by
# system-tests' build before its tests (ADR 72): a no-op where both are installed; as root on Debian or Ubuntu it
# installs the packages (CI runs as root on Debian); anywhere else it says what to install and fails.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "system-tests: installing the Debian packages chromium and chromium-driver (for the browser tests)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends chromium chromium-driver >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends chromium chromium-driver >/dev/null; }
  command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 && exit 0
fi
echo "system-tests: Chromium and ChromeDriver are needed (Debian/Ubuntu: sudo apt-get install chromium chromium-driver)" >&2
exit 1
