import { readFileSync } from 'node:fs';

/** Reads a JSON fixture under tests/fixtures; a missing file throws, so no test passes without its input. */
export function readFixture(relativePath: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/${relativePath}`, import.meta.url), 'utf8'));
}
