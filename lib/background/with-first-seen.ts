import type { GapmarkDatabase } from '@/lib/db/database';
import { createSeenPostingsRepository } from '@/lib/db/seen-postings-repo';
import { canonicalizeUrl } from '@/lib/saved/canonical-url';
import { boardJobKey } from '@/lib/saved/board-job-key';
import type { SaveJobInput } from '@/lib/schemas/saved-job';

/**
 * A job being saved keeps when the person first saw it, and the date posted read then (the board's "3 days
 * ago" on that day) where the page gave no JSON-LD date.
 */
export async function withFirstSeen(db: GapmarkDatabase, input: SaveJobInput): Promise<SaveJobInput> {
  const url = input.analysis.posting.url ?? input.url;
  const key = canonicalizeUrl(url) ?? boardJobKey(url);
  const row = key ? await createSeenPostingsRepository(db).get(key) : undefined;
  if (!row) return input;
  return { ...input, datePosted: input.datePosted ?? row.datePosted, firstSeenAt: row.firstSeenAt };
}
