import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// CI clones the repository with shared/ beside it; tests read the shared data from there.
export function sharedPath(...segments: string[]): string {
  return path.resolve(repoRoot, '../shared', ...segments);
}
