import type { Analysis } from '@/lib/schemas/analysis';

/** One fact of the posting as the popup shows it: a short label and the sentence it was read from. */
export interface FactChip {
  key: string;
  label: string;
  evidence: string | null;
}

const SENIORITY_LABELS: Record<string, string> = {
  intern: 'Intern',
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  staff: 'Staff',
  lead: 'Lead',
  principal: 'Principal',
  head: 'Head / director',
};
const WORKPLACE_LABELS = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' } as const;
const CONDITION_LABELS = {
  citizenship: 'Citizens only',
  clearance: 'Security clearance',
  'work authorization': 'Must be authorised to work',
} as const;
const PERIOD_WORDS: Record<string, string> = {
  year: 'a year',
  month: 'a month',
  week: 'a week',
  day: 'a day',
  hour: 'an hour',
};

function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      amount,
    );
  } catch {
    return `${Math.round(amount).toLocaleString('en')} ${currency}`;
  }
}

function salaryLabel(salary: NonNullable<Analysis['salary']>): string {
  const { min, max, currency, period } = salary;
  const amount =
    min !== null && max !== null && min !== max
      ? `${money(min, currency)}–${money(max, currency)}`
      : min !== null && max === null
        ? `from ${money(min, currency)}`
        : money(max ?? min ?? 0, currency);
  const estimate = salary.source === 'board estimate' ? ' (board estimate)' : '';
  return `${amount} ${PERIOD_WORDS[period] ?? ''}${estimate}`.replace(/\s+/g, ' ').trim();
}

/** The facts of an analysis as chips, in the order a person scans them; facts the posting does not say are left out. */
export function buildFactChips(analysis: Analysis): FactChip[] {
  const evidence = analysis.evidence ?? {};
  const chips: FactChip[] = [];
  const add = (key: string, label: string, quote: string | undefined) =>
    chips.push({ key, label, evidence: quote ?? null });
  if (analysis.minYears !== null) add('minYears', `${analysis.minYears}+ years overall`, evidence.minYears);
  if (analysis.seniority)
    add('seniority', SENIORITY_LABELS[analysis.seniority] ?? analysis.seniority, evidence.seniority);
  if (analysis.degree) {
    const status =
      analysis.degreeRequired === true ? ' required' : analysis.degreeRequired === false ? ' preferred' : '';
    add('degree', `${analysis.degree}${status}`, evidence.degree);
  }
  const languages =
    analysis.languageRequirements ??
    (analysis.spokenLanguages ?? []).map((language) => ({ language, importance: 'required' as const }));
  for (const { language, importance } of languages)
    add(
      `language-${language}`,
      importance === 'preferred' ? `${language} (a plus)` : language,
      evidence.spokenLanguages,
    );
  const workplace = analysis.workplace ?? (analysis.posting.remote ? 'remote' : null);
  if (workplace) add('workplace', WORKPLACE_LABELS[workplace], evidence.workplace);
  if (analysis.visaSponsorship)
    add(
      'visaSponsorship',
      analysis.visaSponsorship === 'offered' ? 'Visa sponsorship' : 'No visa sponsorship',
      evidence.visaSponsorship,
    );
  const seen = new Set<string>();
  for (const condition of analysis.workConditions ?? []) {
    if (seen.has(condition.kind)) continue;
    seen.add(condition.kind);
    add(`condition-${condition.kind}`, CONDITION_LABELS[condition.kind], condition.evidence);
  }
  if (analysis.salary) add('salary', salaryLabel(analysis.salary), evidence.salary);
  return chips;
}
