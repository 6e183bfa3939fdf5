import { describe, expect, it } from 'vitest';
import { annualizeSalary } from '@/lib/requirements/facts/annualize-salary';
import { findDealbreakers, formatAmount, sentenceAround } from '@/lib/match/dealbreakers';
import type { Analysis, PostingSalary } from '@/lib/schemas/analysis';
import { DEFAULT_PREFERENCES, type Preferences } from '@/lib/schemas/preferences';
import { makeAnalysis } from '../saved/saved-job-factory';

const prefs = (overrides: Partial<Preferences>): Preferences => ({ ...DEFAULT_PREFERENCES, ...overrides });

/** A salary fact as the facts reader gives it, `annual` from the one annualisation. */
const salary = (overrides: Partial<Omit<PostingSalary, 'annual'>>): PostingSalary => {
  const fact = {
    min: null,
    max: null,
    currency: 'EUR',
    period: 'year' as const,
    source: 'employer' as const,
    ...overrides,
  };
  const top = fact.max ?? fact.min ?? 0;
  return { ...fact, annual: annualizeSalary(top, fact.period) };
};

const PAY_SENTENCE = 'The salary is €60,000–70,000 a year.';

const withSalary = (fact: PostingSalary | null): Analysis =>
  makeAnalysis({ salary: fact, evidence: { salary: PAY_SENTENCE } });

const floorEur80k = prefs({ minSalary: { amount: 80_000, currency: 'EUR', period: 'year' } });

describe('salary against a minimum', () => {
  it('flags a range whose top is below the floor, with the sentence', () => {
    const report = findDealbreakers(withSalary(salary({ min: 60_000, max: 70_000 })), floorEur80k);
    expect(report.conflicts).toEqual([
      { kind: 'salary', text: 'Pay 60–70k, below your 80k', evidence: PAY_SENTENCE },
    ]);
    expect(report.notes).toEqual([]);
  });

  it('does not flag a range that reaches the floor', () => {
    const report = findDealbreakers(withSalary(salary({ min: 70_000, max: 85_000 })), floorEur80k);
    expect(report.conflicts).toEqual([]);
    expect(report.notes).toEqual([]);
  });

  it('compares across periods: 35 an hour is about 72.8k a year, below 80k', () => {
    const report = findDealbreakers(withSalary(salary({ min: 35, max: 35, period: 'hour' })), floorEur80k);
    expect(report.conflicts.map((c) => c.text)).toEqual([
      'Pay 35 an hour (about 72.8k a year), below your 80k a year',
    ]);
  });

  it('compares across periods both ways: 45 an hour clears an 80k yearly floor', () => {
    const report = findDealbreakers(withSalary(salary({ min: 45, max: 45, period: 'hour' })), floorEur80k);
    expect(report.conflicts).toEqual([]);
  });

  it('compares a monthly floor with a yearly offer', () => {
    const monthly = prefs({ minSalary: { amount: 6_000, currency: 'EUR', period: 'month' } });
    expect(findDealbreakers(withSalary(salary({ max: 70_000 })), monthly).conflicts).toHaveLength(1);
    expect(findDealbreakers(withSalary(salary({ max: 75_000 })), monthly).conflicts).toHaveLength(0);
  });

  it('never converts a currency without a rate the person gave: "can\'t compare", not a conflict', () => {
    const report = findDealbreakers(
      withSalary(salary({ min: 10_000, max: 20_000, currency: 'USD' })),
      floorEur80k,
    );
    expect(report.conflicts).toEqual([]);
    expect(report.notes).toEqual([
      {
        kind: 'salary',
        text: "Pay 10–20k USD: can't compare with your EUR floor without a USD rate",
        evidence: PAY_SENTENCE,
      },
    ]);
  });

  it('converts with the rate the person gave, both ways', () => {
    const withRate = prefs({ ...floorEur80k, currencyRates: { USD: 0.9 } });
    const low = findDealbreakers(withSalary(salary({ max: 85_000, currency: 'USD' })), withRate);
    expect(low.conflicts.map((c) => c.text)).toEqual([
      'Pay 85k USD (about 76.5k EUR a year), below your 80k EUR a year',
    ]);
    const high = findDealbreakers(withSalary(salary({ max: 95_000, currency: 'USD' })), withRate);
    expect(high.conflicts).toEqual([]);
  });

  it('compares a weekly offer', () => {
    const report = findDealbreakers(withSalary(salary({ max: 1_500, period: 'week' })), floorEur80k);
    expect(report.conflicts.map((c) => c.text)).toEqual([
      'Pay 1.5k a week (about 78k a year), below your 80k a year',
    ]);
  });

  it('says nothing when the posting gives no pay', () => {
    const silent = findDealbreakers(withSalary(null), floorEur80k);
    expect(silent).toEqual({ conflicts: [], notes: [] });
  });

  it('names a board estimate as such', () => {
    const report = findDealbreakers(
      withSalary(salary({ min: 50_000, max: 60_000, source: 'board estimate' })),
      floorEur80k,
    );
    expect(report.conflicts[0]?.text).toBe('Pay 50–60k (board estimate), below your 80k');
  });
});

describe('visa sponsorship', () => {
  const refusing = makeAnalysis({
    visaSponsorship: 'not offered',
    evidence: { visaSponsorship: 'We are unable to sponsor visas for this role.' },
  });

  it('flags a posting that refuses sponsorship when the person needs it, with the sentence', () => {
    expect(findDealbreakers(refusing, prefs({ needsVisaSponsorship: true })).conflicts).toEqual([
      {
        kind: 'visa',
        text: 'Says: no visa sponsorship',
        evidence: 'We are unable to sponsor visas for this role.',
      },
    ]);
  });

  it.each([
    ['the person does not need it', refusing, false],
    ['the posting offers it', makeAnalysis({ visaSponsorship: 'offered' }), true],
    ['the posting is silent', makeAnalysis({ visaSponsorship: null }), true],
    ['the fact is absent (an older analysis)', makeAnalysis(), true],
  ])('says nothing when %s', (_, analysis, needs) => {
    expect(findDealbreakers(analysis, prefs({ needsVisaSponsorship: needs })).conflicts).toEqual([]);
  });
});

describe('workplace', () => {
  const onsite = makeAnalysis({ workplace: 'onsite', evidence: { workplace: 'This role is on-site.' } });

  it('flags a workplace the person does not accept', () => {
    expect(findDealbreakers(onsite, prefs({ workplaces: ['remote'] })).conflicts).toEqual([
      { kind: 'workplace', text: 'On-site only; you want remote', evidence: 'This role is on-site.' },
    ]);
    const hybrid = makeAnalysis({ workplace: 'hybrid' });
    expect(
      findDealbreakers(hybrid, prefs({ workplaces: ['remote', 'onsite'] })).conflicts.map((c) => c.text),
    ).toEqual(['Hybrid; you want remote or on-site']);
  });

  it('says nothing for an accepted workplace, no preference, or a silent posting', () => {
    expect(findDealbreakers(onsite, prefs({ workplaces: ['onsite', 'hybrid'] })).conflicts).toEqual([]);
    expect(findDealbreakers(onsite, prefs({ workplaces: [] })).conflicts).toEqual([]);
    expect(
      findDealbreakers(makeAnalysis({ workplace: null }), prefs({ workplaces: ['remote'] })).conflicts,
    ).toEqual([]);
  });
});

describe('spoken languages', () => {
  const text = 'About us. Fluent German is required. French is a plus.';
  const start = text.indexOf('German');
  const analysis = makeAnalysis({
    text,
    requirements: [
      {
        id: 'german',
        skill: 'German',
        category: 'spoken-language',
        importance: 'required',
        years: null,
        group: null,
        mentions: [{ start, end: start + 6, text: 'German' }],
      },
      {
        id: 'french',
        skill: 'French',
        category: 'spoken-language',
        importance: 'preferred',
        years: null,
        group: null,
        mentions: [{ start: text.indexOf('French'), end: text.indexOf('French') + 6, text: 'French' }],
      },
    ],
  });

  it('flags a required language the person does not speak, with its sentence; a nice-to-have one is no conflict', () => {
    expect(findDealbreakers(analysis, prefs({ languages: ['English'] })).conflicts).toEqual([
      { kind: 'language', text: 'Requires German', evidence: 'Fluent German is required.' },
    ]);
  });

  it('says nothing when the person speaks it (any case) or has not set languages', () => {
    expect(findDealbreakers(analysis, prefs({ languages: ['english', 'german'] })).conflicts).toEqual([]);
    expect(findDealbreakers(analysis, prefs({ languages: [] })).conflicts).toEqual([]);
  });
});

describe('spoken languages from the facts reader', () => {
  const analysis = makeAnalysis({
    languageRequirements: [
      { language: 'German', importance: 'required' },
      { language: 'French', importance: 'preferred' },
    ],
    evidence: { spokenLanguages: 'Fluent German is a must, French a plus.' },
  });

  it('flags a required language with the sentence, and never a preferred one', () => {
    expect(findDealbreakers(analysis, prefs({ languages: ['English'] })).conflicts).toEqual([
      { kind: 'language', text: 'Requires German', evidence: 'Fluent German is a must, French a plus.' },
    ]);
    expect(findDealbreakers(analysis, prefs({ languages: ['German'] })).conflicts).toEqual([]);
  });

  it('trusts the facts reader over the skills when both are there (an empty list means none required)', () => {
    const none = makeAnalysis({
      languageRequirements: [],
      requirements: [{ ...analysis.requirements[0]!, category: 'spoken-language', skill: 'German' }],
    });
    expect(findDealbreakers(none, prefs({ languages: ['English'] })).conflicts).toEqual([]);
  });
});

describe('hidden companies', () => {
  it('flags a company on the hidden list, compared without case or spaces around', () => {
    const report = findDealbreakers(makeAnalysis({}, { company: 'Acme' }), DEFAULT_PREFERENCES, [' acme ']);
    expect(report.conflicts).toEqual([
      { kind: 'company', text: 'Acme is on your hidden list', evidence: null },
    ]);
    expect(
      findDealbreakers(makeAnalysis({}, { company: 'Acme Labs' }), DEFAULT_PREFERENCES, ['Acme']).conflicts,
    ).toEqual([]);
  });
});

it('with default preferences, flags nothing on a posting full of facts', () => {
  const full = makeAnalysis({
    workplace: 'onsite',
    visaSponsorship: 'not offered',
    salary: salary({ min: 1, max: 2 }),
  });
  expect(findDealbreakers(full, DEFAULT_PREFERENCES)).toEqual({ conflicts: [], notes: [] });
});

describe('helpers', () => {
  it.each([
    [60_000, '60k'],
    [62_500, '62.5k'],
    [35, '35'],
    [1_234_567, '1234.6k'],
  ])('formatAmount(%d) is %s', (amount, text) => expect(formatAmount(amount)).toBe(text));

  it('sentenceAround finds the sentence or line around an offset', () => {
    const text = 'First one. Second: no visa sponsorship here! Third.\nA line\nLast';
    expect(sentenceAround(text, text.indexOf('visa'))).toBe('Second: no visa sponsorship here!');
    expect(sentenceAround(text, text.indexOf('line'))).toBe('A line');
    expect(sentenceAround(text, text.indexOf('Last'))).toBe('Last');
  });
});
