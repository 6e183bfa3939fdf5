import { describe, expect, it } from 'vitest';
import { salaryFromPage } from '@/lib/requirements/facts/salary-from-page';
import { readSalary } from '@/lib/sites/jsonld';

describe('salaryFromPage', () => {
  it('takes a JSON-LD baseSalary as the employer’s figure', () => {
    const salary = readSalary({
      '@type': 'MonetaryAmount',
      currency: 'eur',
      value: { '@type': 'QuantitativeValue', minValue: 4000, maxValue: 5000, unitText: 'MONTH' },
    });
    expect(salaryFromPage(salary)).toEqual({
      min: 4000,
      max: 5000,
      currency: 'EUR',
      period: 'month',
      source: 'employer',
    });
  });

  it('says when the figure is the board’s estimate', () => {
    expect(
      salaryFromPage({
        currency: 'USD',
        min: 135000,
        max: 170000,
        unit: 'YEAR',
        display: '',
        estimated: true,
      })?.source,
    ).toBe('board estimate');
  });

  it.each([
    [null],
    [{ currency: null, min: 1, max: 2, unit: 'YEAR', display: '' }],
    [{ currency: 'USD', min: null, max: null, unit: 'YEAR', display: '' }],
    [{ currency: 'USD', min: 50000, max: 60000, unit: null, display: '' }],
  ])('refuses a salary it cannot use: %j', (salary) => {
    expect(salaryFromPage(salary)).toBeNull();
  });
});
