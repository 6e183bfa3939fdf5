import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOARD_MATCHES } from '@/lib/sites/matches';

// Pins the permission set of the built manifests (issue 2): the fewest that work. `npm test` builds before the
// unit tests; run alone, this test builds what is missing.
const root = resolve(import.meta.dirname, '../../..');
const builds = {
  chrome: { dir: '.output/chrome-mv3', args: ['wxt', 'build'] },
  firefox: { dir: '.output/firefox-mv3', args: ['wxt', 'build', '-b', 'firefox', '--mv3'] },
};
type Manifest = {
  manifest_version: number;
  name: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[]; js: string[]; run_at?: string; all_frames?: boolean }[];
  content_security_policy?: unknown;
  icons?: Record<string, string>;
  browser_specific_settings?: unknown;
};
const manifests: Record<string, Manifest> = {};

beforeAll(() => {
  for (const [browser, build] of Object.entries(builds)) {
    const file = resolve(root, build.dir, 'manifest.json');
    if (!existsSync(file)) execFileSync('npx', build.args, { cwd: root, stdio: 'ignore' });
    manifests[browser] = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  }
}, 120_000);

describe.each(['chrome', 'firefox'])('the %s manifest', (browser) => {
  const manifest = () => manifests[browser]!;

  it('is MV3 and named Gapmark, with the four icons', () => {
    expect(manifest().manifest_version).toBe(3);
    expect(manifest().name).toBe('Gapmark');
    expect(Object.keys(manifest().icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
    for (const icon of Object.values(manifest().icons ?? {})) {
      expect(existsSync(resolve(root, builds[browser as 'chrome'].dir, icon))).toBe(true);
    }
  });

  it('asks for storage, activeTab, scripting and alarms only; notifications is optional', () => {
    expect([...(manifest().permissions ?? [])].sort()).toEqual([
      'activeTab',
      'alarms',
      'scripting',
      'storage',
    ]);
    expect(manifest().optional_permissions ?? []).toEqual(['notifications']);
  });

  it('has no host permission at install; other sites only as optional, granted per site', () => {
    expect(manifest().host_permissions ?? []).toEqual([]);
    expect([...(manifest().optional_host_permissions ?? [])].sort()).toEqual(['http://*/*', 'https://*/*']);
  });

  it('runs the content scripts on the known job boards only', () => {
    const scripts = manifest().content_scripts ?? [];
    expect(scripts.map((c) => c.js)).toEqual([['content-scripts/job.js'], ['wake.js']]);
    for (const { matches } of scripts) {
      expect([...matches].sort()).toEqual([...BOARD_MATCHES].sort());
      for (const pattern of matches) {
        expect(pattern).not.toMatch(/<all_urls>|^\*:\/\/\*\/|127\.0\.0\.1|localhost/);
      }
    }
  });

  it('wakes the background as a board page starts loading, from the top frame only', () => {
    const wake = (manifest().content_scripts ?? []).find((c) => c.js.includes('wake.js'));
    expect(wake).toMatchObject({ run_at: 'document_start' });
    expect(wake?.all_frames ?? false).toBe(false);
  });

  it('keeps the default content security policy (no remote code)', () => {
    const csp = JSON.stringify(manifest().content_security_policy ?? '');
    expect(csp).not.toMatch(/https?:|unsafe-eval|unsafe-inline/);
  });
});

it('puts the Firefox id only in the Firefox manifest', () => {
  expect(manifests.chrome!.browser_specific_settings).toBeUndefined();
  expect(manifests.firefox!.browser_specific_settings).toMatchObject({
    gecko: { id: 'gapmark@gapmark.app' },
  });
});
