import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * Builds the demo build (.output/chrome-mv3-demo): the production build plus one content-script match for the
 * local fixture server. WXT treats any mode but "production" as development, so NODE_ENV is set here to ship
 * the same minified, production React that users get (the e2e timings depend on it).
 */
export function buildDemo(): void {
  execFileSync('npx', ['wxt', 'build', '--mode', 'demo'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
