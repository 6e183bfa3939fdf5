import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDemo } from '../../scripts/browser/build-demo';
import { findChromium } from '../../scripts/browser/find-chromium';
import { DEMO_BUILD_DIR } from '../../scripts/browser/launch';

// Before any e2e file: a Chromium must exist (never skip silently), and the demo build (production build plus
// the 127.0.0.1 fixture server in the content-script matches) must be fresh.
export default function setup() {
  const chromium = findChromium();
  console.log(`e2e: Chromium at ${chromium}`);
  if (process.env.GAPMARK_E2E_SKIP_BUILD === '1' && existsSync(resolve(DEMO_BUILD_DIR, 'manifest.json')))
    return;
  buildDemo();
}
