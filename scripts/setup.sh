#!/usr/bin/env bash
# Sets up a fresh machine for Gapmark: Debian's Chromium and Firefox ESR (for the demo and the e2e tests, which
# run in both) where they are missing, then the project's dependencies from the lockfile. Used by the README's two
# commands and by CI.
set -euo pipefail
cd "$(dirname "$0")/.."

have_chromium() {
  [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ] && return 0
  for p in /usr/bin/chromium /usr/bin/chromium-browser /usr/lib/chromium/chromium /usr/bin/google-chrome; do
    [ -x "$p" ] && return 0
  done
  return 1
}

have_firefox() {
  [ -n "${FIREFOX_PATH:-}" ] && [ -x "${FIREFOX_PATH}" ] && return 0
  for p in /usr/bin/firefox-esr /usr/bin/firefox /usr/lib/firefox-esr/firefox-esr; do
    [ -x "$p" ] && return 0
  done
  return 1
}

packages=()
have_chromium || packages+=(chromium fonts-liberation)
have_firefox || packages+=(firefox-esr)

if [ ${#packages[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
    echo "setup: installing Debian's browsers (apt-get install ${packages[*]})…"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${packages[@]}" >/dev/null
  else
    echo "setup: missing ${packages[*]} and no apt-get to install them." >&2
    echo "       Install Chromium (120 or later) and Firefox (140 or later), set CHROMIUM_PATH and FIREFOX_PATH" >&2
    echo "       to their binaries, then run this again." >&2
    exit 1
  fi
fi

echo "setup: installing dependencies (npm ci)…"
npm ci --no-audit --no-fund
