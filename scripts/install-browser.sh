#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing (CHROMIUM_PATH,
# default /usr/bin/chromium). As root it calls apt-get directly, otherwise through sudo.
# The environment variable goes through `env`, so it works with or without sudo in front:
# a bare `$SUDO VAR=value cmd` runs "VAR=value" as a command when $SUDO is empty.
set -uo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0

echo "Installing Debian's chromium for the browser tests..."
sudo=()
[ "$(id -u)" = 0 ] || sudo=(sudo)
if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
  || ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; then
  echo "Could not install chromium"
  exit 1
fi
[ -x "$chromium" ] || { echo "chromium was installed but $chromium is missing"; exit 1; }
