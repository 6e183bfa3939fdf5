import { openDatabase, type GapmarkDatabase } from '@/lib/db/database';

let counter = 0;
/** A fresh database per test (fake-indexeddb, set up in vitest.config.ts). */
export function openTestDatabase(): Promise<GapmarkDatabase> {
  counter += 1;
  return openDatabase(`gapmark-saved-test-${counter}-${Math.random().toString(36).slice(2)}`);
}
