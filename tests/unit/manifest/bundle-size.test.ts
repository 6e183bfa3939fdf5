import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, expect, it } from 'vitest';

// The content script runs on every job page the person opens: its size is a budget (30 KB gzip, issue 6), and
// it must not carry React, Zod, Dexie or the taxonomy (those live in the popup and the background).
const root = resolve(import.meta.dirname, '../../..');
const file = resolve(root, '.output/chrome-mv3/content-scripts/job.js');
let code = '';

beforeAll(() => {
  if (!existsSync(file)) execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  code = readFileSync(file, 'utf8');
}, 120_000);

it('keeps the content script within 30 KB gzip', () => {
  const gzip = gzipSync(code, { level: 9 }).length;
  console.log(`content script: ${code.length} B raw, ${gzip} B gzip`);
  expect(gzip).toBeLessThanOrEqual(30 * 1024);
});

it.each([
  ['React', /react\.production|__SECRET_INTERNALS|useSyncExternalStore/],
  ['Dexie', /Dexie|dexie/],
  ['the taxonomy', /"ambiguousAliases"|kubernetes","name":"Kubernetes/],
  // It checks what it receives with plain guards (lib/messaging/guard.ts); Zod stays in the popup and background.
  ['Zod', /_zod\b|ZodError|\$ZodType/],
])('does not bundle %s', (_name, pattern) => {
  expect(code).not.toMatch(pattern);
});
