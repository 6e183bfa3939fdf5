import { buildTextMap } from '@/lib/highlight/text-map';
import type { PostingDetails, Salary } from './page-reading';
import { emptyPostingDetails } from './page-reading';
import { formatMoney } from './format-money';

// schema.org JobPosting from every `script[type="application/ld+json"]` of a page. Real pages put postings in
// arrays, in `@graph`, under `mainEntity`, give `@type` as an array, write raw newlines inside strings, and
// HTML-encode the description once or twice; all of that is read, and a block that still is not JSON is skipped.

export interface JsonLdPosting {
  details: PostingDetails;
  /**
   * The description as plain text (block boundaries as line breaks), '' when there is none. Worked out on first
   * use: parsing the description's HTML was most of the read on a board page that shows it and never needs it.
   */
  readonly descriptionText: string;
  descriptionHtml: string | null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function typesOf(node: JsonObject): string[] {
  const t = node['@type'] ?? node.type;
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Entities some sites leave in JSON-LD strings ("R&amp;D Engineer"), decoded without a DOM. */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi,
    (whole, dec: string, hex: string, name: string) => {
      if (dec || hex) {
        const code = dec ? Number(dec) : parseInt(hex, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    },
  );
}

/** Plain text of a JSON-LD value: a string, a number, `{ name }`, `{ @value }`, or the first of an array. */
function toText(v: unknown): string | null {
  if (typeof v === 'string') {
    const s = decodeEntities(v).replace(/\s+/g, ' ').trim();
    return s === '' ? null : s;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    for (const item of v) {
      const s = toText(item);
      if (s) return s;
    }
    return null;
  }
  if (isObject(v)) return toText(v.name ?? v['@value'] ?? v.value ?? v.description);
  return null;
}

function toTextList(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return list.map(toText).filter((s): s is string => s !== null);
}

function toNumber(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const n = Number(v.replace(/[^0-9.-]/g, ''));
    return v.trim() !== '' && Number.isFinite(n) ? n : null;
  }
  return null;
}

// The raw node must be an object; every field is then read leniently, because a posting with one odd field is
// still a posting. (No Zod here: this runs in the content script, whose budget is 30 KB gzip.)
type JobPostingNode = Partial<
  Record<
    | 'title'
    | 'name'
    | 'description'
    | 'hiringOrganization'
    | 'jobLocation'
    | 'jobLocationType'
    | 'applicantLocationRequirements'
    | 'employmentType'
    | 'baseSalary'
    | 'estimatedSalary'
    | 'datePosted'
    | 'validThrough'
    | 'identifier'
    | 'skills'
    | 'qualifications'
    | 'experienceRequirements'
    | 'educationRequirements'
    | 'url',
    unknown
  >
>;

const EMPLOYMENT_TYPES: Record<string, string> = {
  FULL_TIME: 'Full-time',
  PART_TIME: 'Part-time',
  CONTRACTOR: 'Contract',
  CONTRACT: 'Contract',
  TEMPORARY: 'Temporary',
  INTERN: 'Internship',
  INTERNSHIP: 'Internship',
  VOLUNTEER: 'Volunteer',
  PER_DIEM: 'Per diem',
  OTHER: 'Other',
};

export function formatEmploymentType(v: unknown): string | null {
  const list = toTextList(v).flatMap((s) => s.split(/\s*,\s*/));
  const names = list.map((s) => EMPLOYMENT_TYPES[s.toUpperCase().replace(/[\s-]+/g, '_')] ?? s);
  const unique = [...new Set(names)].filter((s) => s !== '');
  return unique.length ? unique.join(', ') : null;
}

function formatAddress(v: unknown): string | null {
  if (typeof v === 'string') return toText(v);
  if (!isObject(v)) return null;
  const parts = [v.addressLocality, v.addressRegion, v.addressCountry].map(toText);
  const unique: string[] = [];
  for (const p of parts) if (p && !unique.some((u) => u.toLowerCase() === p.toLowerCase())) unique.push(p);
  return unique.length ? unique.join(', ') : toText(v.name);
}

function formatLocations(v: unknown): string | null {
  const places = Array.isArray(v) ? v : v ? [v] : [];
  const names = places
    .map((p) => (isObject(p) ? (formatAddress(p.address) ?? toText(p.name)) : toText(p)))
    .filter((s): s is string => s !== null);
  const unique = [...new Set(names)];
  return unique.length ? unique.join('; ') : null;
}

const UNIT_WORDS: Record<string, string> = {
  HOUR: 'an hour',
  DAY: 'a day',
  WEEK: 'a week',
  MONTH: 'a month',
  YEAR: 'a year',
};

/** A schema.org MonetaryAmount (or a bare number) as a structured salary with a display string. */
export function readSalary(v: unknown): Salary | null {
  const amount = Array.isArray(v) ? v[0] : v;
  let currency: string | null = null;
  let value: unknown = amount;
  if (isObject(amount)) {
    currency = toText(amount.currency)?.toUpperCase() ?? null;
    value = amount.value ?? {
      minValue: amount.minValue,
      maxValue: amount.maxValue,
      unitText: amount.unitText,
    };
  }
  let min: number | null = null;
  let max: number | null = null;
  let unit: string | null = null;
  if (isObject(value)) {
    const single = toNumber(value.value);
    min = toNumber(value.minValue) ?? single;
    max = toNumber(value.maxValue) ?? single;
    unit = toText(value.unitText)?.toUpperCase() ?? null;
  } else {
    min = max = toNumber(value);
  }
  if (min === null && max === null) return null;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  const low = min ?? max!;
  const amountText =
    max !== null && max !== low
      ? `${formatMoney(low, currency, true)}–${formatMoney(max, currency, false)}`
      : formatMoney(low, currency, true);
  const unitWord = unit ? UNIT_WORDS[unit] : undefined;
  return { currency, min, max, unit, display: unitWord ? `${amountText} ${unitWord}` : amountText };
}

function readIdentifier(v: unknown): string | null {
  if (isObject(v)) return toText(v.value) ?? toText(v.name);
  return toText(v);
}

function readExperience(v: unknown): { text: string | null; months: number | null } {
  const items = Array.isArray(v) ? v : [v];
  let text: string | null = null;
  let months: number | null = null;
  for (const item of items) {
    if (isObject(item)) {
      months ??= toNumber(item.monthsOfExperience);
      text ??= toText(item.description) ?? toText(item.name);
    } else {
      text ??= toText(item);
    }
  }
  if (!text && months !== null) text = `${months} months of experience`;
  return { text, months };
}

function readEducation(v: unknown): string | null {
  const items = Array.isArray(v) ? v : [v];
  const texts = items
    .map((item) => (isObject(item) ? (toText(item.credentialCategory) ?? toText(item.name)) : toText(item)))
    .filter((s): s is string => s !== null);
  return texts.length ? texts.join('; ') : null;
}

function readSkills(v: unknown): string[] {
  const items = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === 'string') {
      // A Text value often lists several skills: "Python, SQL; Airflow".
      for (const s of item.split(/\s*[,;\n•]\s*/)) if (s.trim()) out.push(s.trim());
    } else {
      const s = toText(item);
      if (s) out.push(s);
    }
  }
  return [...new Set(out)];
}

function isRemote(node: JobPostingNode): boolean | null {
  const types = toTextList(node.jobLocationType).map((s) => s.toUpperCase());
  if (types.includes('TELECOMMUTE')) return true;
  return null;
}

const ENCODED_TAG = /&(?:amp;)*lt;\/?[a-z][a-z0-9]*(?:\s[^&]*)?&(?:amp;)*gt;/i;
const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^>]*)?\/?>/i;

/**
 * Plain text of a description given as HTML, entity-encoded HTML (`&lt;p&gt;`), or text. Parsed in an inert
 * document (no scripts, no image loads), so a hostile description cannot run anything on the page.
 */
export function descriptionToText(html: string, doc: Document): string {
  const inert = doc.implementation.createHTMLDocument('');
  if (!TAG.test(html) && !ENCODED_TAG.test(html)) {
    // Plain text (Workday and others): its line breaks are the structure, so keep them as <br>.
    for (const line of html.split(/\r?\n|\\r\\n|\\n/)) {
      inert.body.append(inert.createTextNode(decodeEntities(line)), inert.createElement('br'));
    }
    return buildTextMap(inert.body).text;
  }
  let source = html;
  for (let pass = 0; pass < 3; pass++) {
    inert.body.innerHTML = source;
    const decoded = inert.body.textContent ?? '';
    // Only text came out but it still reads like markup: the HTML was entity-encoded; decode once more.
    if (inert.body.children.length === 0 && (TAG.test(decoded) || ENCODED_TAG.test(decoded)))
      source = decoded;
    else break;
  }
  return buildTextMap(inert.body).text;
}

/** JobPosting nodes of a parsed JSON-LD value, wherever they sit (arrays, @graph, mainEntity, itemListElement). */
function collectPostings(value: unknown, out: JsonObject[], depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) collectPostings(item, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  if (typesOf(value).includes('JobPosting')) {
    out.push(value);
    return;
  }
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item', 'hasPart']) {
    if (key in value) collectPostings(value[key], out, depth + 1);
  }
}

/** `s` without `open` at its start and `close` at its end, where they are. */
function unwrap(s: string, open: string, close: string): string {
  const inner = s.startsWith(open) ? s.slice(open.length) : s;
  return inner.endsWith(close) ? inner.slice(0, inner.length - close.length) : inner;
}

/** JSON.parse, then once more after the repairs real pages need (raw control characters, HTML comments). */
export function parseJsonLenient(source: string): unknown {
  // An HTML comment and a CDATA section around the JSON are cut by string tests, not regexes: a regex over a
  // whole JSON-LD block is compiled to machine code at once (a long subject), on every page that has one.
  const trimmed = unwrap(unwrap(source.trim(), '<!--', '-->'), '/*<![CDATA[*/', '/*]]>*/');
  try {
    return JSON.parse(trimmed);
  } catch {
    try {
      // Raw newlines and tabs inside strings are invalid JSON but common; as spaces they are harmless.
      // eslint-disable-next-line no-control-regex
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

function readPostingNode(raw: JsonObject, doc: Document): JsonLdPosting | null {
  if (!isObject(raw)) return null;
  const node = raw as JobPostingNode;
  const details = emptyPostingDetails();
  details.title = toText(node.title) ?? toText(node.name);
  details.company = toText(node.hiringOrganization);
  details.location = formatLocations(node.jobLocation);
  details.remote = isRemote(node);
  details.employmentType = formatEmploymentType(node.employmentType);
  const estimate = readSalary(node.estimatedSalary);
  details.salary = readSalary(node.baseSalary) ?? (estimate ? { ...estimate, estimated: true } : null);
  details.datePosted = toText(node.datePosted);
  details.validThrough = toText(node.validThrough);
  details.identifier = readIdentifier(node.identifier);
  details.canonicalUrl = toText(node.url);
  details.url = details.canonicalUrl;
  details.jsonLdSkills = readSkills(node.skills);
  details.qualifications = toText(node.qualifications);
  const experience = readExperience(node.experienceRequirements);
  details.experienceRequirements = experience.text;
  details.experienceMonths = experience.months;
  details.educationRequirements = readEducation(node.educationRequirements);
  if (details.remote && !details.location) {
    const countries = toTextList(node.applicantLocationRequirements);
    details.location = countries.length ? `Remote (${countries.join(', ')})` : 'Remote';
  }
  const descriptionHtml = typeof node.description === 'string' ? node.description : null;
  let text: string | null = null;
  const posting: JsonLdPosting = {
    details,
    descriptionHtml,
    get descriptionText() {
      if (text === null) {
        try {
          text = descriptionHtml ? descriptionToText(descriptionHtml, doc) : '';
        } catch {
          text = ''; // markup too deep for the DOM implementation to read (a hostile block): no description
        }
      }
      return text;
    },
  };
  if (!details.title && !posting.descriptionText) return null;
  return posting;
}

/** Every JobPosting in one JSON-LD block's source text; [] when it is not JSON or holds none. */
export function readJsonLdBlock(source: string, doc: Document): JsonLdPosting[] {
  const value = parseJsonLenient(source);
  const nodes: JsonObject[] = [];
  collectPostings(value, nodes);
  const ids = new Map<string, JsonObject>();
  indexIds(value, ids);
  return nodes
    .map((n) => readPostingNode(resolveReferences(n, ids), doc))
    .filter((p): p is JsonLdPosting => p !== null);
}

/** Every node with an `@id` (SEO plugins put the Organization and Place beside the posting in `@graph`). */
function indexIds(value: unknown, ids: Map<string, JsonObject>, depth = 0): void {
  if (depth > 8) return;
  if (Array.isArray(value)) {
    for (const item of value) indexIds(item, ids, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  const id = value['@id'];
  if (typeof id === 'string' && Object.keys(value).length > 1) ids.set(id, value);
  for (const v of Object.values(value)) indexIds(v, ids, depth + 1);
}

/** The posting with its `{ "@id": … }` references (hiringOrganization, jobLocation, …) replaced by the nodes. */
function resolveReferences(node: JsonObject, ids: Map<string, JsonObject>): JsonObject {
  const deref = (v: Json): Json => {
    if (Array.isArray(v)) return v.map(deref);
    if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1)
      return ids.get(v['@id']) ?? v;
    return v;
  };
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) out[key] = deref(value);
  return out;
}

/** Every JobPosting the page's JSON-LD declares, in document order. More than one means a list page. */
export function readJsonLdPostings(doc: Document): JsonLdPosting[] {
  const out: JsonLdPosting[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      out.push(...readJsonLdBlock(script.textContent ?? '', doc));
    } catch {
      // One broken block never hides the others.
    }
  }
  // The same posting declared twice (some sites emit it in head and body) is one posting: same identifier, title
  // and start of the description (whose text is worked out only when the first two agree).
  const seen = new Map<string, JsonLdPosting[]>();
  const opening = (p: JsonLdPosting) => p.descriptionText.slice(0, 200);
  return out.filter((p) => {
    const key = `${p.details.identifier ?? ''}|${p.details.title ?? ''}`;
    const same = seen.get(key);
    if (!same) {
      seen.set(key, [p]);
      return true;
    }
    if (same.some((q) => opening(q) === opening(p))) return false;
    same.push(p);
    return true;
  });
}
