import type { GapmarkDatabase } from '../db/database';
import { rescoreJobs, type ScoreJob } from './rescore-jobs';

/**
 * Re-scores every saved job against the current profile (call it when the profile changes). Reads and writes
 * in one transaction so a save or an edit racing with it is not lost; writes only jobs whose match changed.
 */
export async function rescoreAll(
  db: GapmarkDatabase,
  score: ScoreJob,
): Promise<{ scored: number; changed: number }> {
  return db.transaction('rw', db.savedJobs, db.profileSkills, async () => {
    const [jobs, skills] = await Promise.all([db.savedJobs.toArray(), db.profileSkills.toArray()]);
    const changed = rescoreJobs(jobs, skills, score);
    if (changed.length > 0) await db.savedJobs.bulkPut(changed);
    return { scored: jobs.length, changed: changed.length };
  });
}
