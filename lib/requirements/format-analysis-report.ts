import type { Analysis, Importance, Requirement } from '@/lib/schemas/analysis';

const HEADINGS: Record<Importance, string> = {
  required: 'Required',
  preferred: 'Nice to have',
  mentioned: 'Also mentioned',
};

function lineAround(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const endAt = text.indexOf('\n', offset);
  const line = text.slice(start, endAt < 0 ? text.length : endAt).trim();
  return line.length > 110 ? `${line.slice(0, 107)}…` : line;
}

function describe(requirement: Requirement): string {
  return requirement.years !== null
    ? `${requirement.skill} (${requirement.years}+ years)`
    : requirement.skill;
}

/** The readable report of `npm run analyze` for a person: the facts first, then skills by importance. */
export function formatAnalysisReport(analysis: Analysis, file: string): string {
  const out: string[] = [];
  const { posting } = analysis;
  const heading = [posting.title ?? '(untitled posting)', posting.company].filter(Boolean).join(' at ');
  out.push(heading, '='.repeat(Math.min(heading.length, 80)));
  out.push(`File: ${file}`);
  out.push(`Read as: ${analysis.source} (confidence ${analysis.confidence.toFixed(2)})`);
  if (!analysis.isJobPosting) {
    out.push('Not a job posting: nothing to analyse.');
    return out.join('\n');
  }
  const remote = posting.remote === true ? 'remote' : posting.remote === false ? 'on site' : null;
  const facts: [string, string | null][] = [
    ['Location', [posting.location, remote].filter(Boolean).join(' · ') || null],
    ['Experience', analysis.minYears !== null ? `${analysis.minYears}+ years overall` : null],
    ['Seniority', analysis.seniority ?? null],
    [
      'Degree',
      analysis.degree
        ? `${analysis.degree}${analysis.degreeRequired === true ? ' (required)' : analysis.degreeRequired === false ? ' (preferred)' : ''}`
        : null,
    ],
    [
      'Languages',
      analysis.spokenLanguages && analysis.spokenLanguages.length > 0
        ? analysis.spokenLanguages.join(', ')
        : null,
    ],
    ['Employment', posting.employmentType],
    ['Workplace', analysis.workplace ?? null],
    ['Visa', analysis.visaSponsorship ? `sponsorship ${analysis.visaSponsorship}` : null],
    [
      'Salary',
      analysis.salary
        ? `${analysis.salary.min ?? '?'}–${analysis.salary.max ?? '?'} ${analysis.salary.currency} a ${analysis.salary.period} (${analysis.salary.annual} a year, ${analysis.salary.source})`
        : null,
    ],
  ];
  for (const [label, value] of facts) out.push(`${`${label}:`.padEnd(12)}${value ?? '—'}`);

  for (const importance of ['required', 'preferred', 'mentioned'] as const) {
    const requirements = analysis.requirements.filter((r) => r.importance === importance);
    if (requirements.length === 0) continue;
    out.push('', `${HEADINGS[importance]} (${requirements.length})`);
    const shownGroups = new Set<string>();
    for (const requirement of requirements) {
      const first = requirement.evidence ?? requirement.mentions[0];
      const evidence = first ? `  “${lineAround(analysis.text, first.start)}”` : '';
      if (requirement.group !== null) {
        if (shownGroups.has(requirement.group)) continue;
        shownGroups.add(requirement.group);
        const group = analysis.groups.find((g) => g.id === requirement.group);
        const members = (group?.requirementIds ?? [])
          .map((id) => analysis.requirements.find((r) => r.id === id))
          .filter((r): r is Requirement => r !== undefined);
        out.push(`  • One of: ${members.map(describe).join(' | ')}`);
        if (evidence) out.push(`      ${evidence.trim()}`);
        continue;
      }
      out.push(`  • ${describe(requirement)}`);
      if (evidence) out.push(`      ${evidence.trim()}`);
    }
  }
  if (analysis.requirements.length === 0) out.push('', 'No skills found.');
  return out.join('\n');
}
