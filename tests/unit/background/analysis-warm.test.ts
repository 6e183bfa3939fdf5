import { afterEach, expect, it } from 'vitest';
import { createAnalysisHandlers } from '@/lib/background/analysis-handlers';
import type { GapmarkDatabase } from '@/lib/db/database';
import { openTestDatabase } from '../saved/open-test-database';

// analysis.warm, sent by a page's content script as it starts: it answers at once and leaves the database open, so
// the analysis that follows waits neither for the worker's start nor for IndexedDB.

let db: GapmarkDatabase | undefined;
afterEach(() => db?.close());

it('answers awake at once and opens a closed database', async () => {
  db = await openTestDatabase();
  db.close();
  expect(db.isOpen()).toBe(false);
  const answer = await createAnalysisHandlers(db)['analysis.warm']();
  expect(answer).toEqual({ awake: true });
  await expect.poll(() => db?.isOpen(), { timeout: 5000 }).toBe(true);
});
