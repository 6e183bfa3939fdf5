export type SalaryPeriod = 'year' | 'month' | 'week' | 'day' | 'hour';

// Working time per year used everywhere a salary is annualised (the popup, exports, dealbreakers): 12 months,
// 52 weeks, 260 working days, 2,080 working hours (40 a week).
const PER_YEAR: Record<SalaryPeriod, number> = { year: 1, month: 12, week: 52, day: 260, hour: 2080 };

/** An amount paid per `period` as a yearly amount, rounded to whole units. The one way to annualise. */
export function annualizeSalary(amount: number, period: SalaryPeriod): number {
  return Math.round(amount * PER_YEAR[period]);
}

/** schema.org unitText ("YEAR", "MONTH", "HOUR"...) or a word as a period, or null. */
export function salaryPeriodOf(unit: string | null | undefined): SalaryPeriod | null {
  const u = (unit ?? '').trim().toLowerCase();
  if (/^(?:year|yearly|annual|annually|yr|a|p\.?a\.?|annum)$/.test(u)) return 'year';
  if (/^(?:month|monthly|mo|mth)$/.test(u)) return 'month';
  if (/^(?:week|weekly|wk)$/.test(u)) return 'week';
  if (/^(?:day|daily)$/.test(u)) return 'day';
  if (/^(?:hour|hourly|hr|h)$/.test(u)) return 'hour';
  return null;
}

/** schema.org unitText for a period (JSON-LD export). */
export function unitTextOf(period: SalaryPeriod): string {
  return period.toUpperCase();
}
