#!/usr/bin/env bash
# Sets up a fresh machine for Gapmark: Debian's Chromium (for the demo and the e2e tests) where it is missing,
# then the project's dependencies from the lockfile. Used by the README's two commands and by CI.
set -euo pipefail
cd "$(dirname "$0")/.."

have_chromium() {
  [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ] && return 0
  for p in /usr/bin/chromium /usr/bin/chromium-browser /usr/lib/chromium/chromium /usr/bin/google-chrome; do
    [ -x "$p" ] && return 0
  done
  return 1
}

if ! have_chromium; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
    echo "setup: installing Debian's Chromium (apt-get install chromium fonts-liberation)…"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-liberation >/dev/null
  else
    echo "setup: no Chromium found and no apt-get to install it." >&2
    echo "       Install Chromium (120 or later) and set CHROMIUM_PATH to its binary, then run this again." >&2
    exit 1
  fi
fi

echo "setup: installing dependencies (npm ci)…"
npm ci --no-audit --no-fund
