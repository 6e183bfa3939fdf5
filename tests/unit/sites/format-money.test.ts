import { describe, expect, it } from 'vitest';
import { FAST_CURRENCIES, formatMoney } from '../../../lib/sites/format-money';

// The salary's display string must be what Intl.NumberFormat('en') writes, whether the fast path or Intl wrote it.
function intlMoney(n: number, currency: string | null, withSymbol: boolean): string {
  const digits = Number.isInteger(n) ? 0 : 2;
  if (withSymbol && currency)
    return new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    })
      .format(n)
      .replace(/\u00a0/g, ' ');
  return new Intl.NumberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    n,
  );
}

const AMOUNTS = [
  0, 7, 25.5, 22.75, 999, 1000, 1234, 45000, 120000, 1234567, 98765432.1, 1.005, 33.333, 2.5e14,
];

describe('formatMoney', () => {
  it.each(FAST_CURRENCIES)('writes %s amounts as Intl does', (currency) => {
    for (const n of AMOUNTS) {
      expect(formatMoney(n, currency, true)).toBe(intlMoney(n, currency, true));
      expect(formatMoney(n, currency, false)).toBe(intlMoney(n, currency, false));
    }
  });

  it('leaves other currencies and codes that are not ISO 4217 to Intl', () => {
    expect(formatMoney(50000, 'KES', true)).toBe(intlMoney(50000, 'KES', true));
    expect(formatMoney(50000, 'XX1', true)).toBe('XX1 50,000');
    expect(formatMoney(1234.5, null, true)).toBe('1,234.50');
  });
});
