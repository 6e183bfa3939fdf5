import type { Analysis } from '@/lib/schemas/analysis';
import type { ReadFacts, ReadSalary, ReadSkill } from './gold';

// An Analysis in the gold scorer's terms. Fields the engine does not fill (an older engine without
// workplace, visa or salary) read as "not stated"; the workplace falls back to the posting's remote flag.

type MaybeFacts = Analysis & {
  degreeRequired?: boolean | null;
  workplace?: string | null;
  visaSponsorship?: string | null;
  salary?: ReadSalary | null;
};

export function readAnalysisFacts(analysis: Analysis): ReadFacts {
  const a = analysis as MaybeFacts;
  const remote = analysis.posting.remote;
  const workplace =
    a.workplace !== undefined ? a.workplace : remote === true ? 'remote' : remote === false ? 'onsite' : null;
  return {
    minYears: analysis.minYears,
    degree: analysis.degree ?? null,
    degreeRequired: a.degreeRequired ?? null,
    seniority: analysis.seniority ?? null,
    spokenLanguages: analysis.spokenLanguages ?? [],
    workplace,
    visaSponsorship: a.visaSponsorship ?? null,
    salary: a.salary
      ? { min: a.salary.min, max: a.salary.max, currency: a.salary.currency, period: a.salary.period }
      : null,
  };
}

/** Every skill the engine reported, spoken languages and degrees included (all are marked on the page). */
export function readAnalysisSkills(analysis: Analysis): ReadSkill[] {
  return analysis.requirements.map((r) => ({
    id: r.id,
    skill: r.skill,
    importance: r.importance,
    mentions: r.mentions.map((m) => ({ start: m.start, end: m.end })),
  }));
}
