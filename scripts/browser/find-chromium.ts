import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export const INSTALL_HINT =
  "Gapmark drives Debian's Chromium for its end-to-end tests and demo. Install it with\n" +
  '  sudo apt-get update && sudo apt-get install -y chromium fonts-liberation\n' +
  'or point CHROMIUM_PATH at a Chromium or Chrome binary (version 120 or later).';

/** The Chromium binary to drive: CHROMIUM_PATH, else the usual install paths. Throws with install advice. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.\n${INSTALL_HINT}`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(`No Chromium found (looked at ${CANDIDATES.join(', ')}).\n${INSTALL_HINT}`);
  return found;
}
