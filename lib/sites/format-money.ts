// Salary amounts as Intl.NumberFormat('en') writes them (narrow currency symbol, thousands commas), without
// constructing an Intl.NumberFormat on the page's main thread for the usual cases: its first construction loads
// locale data and cost 79 ms of one read in a profile (Chromium). The table holds what 'en' narrowSymbol writes
// for the common currencies (a unit test compares every entry with Intl); anything else goes to Intl as before.

/** What 'en' narrowSymbol puts before the amount, space included where Intl puts one. */
const PREFIXES: Record<string, string> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  INR: '₹',
  CAD: '$',
  AUD: '$',
  CHF: 'CHF ',
  CNY: '¥',
  SEK: 'kr ',
  NOK: 'kr ',
  DKK: 'kr ',
  PLN: 'zł ',
  BRL: 'R$',
  MXN: '$',
  ZAR: 'R ',
  SGD: '$',
  HKD: '$',
  NZD: '$',
  KRW: '₩',
  ILS: '₪',
  TRY: '₺',
  AED: 'AED ',
  CZK: 'Kč ',
  HUF: 'Ft ',
  RON: 'lei ',
  UAH: '₴',
  PHP: '₱',
  IDR: 'Rp ',
  MYR: 'RM ',
  NGN: '₦',
  PKR: 'Rs ',
  EGP: 'E£',
};

/** Every currency the fast path knows (for the test). */
export const FAST_CURRENCIES = Object.keys(PREFIXES);

/** `n` with `digits` decimals and thousands commas, or null when toFixed could round differently from Intl. */
function plainNumber(n: number, digits: number): string | null {
  if (!Number.isFinite(n) || n < 0 || n >= 1e15) return null;
  const fixed = n.toFixed(digits);
  if (digits > 0 && Number(fixed) !== n) return null; // more decimals than shown: Intl's rounding decides
  const [whole = '', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export function formatMoney(n: number, currency: string | null, withSymbol: boolean): string {
  const digits = Number.isInteger(n) ? 0 : 2;
  const prefix = withSymbol && currency ? PREFIXES[currency] : '';
  const plain = prefix === undefined ? null : plainNumber(n, digits);
  if (plain !== null) return `${prefix}${plain}`;
  if (withSymbol && currency) {
    try {
      return new Intl.NumberFormat('en', {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      })
        .format(n)
        .replace(/\u00a0/g, ' '); // a plain space, so the string compares and exports cleanly
    } catch {
      // Not an ISO 4217 code: show it as written.
      return `${currency} ${new Intl.NumberFormat('en').format(n)}`;
    }
  }
  return new Intl.NumberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    n,
  );
}
