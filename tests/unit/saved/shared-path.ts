import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A file under ../shared (CI clones the repository with shared/ beside it); throws when it is missing. */
export function sharedFile(...segments: string[]): string {
  const file = path.resolve(repoRoot, '../shared', ...segments);
  if (!existsSync(file)) throw new Error(`Shared fixture missing: ${file}`);
  return file;
}
