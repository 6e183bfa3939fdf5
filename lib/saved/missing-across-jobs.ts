import type { Importance } from '../schemas/analysis';
import type { SavedJob } from '../schemas/saved-job';

export interface MissingSkillJob {
  id: string;
  title: string;
  company: string | null;
  importance: Importance;
}

export interface MissingSkillSummary {
  skillId: string;
  skill: string; // display name
  category: string;
  missingIn: number; // jobs where it is missing
  requiredIn: number; // of those, jobs where it is a must-have
  jobs: MissingSkillJob[];
}

export interface MissingAcrossJobs {
  scoredJobs: number; // the "of N": jobs that have a match
  skills: MissingSkillSummary[];
}

/**
 * The skills missing most often among saved jobs ("Kafka: missing in 7 of 10"), most frequent first, must-haves
 * before nice-to-haves at equal counts. Only required and preferred requirements count (a skill merely
 * mentioned is not a gap), and an any-of alternative counts only when none of its group is met.
 */
export function summariseMissingSkills(jobs: readonly SavedJob[], limit = Infinity): MissingAcrossJobs {
  const bySkill = new Map<string, MissingSkillSummary>();
  let scoredJobs = 0;
  for (const job of jobs) {
    if (!job.match) continue;
    scoredJobs += 1;
    const verdictOf = new Map(job.match.verdicts.map((v) => [v.requirementId, v.verdict]));
    // The importance the score counted (soft skills count as mentioned), else the posting's own.
    const importanceOf = new Map(job.match.verdicts.map((v) => [v.requirementId, v.importance]));
    const metGroups = new Set(
      job.requirements
        .filter((r) => r.group !== null && (verdictOf.get(r.id) ?? 'missing') !== 'missing')
        .map((r) => r.group),
    );
    const seen = new Set<string>();
    for (const requirement of job.requirements) {
      const importance = importanceOf.get(requirement.id) ?? requirement.importance;
      if (importance === 'mentioned' || seen.has(requirement.id)) continue;
      if (verdictOf.get(requirement.id) !== 'missing') continue;
      if (requirement.group !== null && metGroups.has(requirement.group)) continue;
      seen.add(requirement.id);
      const summary = bySkill.get(requirement.id) ?? {
        skillId: requirement.id,
        skill: requirement.skill,
        category: requirement.category,
        missingIn: 0,
        requiredIn: 0,
        jobs: [],
      };
      summary.missingIn += 1;
      if (importance === 'required') summary.requiredIn += 1;
      summary.jobs.push({
        id: job.id,
        title: job.title,
        company: job.company,
        importance,
      });
      bySkill.set(requirement.id, summary);
    }
  }
  const skills = [...bySkill.values()]
    .sort(
      (a, b) =>
        b.missingIn - a.missingIn || b.requiredIn - a.requiredIn || a.skill.localeCompare(b.skill, 'en'),
    )
    .slice(0, limit);
  return { scoredJobs, skills };
}
