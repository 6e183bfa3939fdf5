import { describe, expect, it } from 'vitest';
import { readAmount, readPreferencesForm, toPreferencesForm } from '@/lib/profile/preferences-form';
import { DEFAULT_PREFERENCES, type Preferences } from '@/lib/schemas/preferences';

describe('readAmount', () => {
  it.each([
    ['80000', 80_000],
    ['80,000', 80_000],
    ['80 000', 80_000],
    ['80k', 80_000],
    ['62.5K', 62_500],
    ['35,50', 35.5],
  ])('reads %s as %d', (text, value) => expect(readAmount(text)).toBe(value));

  it.each(['', 'eighty', '-5', '0', '80kk', '1e9'])('refuses %j', (text) =>
    expect(readAmount(text)).toBeNull(),
  );
});

describe('the preferences form', () => {
  const full: Preferences = {
    needsVisaSponsorship: true,
    workplaces: ['remote', 'hybrid'],
    minSalary: { amount: 80_000, currency: 'EUR', period: 'year' },
    currencyRates: { USD: 0.92, GBP: 1.17 },
    languages: ['English', 'German'],
  };
  const hidden = ['Acme', 'Initech'];

  it('round-trips stored preferences through the form', () => {
    expect(readPreferencesForm(toPreferencesForm(full, hidden))).toEqual({
      ok: true,
      preferences: full,
      hiddenCompanies: hidden,
    });
    expect(readPreferencesForm(toPreferencesForm(DEFAULT_PREFERENCES))).toEqual({
      ok: true,
      preferences: DEFAULT_PREFERENCES,
      hiddenCompanies: [],
    });
  });

  it('tidies lists and codes: trims, drops empties and repeats, upper-cases currencies', () => {
    const result = readPreferencesForm({
      ...toPreferencesForm(DEFAULT_PREFERENCES),
      salaryAmount: '70k',
      salaryCurrency: 'usd',
      currencyRates: 'eur = 1.08;',
      languages: ' English, ,English , French',
      hiddenCompanies: 'Acme\n\n  Acme \nGlobex',
    });
    expect(result).toEqual({
      ok: true,
      preferences: {
        ...DEFAULT_PREFERENCES,
        minSalary: { amount: 70_000, currency: 'USD', period: 'year' },
        currencyRates: { EUR: 1.08 },
        languages: ['English', 'French'],
      },
      hiddenCompanies: ['Acme', 'Globex'],
    });
  });

  it('names each field that does not read, and saves nothing', () => {
    const result = readPreferencesForm({
      ...toPreferencesForm(DEFAULT_PREFERENCES),
      salaryAmount: 'lots',
      salaryCurrency: 'euro',
      currencyRates: 'USD 0.9',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(3);
    expect(result.errors.join(' ')).toMatch(
      /Minimum salary: "lots".*Currency: "euro".*Exchange rates: "USD 0.9"/,
    );
  });
});
