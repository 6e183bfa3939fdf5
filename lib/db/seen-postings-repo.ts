import type { GapmarkDatabase } from './database';

// "First seen by you": one small row per posting the browser analysed, keyed by its canonical URL (or board
// job id). Written when a posting is analysed; read by the glance line and copied onto a job when it is saved.
// Local only (it is browsing history): the backup carries it on saved jobs, not this table.

export interface SeenPosting {
  key: string;
  firstSeenAt: number;
  /** ISO date posted as read on first sight (JSON-LD, or the board's "3 days ago" on that day). */
  datePosted: string | null;
  /** The board said "30+ days ago": posted at least that long before. */
  atLeast?: boolean;
}

/** Oldest rows are dropped past this many, so the table never grows without bound. */
export const SEEN_POSTINGS_LIMIT = 5000;

export function createSeenPostingsRepository(db: GapmarkDatabase) {
  return {
    get: (key: string) => db.seenPostings.get(key),

    /** Records the first sighting (an existing row is kept, its date posted filled in where it had none). */
    async record(key: string, at: number, datePosted: string | null, atLeast = false): Promise<SeenPosting> {
      const row = await db.transaction('rw', db.seenPostings, async () => {
        const existing = await db.seenPostings.get(key);
        if (existing && (existing.datePosted || !datePosted)) return existing;
        const next: SeenPosting = existing
          ? { ...existing, datePosted, atLeast }
          : { key, firstSeenAt: at, datePosted, atLeast };
        await db.seenPostings.put(next);
        return next;
      });
      const count = await db.seenPostings.count();
      if (count > SEEN_POSTINGS_LIMIT) {
        const oldest = await db.seenPostings
          .orderBy('firstSeenAt')
          .limit(count - SEEN_POSTINGS_LIMIT)
          .primaryKeys();
        await db.seenPostings.bulkDelete(oldest);
      }
      return row;
    },
  };
}
