import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];

export const FIREFOX_INSTALL_HINT =
  "Gapmark drives Debian's Firefox ESR for its Firefox end-to-end tests and demo. Install it with\n" +
  '  sudo apt-get update && sudo apt-get install -y firefox-esr\n' +
  'or point FIREFOX_PATH at a Firefox binary (version 140 or later).';

/** The Firefox binary to drive: FIREFOX_PATH, else the usual install paths. Throws with install advice. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but no file is there.\n${FIREFOX_INSTALL_HINT}`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found)
    throw new Error(`No Firefox found (looked at ${CANDIDATES.join(', ')}).\n${FIREFOX_INSTALL_HINT}`);
  return found;
}
