import type { SalaryPeriod } from '../requirements/facts/annualize-salary';
import type { WorkplaceValue as Workplace } from '../schemas/analysis';
import { PreferencesSchema, type Preferences } from '../schemas/preferences';

// The Preferences form edits text fields; these turn them into Preferences and back. A field that cannot be
// read gives a message naming it, and nothing is saved until every field reads.

export interface PreferencesForm {
  needsVisaSponsorship: boolean;
  workplaces: Workplace[];
  salaryAmount: string; // "80000", "80,000" or "80k"; empty: no minimum
  salaryCurrency: string;
  salaryPeriod: SalaryPeriod;
  currencyRates: string; // "USD=0.92, GBP=1.17"
  languages: string; // comma-separated
  hiddenCompanies: string; // one per line
}

export function toPreferencesForm(
  preferences: Preferences,
  hiddenCompanies: readonly string[] = [],
): PreferencesForm {
  return {
    needsVisaSponsorship: preferences.needsVisaSponsorship,
    workplaces: [...preferences.workplaces],
    salaryAmount: preferences.minSalary ? String(preferences.minSalary.amount) : '',
    salaryCurrency: preferences.minSalary?.currency ?? 'EUR',
    salaryPeriod: preferences.minSalary?.period ?? 'year',
    currencyRates: Object.entries(preferences.currencyRates)
      .map(([currency, rate]) => `${currency}=${rate}`)
      .join(', '),
    languages: preferences.languages.join(', '),
    hiddenCompanies: hiddenCompanies.join('\n'),
  };
}

/** "80000", "80,000", "80 000", "80k", "80.5k" as a number, or null when it is not one. */
export function readAmount(text: string): number | null {
  const match = /^(\d+(?:[.,]\d+)?)\s*(k)?$/i.exec(text.trim().replace(/(?<=\d)[,\s](?=\d{3}\b)/g, ''));
  if (!match?.[1]) return null;
  const value = Number(match[1].replace(',', '.')) * (match[2] ? 1000 : 1);
  return Number.isFinite(value) && value > 0 ? value : null;
}

const splitList = (text: string, separator: RegExp) =>
  [...new Set(text.split(separator).map((item) => item.trim()))].filter(Boolean);

export type ReadPreferencesResult =
  { ok: true; preferences: Preferences; hiddenCompanies: string[] } | { ok: false; errors: string[] };

export function readPreferencesForm(form: PreferencesForm): ReadPreferencesResult {
  const errors: string[] = [];
  let minSalary: Preferences['minSalary'] = null;
  const currency = form.salaryCurrency.trim().toUpperCase();
  if (form.salaryAmount.trim() !== '') {
    const amount = readAmount(form.salaryAmount);
    if (amount === null)
      errors.push(`Minimum salary: "${form.salaryAmount}" is not an amount (e.g. 80000 or 80k).`);
    if (!/^[A-Z]{3}$/.test(currency))
      errors.push(`Currency: "${form.salaryCurrency}" is not a three-letter code (e.g. EUR, USD).`);
    if (amount !== null && errors.length === 0) minSalary = { amount, currency, period: form.salaryPeriod };
  }
  const currencyRates: Record<string, number> = {};
  for (const entry of splitList(form.currencyRates, /[,;\n]/)) {
    const match = /^([A-Za-z]{3})\s*=\s*(\d+(?:\.\d+)?)$/.exec(entry);
    const rate = match ? Number(match[2]) : NaN;
    if (!match?.[1] || !(rate > 0)) {
      errors.push(
        `Exchange rates: "${entry}" should look like USD=0.92 (one USD in your salary's currency).`,
      );
      continue;
    }
    currencyRates[match[1].toUpperCase()] = rate;
  }
  if (errors.length > 0) return { ok: false, errors };
  const parsed = PreferencesSchema.safeParse({
    needsVisaSponsorship: form.needsVisaSponsorship,
    workplaces: [...new Set(form.workplaces)],
    minSalary,
    currencyRates,
    languages: splitList(form.languages, /[,;\n]/),
  });
  return parsed.success
    ? { ok: true, preferences: parsed.data, hiddenCompanies: splitList(form.hiddenCompanies, /\n/) }
    : { ok: false, errors: [`Preferences could not be read: ${parsed.error.message}`] };
}
