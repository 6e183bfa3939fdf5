import type { Analysis } from '../schemas/analysis';
import type { Match } from '../schemas/match';
import type { ProfileSkill } from '../schemas/profile';
import type { SavedJob } from '../schemas/saved-job';
import { analysisOfSavedJob } from './build-saved-job';

/**
 * The scoring function, passed in so this module does not depend on lib/match. The lead binds it, e.g.
 * `(analysis, skills) => scoreMatch(analysis, skills, relations)`.
 */
export type ScoreJob = (analysis: Analysis, profileSkills: ProfileSkill[]) => Match;

/**
 * Scores every job against the profile and returns only the jobs whose match changed. updatedAt is left
 * alone: a new score is derived data, not an edit, and must not win a backup merge against a real edit.
 */
export function rescoreJobs(
  jobs: readonly SavedJob[],
  profileSkills: ProfileSkill[],
  score: ScoreJob,
): SavedJob[] {
  const changed: SavedJob[] = [];
  for (const job of jobs) {
    const match = score(analysisOfSavedJob(job), profileSkills);
    if (JSON.stringify(match) !== JSON.stringify(job.match)) changed.push({ ...job, match });
  }
  return changed;
}
