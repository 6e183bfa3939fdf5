import type { GapmarkDatabase } from '../db/database';
import { createSavedJobsRepository, type SavedJobsRepositoryOptions } from '../db/saved-jobs-repo';
import { exportBackup, importBackup } from '../export/backup';
import type { Handlers } from '../messaging/server';
import { rescoreAll } from '../saved/rescore-all';
import type { ScoreJob } from '../saved/rescore-jobs';
import { withFirstSeen } from './with-first-seen';

export interface JobsHandlersOptions extends SavedJobsRepositoryOptions {
  /**
   * Scores an analysis against profile skills (lib/match's scoreMatch with the taxonomy's relations bound).
   * Used to score a job saved without a match, and by jobs.rescoreAll. Without it those jobs keep no score.
   */
  score?: ScoreJob;
}

type JobsHandlerKeys =
  | 'jobs.save'
  | 'jobs.isSaved'
  | 'jobs.list'
  | 'jobs.setStatus'
  | 'jobs.setNotes'
  | 'jobs.delete'
  | 'jobs.restore'
  | 'jobs.rescoreAll'
  | 'backup.export'
  | 'backup.import';

/** The background's handlers for saved jobs and backups; spread them into createMessageListener's handlers. */
export function createJobsHandlers(
  db: GapmarkDatabase,
  options: JobsHandlersOptions = {},
): Required<Pick<Handlers, JobsHandlerKeys>> {
  const repo = createSavedJobsRepository(db, options);
  const { score } = options;
  return {
    'jobs.save': async (given) => {
      const input = await withFirstSeen(db, given);
      if (!input.match && score && input.analysis.isJobPosting) {
        const skills = await db.profileSkills.toArray();
        return repo.save({ ...input, match: score(input.analysis, skills) });
      }
      return repo.save(input);
    },
    'jobs.isSaved': async (lookup) => {
      const job = await repo.find(lookup);
      return { id: job?.id ?? null, status: job?.status ?? null };
    },
    'jobs.list': async () => ({ jobs: await repo.list() }),
    'jobs.setStatus': async ({ id, status }) => ({ job: await repo.setStatus(id, status) }),
    'jobs.setNotes': async ({ id, notes }) => ({ job: await repo.setNotes(id, notes) }),
    'jobs.delete': async ({ id }) => ({ job: await repo.remove(id) }),
    'jobs.restore': async ({ job }) => ({ job: await repo.restore(job) }),
    'jobs.rescoreAll': async () => {
      if (!score) throw new Error('Re-scoring is not available: no scoring function was given');
      const result = await rescoreAll(db, score);
      if (result.changed > 0) options.onChange?.();
      return result;
    },
    'backup.export': async () => ({ text: await exportBackup(db, options.now?.()) }),
    'backup.import': async ({ text }) => {
      const result = await importBackup(db, text);
      if (!result.ok) return result;
      // Imported skills change what the saved jobs score against.
      if (score) await rescoreAll(db, score);
      options.onChange?.();
      return result;
    },
  };
}
