import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDemo, DEMO_BUILD_DIRS } from '../../scripts/browser/build-demo';
import { findChromium } from '../../scripts/browser/find-chromium';
import { findFirefox } from '../../scripts/browser/find-firefox';

// Before any e2e file: the browser of this run (GAPMARK_BROWSER: chromium, the default, or firefox) must exist
// (never skip silently), and its demo build (production build plus the 127.0.0.1 fixture server in the
// content-script matches) must be fresh.
export default function setup() {
  const firefox = process.env.GAPMARK_BROWSER === 'firefox';
  if (firefox) console.log(`e2e: Firefox at ${findFirefox()}`);
  else console.log(`e2e: Chromium at ${findChromium()}`);
  const target = firefox ? 'firefox' : 'chrome';
  if (
    process.env.GAPMARK_E2E_SKIP_BUILD === '1' &&
    existsSync(resolve(DEMO_BUILD_DIRS[target], 'manifest.json'))
  )
    return;
  buildDemo(target);
}
