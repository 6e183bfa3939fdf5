import { describe, expect, it } from 'vitest';
import { annualizeSalary, salaryPeriodOf } from '@/lib/requirements/facts/annualize-salary';
import { splitFactSentences } from '@/lib/requirements/facts/fact-sentences';
import { readSalary, readSalaryIn } from '@/lib/requirements/facts/read-salary';

describe('readSalaryIn', () => {
  it.each([
    ['Salary Band: $145,000-$155,000', 145000, 155000, 'USD', 'year'],
    ['€50k - 65k', 50000, 65000, 'EUR', 'year'],
    ['$120K/yr - $175K/yr', 120000, 175000, 'USD', 'year'],
    ['We expect a starting base salary between $148,200 and $239,800.', 148200, 239800, 'USD', 'year'],
    ['Gehalt: 4.500 - 5.500 EUR pro Monat', 4500, 5500, 'EUR', 'month'],
    ['Pay: £18.50 per hour', 18.5, 18.5, 'GBP', 'hour'],
    ['月給：30万円以上', 300000, null, 'JPY', 'month'],
    ['Day rate £450 - £550', 450, 550, 'GBP', 'day'],
    ['Compensation range: 1500–3500 USD', 1500, 3500, 'USD', 'month'], // no period: the amount decides
  ])('%s', (text, min, max, currency, period) => {
    expect(readSalaryIn(text)).toMatchObject({ min, max, currency, period, source: 'employer' });
  });

  it.each([
    'We raised $50M in Series B funding last year.',
    'Our customers process €2B in payments every month.',
    'You have 5+ years of experience with Python 3.',
    'Commuting allowance up to ¥30,000 a month.',
    'Equity in a fast-growing company.',
    'What are your salary expectations?',
    '401(k) matching up to $5,000 a year.',
  ])('no salary in: %s', (text) => {
    expect(readSalaryIn(text)).toBeNull();
  });

  it('says when the figure is the board’s estimate', () => {
    expect(readSalaryIn('Estimated salary: $90K - $110K a year')?.source).toBe('board estimate');
  });

  it('annualises with the one function and quotes its sentence', () => {
    const read = readSalary(splitFactSentences('About the job\nPay: €4,000 - €5,000 per month. Great team.'));
    expect(read?.salary.annual).toBe(60000);
    expect(read?.evidence).toBe('Pay: €4,000 - €5,000 per month.');
  });
});

describe('annualizeSalary', () => {
  it.each([
    [60000, 'year', 60000],
    [5000, 'month', 60000],
    [1000, 'week', 52000],
    [400, 'day', 104000],
    [30, 'hour', 62400],
  ] as const)('%d a %s is %d a year', (amount, period, annual) => {
    expect(annualizeSalary(amount, period)).toBe(annual);
  });
  it.each([
    ['YEAR', 'year'],
    ['MONTH', 'month'],
    ['HOUR', 'hour'],
    ['DAY', 'day'],
    ['WEEK', 'week'],
    ['fortnight', null],
    [null, null],
  ])('unit %s -> %s', (unit, period) => {
    expect(salaryPeriodOf(unit)).toBe(period);
  });
});
