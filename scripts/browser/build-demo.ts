import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export type DemoBrowser = 'chrome' | 'firefox';

/** Where each demo build lands (WXT's `{{browser}}-mv{{manifestVersion}}{{modeSuffix}}`). */
export const DEMO_BUILD_DIRS: Record<DemoBrowser, string> = {
  chrome: resolve(root, '.output/chrome-mv3-demo'),
  firefox: resolve(root, '.output/firefox-mv3-demo'),
};

/**
 * Builds the demo build (.output/chrome-mv3-demo, or .output/firefox-mv3-demo for Firefox): the production
 * build plus one content-script match for the local fixture server. WXT treats any mode but "production" as
 * development, so NODE_ENV is set here to ship the same minified, production React that users get (the e2e
 * timings depend on it).
 */
export function buildDemo(browser: DemoBrowser = 'chrome'): void {
  const target = browser === 'firefox' ? ['-b', 'firefox', '--mv3'] : [];
  execFileSync('npx', ['wxt', 'build', ...target, '--mode', 'demo'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
