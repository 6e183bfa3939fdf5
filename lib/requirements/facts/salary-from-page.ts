import type { Salary } from '@/lib/sites/page-reading';
import { salaryPeriodOf } from './annualize-salary';
import type { SalaryFact } from './read-salary';

/**
 * A salary a page states as data (JSON-LD baseSalary or estimatedSalary, a board's salary field) in the
 * Analysis form, or null when it lacks a currency, an amount or a period the facts can use.
 */
export function salaryFromPage(salary: Salary | null | undefined): Omit<SalaryFact, 'annual'> | null {
  if (!salary || !salary.currency || (salary.min === null && salary.max === null)) return null;
  const period = salaryPeriodOf(salary.unit);
  if (!period) return null;
  return {
    min: salary.min,
    max: salary.max,
    currency: salary.currency.toUpperCase(),
    period,
    source: salary.estimated ? 'board estimate' : 'employer',
  };
}
