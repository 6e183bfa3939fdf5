import { annualizeSalary, type SalaryPeriod } from './annualize-salary';
import { quote } from './fact-cues';
import type { FactSentence } from './fact-sentences';

export interface SalaryFact {
  min: number | null;
  max: number | null;
  currency: string;
  period: SalaryPeriod;
  /** The most the posting says it pays, per year (max, or min where no max is given): see annualizeSalary. */
  annual: number;
  source: 'employer' | 'board estimate';
}

const SYMBOLS: [RegExp, string][] = [
  [/^(?:US\$|USD|\$)$/i, 'USD'],
  [/^(?:€|EUR|euros?)$/i, 'EUR'],
  [/^(?:£|GBP)$/i, 'GBP'],
  [/^(?:CHF|Fr\.)$/i, 'CHF'],
  // "kr" is written for Swedish, Norwegian and Danish crowns alike; the codes name them, "kr" alone reads SEK.
  [/^(?:SEK|kr|kronor)$/i, 'SEK'],
  [/^NOK$/i, 'NOK'],
  [/^DKK$/i, 'DKK'],
  [/^(?:¥|円|JPY|万円)$/i, 'JPY'],
  [/^(?:CA\$|CAD|C\$)$/i, 'CAD'],
  [/^(?:A\$|AUD)$/i, 'AUD'],
  [/^(?:₹|INR|Rs\.?)$/i, 'INR'],
  [/^(?:zł|PLN)$/i, 'PLN'],
  [/^(?:₴|UAH|грн)$/i, 'UAH'],
];

function currencyOf(symbol: string): string | null {
  for (const [pattern, code] of SYMBOLS) if (pattern.test(symbol.trim())) return code;
  return null;
}

const CUR = String.raw`US\$|CA\$|A\$|C\$|\$|€|£|¥|₹|₴|zł|USD|EUR|GBP|CHF|SEK|NOK|DKK|JPY|CAD|AUD|INR|PLN|UAH|kr`;
const NUM = String.raw`\d{1,3}(?:[,.\s ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?`;
const MULT = String.raw`\s?(?:k|K|m|M|万円?|千円?)?`;
// "$145,000-$155,000", "€50k - 65k", "$120K/yr - $175K/yr", "between $148,200 and $239,800", "kr480k - 720k",
// "50.000 - 65.000 EUR", "28万円以上".
const RANGE = new RegExp(
  String.raw`(?<c1>${CUR})?\s?(?<n1>${NUM})(?<m1>${MULT})(?:\s?(?<c1b>${CUR})(?![A-Za-z]))?(?:\s?/\s?(?<p1>yr|year|mo|month|hr|hour|day|week))?` +
    String.raw`(?:\s*(?:-|–|—|to|bis|à|a|and|~|〜|～)\s*(?<c2>${CUR})?\s?(?<n2>${NUM})(?<m2>${MULT})(?:\s?(?<c2b>${CUR})(?![A-Za-z]))?)?`,
  'g',
);
const PERIOD_WORDS: [SalaryPeriod, RegExp][] = [
  [
    'hour',
    /\b(?:per hour|an hour|hourly|\/\s?h(?:ou)?r|p\.?h\.?|pro stunde|de l['’]heure|all['’]ora)\b|時給/i,
  ],
  ['day', /\b(?:per day|a day|daily|\/\s?day|day rate|pro tag|par jour|al giorno)\b|日給/i],
  ['week', /\b(?:per week|a week|weekly|\/\s?w(?:ee)?k)\b/i],
  [
    'month',
    /\b(?:per month|a month|monthly|\/\s?mo(?:nth)?|pro monat|par mois|al mese|mensile|на місяць|в месяц)\b|月給|月収/i,
  ],
  [
    'year',
    /\b(?:per year|a year|per annum|annual(?:ly)?|yearly|\/\s?y(?:ea)?r|p\.?\s?a\.?|pro jahr|par an|all['’]anno|annuo|annua|RAL|base salary)\b|年収|年俸/i,
  ],
];
// A sentence that talks about pay (or a line that is only a range: "€50k - 65k").
const PAY_WORDS =
  /\b(?:salary|salaries|pay|paid|compensation|base|wage|wages|rate|range|band|package|OTE|gehalt|vergütung|jahresgehalt|salaire|rémunération|retribuzione|stipendio|RAL)\b|зарплат|заробітн|вилка|оклад|給与|月給|年収|時給|日給|報酬/i;
// Money that is not pay: funding, revenue, valuation, prices, budgets.
const NOT_PAY =
  /\b(?:raised|funding|funded|revenue|valuation|valued|turnover|ARR|investments?|investors?|series [a-e]|budget|sales|worth|grant|prize|award|401k|stipend|allowance|reimburse\w*|commut\w*|travel|in assets)\b|\b401\(k\)|手当|交通費|まで/i;
const ESTIMATE = /\b(?:estimated?|estimate|est\.)\b|glassdoor|見込み/i;
const AT_LEAST = /以上|\b(?:from|starting at|at least|ab|à partir de|a partire da|від|от)\s*$/i;

function toNumber(digits: string, multiplier: string): number | null {
  let s = digits.replace(/[\s ]/g, '');
  // "145,000" and "50.000" group thousands; "2,5" or "2.5" is a decimal.
  if (/^\d{1,3}(?:[,.]\d{3})+$/.test(s)) s = s.replace(/[,.]/g, '');
  else s = s.replace(',', '.');
  let n = Number(s);
  if (!Number.isFinite(n)) return null;
  const m = multiplier.trim();
  if (m === 'k' || m === 'K' || m.startsWith('千')) n *= 1000;
  else if (m === 'm' || m === 'M') n *= 1_000_000;
  else if (m.startsWith('万')) n *= 10_000;
  return n;
}

// Where nothing names the period, the amount decides: pay of 10,000 or more is yearly, of 1,000 or more
// monthly (JPY: a million or more yearly, else monthly), below that hourly.
function guessPeriod(amount: number, currency: string): SalaryPeriod {
  if (currency === 'JPY' || currency === 'INR') return amount >= 1_000_000 ? 'year' : 'month';
  return amount >= 10_000 ? 'year' : amount >= 1_000 ? 'month' : 'hour';
}

/** A salary stated in one sentence, or null. */
const MAYBE =
  /\d[\s\S]*(?:[$€£¥₹₴]|USD|EUR|GBP|CHF|SEK|NOK|DKK|JPY|CAD|AUD|INR|PLN|UAH|kr|円|zł)|(?:[$€£¥₹₴]|USD|EUR|GBP|CHF|SEK|NOK|DKK|JPY|CAD|AUD|INR|PLN|UAH|kr|zł)\s?\d/;

export function readSalaryIn(sentence: string): Omit<SalaryFact, 'annual'> | null {
  if (!MAYBE.test(sentence)) return null;
  const onlyRange = sentence.trim().length <= 40;
  if (!onlyRange && !PAY_WORDS.test(sentence)) return null;
  RANGE.lastIndex = 0;
  for (let m = RANGE.exec(sentence); m !== null; m = RANGE.exec(sentence)) {
    if (m[0].trim() === '') {
      RANGE.lastIndex++;
      continue;
    }
    const g = m.groups ?? {};
    const symbol = g.c1 ?? g.c1b ?? g.c2 ?? g.c2b;
    const yen = (g.m1 ?? '').includes('円') || (g.m2 ?? '').includes('円');
    const currency = symbol ? currencyOf(symbol) : yen ? 'JPY' : null;
    if (!currency) continue;
    // Money that is not pay, said next to the amount: "raised $50M", "$2B in revenue".
    const near = sentence.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
    if (NOT_PAY.test(near)) continue;
    // A multiplier written once applies to both ends ("€50 - 65k").
    const m1 = g.m1?.trim() ? g.m1 : (g.m2 ?? '');
    let min = toNumber(g.n1 ?? '', m1);
    let max = g.n2 ? toNumber(g.n2, g.m2?.trim() ? g.m2 : m1) : null;
    if (min === null) continue;
    // Years, percentages and small counts are not pay.
    if (min < 5 && max === null) continue;
    if (max !== null && max < min) [min, max] = [max, min];
    if (
      max === null &&
      !AT_LEAST.test(sentence.slice(0, m.index)) &&
      !/^\s*(?:以上|\+)/.test(sentence.slice(m.index + m[0].length))
    ) {
      max = min;
    }
    const after = sentence.slice(m.index, Math.min(sentence.length, m.index + m[0].length + 25));
    const stated =
      (g.p1 ? PERIOD_WORDS.find(([, p]) => p.test(`/${g.p1}`))?.[0] : undefined) ??
      PERIOD_WORDS.find(([, p]) => p.test(after))?.[0] ??
      PERIOD_WORDS.find(([, p]) => p.test(sentence))?.[0];
    const period = stated ?? guessPeriod(max ?? min, currency);
    return {
      min,
      max,
      currency,
      period,
      source: ESTIMATE.test(sentence) ? 'board estimate' : 'employer',
    };
  }
  return null;
}

/** The first salary the posting states, with its sentence. */
export function readSalary(
  sentences: readonly FactSentence[],
): { salary: SalaryFact; evidence: string } | null {
  for (const sentence of sentences) {
    if (sentence.companyVoice && sentence.section === 'about') continue;
    const found = readSalaryIn(sentence.text);
    if (found) return { salary: withAnnual(found), evidence: quote(sentence) };
  }
  return null;
}

export function withAnnual(salary: Omit<SalaryFact, 'annual'>): SalaryFact {
  return { ...salary, annual: annualizeSalary(salary.max ?? salary.min ?? 0, salary.period) };
}
