import { annualizeSalary, type SalaryPeriod } from '../requirements/facts/annualize-salary';
import type { Analysis, WorkplaceValue } from '../schemas/analysis';
import type { MinimumSalary, Preferences } from '../schemas/preferences';

// Dealbreakers: the person's preferences against the facts the engine read from the posting. A flag is raised
// only where the posting says something that conflicts, and carries the sentence that says it; where the
// posting is silent (a null fact), nothing is said. Pay in another currency is compared only with a rate the
// person gave; without one it is a note ("can't compare"), never a conflict.

export type DealbreakerKind = 'visa' | 'workplace' | 'salary' | 'language' | 'company';

export interface DealbreakerFlag {
  kind: DealbreakerKind;
  /** What a person reads: "Says: no visa sponsorship", "Pay 60–70k, below your 80k". */
  text: string;
  /** The posting's sentence it was read from, or null where the fact is not from the text (the company). */
  evidence: string | null;
}

export interface DealbreakerReport {
  conflicts: DealbreakerFlag[];
  /** Things that could not be checked, said plainly ("Pay in USD: can't compare with your EUR floor"). */
  notes: DealbreakerFlag[];
}

type Facts = Pick<
  Analysis,
  | 'posting'
  | 'text'
  | 'requirements'
  | 'languageRequirements'
  | 'workplace'
  | 'visaSponsorship'
  | 'salary'
  | 'evidence'
>;

const WORKPLACE_LABEL: Record<WorkplaceValue, string> = {
  remote: 'remote',
  hybrid: 'hybrid',
  onsite: 'on-site',
};
const WORKPLACE_STATED: Record<WorkplaceValue, string> = {
  remote: 'Remote only',
  hybrid: 'Hybrid',
  onsite: 'On-site only',
};
const PERIOD_WORDS: Record<SalaryPeriod, string> = {
  year: '',
  month: ' a month',
  week: ' a week',
  day: ' a day',
  hour: ' an hour',
};

const fold = (text: string) => text.trim().toLocaleLowerCase();

function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** "60k", "62.5k", "35" (amounts under a thousand, such as hourly pay, stay whole). */
export function formatAmount(amount: number): string {
  if (Math.abs(amount) < 1000) return String(Math.round(amount * 100) / 100);
  const thousands = Math.round(amount / 100) / 10;
  return `${thousands}k`;
}

function formatRange(min: number | null, max: number | null): string {
  if (min !== null && max !== null && min !== max) {
    const low = formatAmount(min);
    const high = formatAmount(max);
    // "60–70k" rather than "60k–70k" when both are thousands.
    return low.endsWith('k') && high.endsWith('k') ? `${low.slice(0, -1)}–${high}` : `${low}–${high}`;
  }
  return formatAmount((max ?? min) as number);
}

/** The sentence (or line) of `text` around `offset`, trimmed; what a person reads as the evidence. */
export function sentenceAround(text: string, start: number, end: number = start): string {
  const before = text.slice(0, start);
  const boundary = /[.!?](?=\s)|\n/g;
  let from = 0;
  for (let m = boundary.exec(before); m; m = boundary.exec(before)) from = m.index + 1;
  const after = /[.!?](?=\s|$)|\n/.exec(text.slice(end));
  const to = after ? end + after.index + (after[0] === '\n' ? 0 : 1) : text.length;
  return text.slice(from, to).trim();
}

function floorText(floor: MinimumSalary, withCurrency: boolean): string {
  return `${formatAmount(floor.amount)}${withCurrency ? ` ${floor.currency}` : ''}${PERIOD_WORDS[floor.period]}`;
}

function checkSalary(facts: Facts, floor: MinimumSalary, rates: Preferences['currencyRates']) {
  const salary = facts.salary;
  if (!salary || (salary.min === null && salary.max === null)) return null;
  const evidence = facts.evidence?.salary ?? null;
  const estimate = salary.source === 'board estimate' ? ' (board estimate)' : '';
  const currency = salary.currency.toUpperCase();
  const sameCurrency = currency === floor.currency;
  const rate = sameCurrency ? 1 : rates[currency];
  const shown = `Pay ${formatRange(salary.min, salary.max)}${sameCurrency ? '' : ` ${currency}`}${PERIOD_WORDS[salary.period]}${estimate}`;
  if (rate === undefined) {
    return {
      note: {
        kind: 'salary' as const,
        text: `${shown}: can't compare with your ${floor.currency} floor without a ${currency} rate`,
        evidence,
      },
    };
  }
  // `annual` is the most the posting says it pays in a year (the facts reader's one annualisation).
  const topYearly = salary.annual * rate;
  const floorYearly = annualizeSalary(floor.amount, floor.period);
  if (topYearly >= floorYearly) return null;
  const differs = salary.period !== floor.period || !sameCurrency;
  const about = differs
    ? ` (about ${formatAmount(topYearly)}${sameCurrency ? '' : ` ${floor.currency}`} a year)`
    : '';
  const yours = differs
    ? `${formatAmount(floorYearly)}${sameCurrency ? '' : ` ${floor.currency}`} a year`
    : floorText(floor, !sameCurrency);
  return {
    conflict: { kind: 'salary' as const, text: `${shown}${about}, below your ${yours}`, evidence },
  };
}

/** Required spoken languages: the facts reader's list where the analysis has it, else the skills found. */
function requiredLanguages(facts: Facts): { language: string; evidence: string | null }[] {
  if (facts.languageRequirements) {
    const said = facts.evidence?.spokenLanguages ?? null;
    return facts.languageRequirements
      .filter((l) => l.importance === 'required')
      .map((l) => ({ language: l.language, evidence: said }));
  }
  return facts.requirements
    .filter((r) => r.category === 'spoken-language' && r.importance === 'required')
    .map((r) => {
      const at = r.evidence ?? r.mentions[0] ?? null;
      return { language: r.skill, evidence: at ? sentenceAround(facts.text, at.start, at.end) : null };
    });
}

/** One flag as a line of text with its sentence: 'Says: no visa sponsorship: “We cannot sponsor visas.”'. */
export const dealbreakerLine = (flag: DealbreakerFlag): string =>
  flag.evidence ? `${flag.text}: “${flag.evidence}”` : flag.text;

/** Flags the posting's conflicts with the person's preferences; see the module comment for the rules. */
export function findDealbreakers(
  facts: Facts,
  preferences: Preferences,
  hiddenCompanies: readonly string[] = [],
): DealbreakerReport {
  const conflicts: DealbreakerFlag[] = [];
  const notes: DealbreakerFlag[] = [];

  if (preferences.needsVisaSponsorship && facts.visaSponsorship === 'not offered') {
    conflicts.push({
      kind: 'visa',
      text: 'Says: no visa sponsorship',
      evidence: facts.evidence?.visaSponsorship ?? null,
    });
  }

  const workplace = facts.workplace;
  if (workplace && preferences.workplaces.length > 0 && !preferences.workplaces.includes(workplace)) {
    conflicts.push({
      kind: 'workplace',
      text: `${WORKPLACE_STATED[workplace]}; you want ${listWords(preferences.workplaces.map((w) => WORKPLACE_LABEL[w]))}`,
      evidence: facts.evidence?.workplace ?? null,
    });
  }

  if (preferences.minSalary) {
    const salary = checkSalary(facts, preferences.minSalary, preferences.currencyRates);
    if (salary?.conflict) conflicts.push(salary.conflict);
    if (salary?.note) notes.push(salary.note);
  }

  if (preferences.languages.length > 0) {
    const spoken = new Set(preferences.languages.map(fold));
    for (const { language, evidence } of requiredLanguages(facts)) {
      if (!spoken.has(fold(language)))
        conflicts.push({ kind: 'language', text: `Requires ${language}`, evidence });
    }
  }

  const company = facts.posting.company;
  if (company && hiddenCompanies.some((hidden) => fold(hidden) === fold(company))) {
    conflicts.push({ kind: 'company', text: `${company} is on your hidden list`, evidence: null });
  }

  return { conflicts, notes };
}
