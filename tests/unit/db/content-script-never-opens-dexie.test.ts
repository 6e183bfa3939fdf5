import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// IndexedDB opened from a content script belongs to the job site's origin, so Dexie must never be reachable
// from a content script's imports. This walks the static import graph from every content entrypoint.

const repoRoot = path.resolve(import.meta.dirname, '../../..');
// Type-only imports are erased from the bundle, so they do not count.
const IMPORT =
  /(?:import|export)\s(?!type\s)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx', ''];

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/') || specifier.startsWith('~/'))
    base = path.join(repoRoot, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return null; // a package: reported by name
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every repository file and package reachable from `entry` through static and dynamic imports. */
function reachableFrom(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2]!;
      const resolved = resolveImport(file, specifier);
      if (resolved) queue.push(resolved);
      else if (!specifier.startsWith('.') && !specifier.startsWith('@/')) packages.add(specifier);
    }
  }
  return { files, packages };
}

function contentEntrypoints(): string[] {
  const dir = path.join(repoRoot, 'entrypoints');
  return readdirSync(dir)
    .filter((name) => /\.content(\.tsx?|$)/.test(name) || name.endsWith('.content'))
    .map((name) => resolveImport(path.join(dir, 'x'), `./${name}`))
    .filter((file): file is string => file !== null);
}

describe('content scripts never reach Dexie', () => {
  const entries = contentEntrypoints();

  it('finds the content script entrypoints', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(entries.map((e) => [path.relative(repoRoot, e), e]))(
    '%s imports neither dexie nor lib/db',
    (_name, entry) => {
      const { files, packages } = reachableFrom(entry);
      expect([...packages].filter((p) => p.startsWith('dexie'))).toEqual([]);
      expect(
        [...files].map((f) => path.relative(repoRoot, f)).filter((f) => f.startsWith('lib/db/')),
      ).toEqual([]);
    },
  );

  it('the walker does find Dexie where it is used (so the check can fail)', () => {
    const { files, packages } = reachableFrom(path.join(repoRoot, 'lib/db/get-database.ts'));
    expect(packages.has('dexie')).toBe(true);
    expect([...files].some((f) => f.endsWith(path.join('lib', 'db', 'database.ts')))).toBe(true);
  });
});
