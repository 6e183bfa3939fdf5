import type { SalaryPeriod } from '../schemas/analysis';

// One full-time year: 52 weeks of 5 days of 8 hours. Periods are turned into a year with these and nothing else,
// so a figure per hour, day or month compares with a yearly floor the same way everywhere.
export const PERIODS_PER_YEAR: Record<SalaryPeriod, number> = { year: 1, month: 12, day: 260, hour: 2080 };

/** An amount paid per `period`, as a full-time yearly amount. */
export function annualiseSalary(amount: number, period: SalaryPeriod): number {
  return amount * PERIODS_PER_YEAR[period];
}
