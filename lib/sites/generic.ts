import type { PostingDetails } from './page-reading';
import { cleanText, metaContent, queryFirst, queryText } from './board';

// Any other page the user enabled: find the posting's main block by its section headings and text, take the
// title from h1 / og:title, and refuse (low confidence, a reason) what is not one posting: login walls, blocked
// pages, lists of jobs, articles about jobs.

export interface GenericReading {
  isJobPosting: boolean;
  confidence: number;
  posting: Partial<PostingDetails>;
  descriptionRoot: Element | null;
  reason: string;
}

// The tests of short texts (headings, link labels, the title) run on the lower-cased text, without the i flag:
// each regex is compiled on its first use on every page this reader reads, and an i-flag pattern of this size
// costs about twice as much (the heading pattern ~1.8 ms instead of ~1.1 in Node). All letters in them are lower
// case, so the matches are the same, except for the few letters outside ASCII whose lower case is in it (the
// Kelvin sign, 'İ'), which no heading or title spells a word with.
const SECTION_HEADINGS = [
  'about (?:the |this )?(?:role|job|position|opportunity)',
  '(?:the |your )?role',
  '(?:key |main )?responsibilities',
  "what you(?:'|’)?ll (?:do|bring|need)",
  'what you will (?:do|bring|need)',
  'your (?:tasks|role|responsibilities|profile|mission|impact)',
  '(?:job )?requirements',
  '(?:minimum |basic |preferred )?qualifications',
  "what we(?:'|’)?re looking for",
  'who you are',
  'what you bring',
  '(?:required |technical )?skills(?: required)?',
  'nice to have',
  'bonus(?: points)?',
  'benefits',
  'what we offer',
  'we offer',
  'perks',
  'job description',
  '(?:ihre|deine) aufgaben',
  'aufgaben',
  '(?:ihr|dein) profil',
  'was (?:du|sie) mitbring(?:st|en)',
  'wir bieten',
  'das bieten wir',
  'wünschenswert',
  '(?:vos |tes )?missions',
  'profil recherché',
  'votre profil',
  'un plus',
  'avantages',
  'descriptif du poste',
];
// The word boundary after the headings is spelled as the lookahead it amounts to, which V8 compiles in a third of
// the time (~1.0 ms -> ~0.35 in Node: a \b after a long alternation is costly to analyse): after a word character
// \b is (?!\w). A heading that ends in an accented letter ('profil recherché') ends before anything but a letter;
// \b there had been (?=\w), so the heading alone never counted.
const ENDS_IN_ACCENT = /[à-ÿ]$/;
const HEADING_TEST = new RegExp(
  `^\\s*(?:(?:${SECTION_HEADINGS.filter((h) => !ENDS_IN_ACCENT.test(h)).join('|')})(?!\\w)|(?:${SECTION_HEADINGS.filter((h) => ENDS_IN_ACCENT.test(h)).join('|')})(?![\\wà-ÿ]))`,
);

// Word boundaries as lookarounds ((?<!\w) before, (?!\w) after: every alternative begins and ends with a word
// character), the same test at half the compile cost of \b around an alternation (~0.55 -> ~0.27 ms in Node).
const JOB_TITLE =
  /(?<!\w)(engineer|developer|programmer|manager|designer|analyst|scientist|specialist|consultant|architect|lead|head of|director|intern|internship|entwickler(?:in)?|ingenieur(?:in)?|berater(?:in)?|administrator|technician|officer|coordinator|assistant|nurse|teacher|accountant|recruiter|sales|product owner|devops|sre)(?!\w)|\((?:m\/w\/d|w\/m\/d|m\/f\/d|all genders|h\/f|f\/h)\)|(?<!\w)(?:m\/w\/d|h\/f)(?!\w)/;
const APPLY =
  /\b(apply(?: now| for this job)?|bewerben|jetzt bewerben|postuler|candidater|submit application)\b/;
const EMPLOYMENT =
  /\b(full[- ]time|part[- ]time|permanent|contract|salary|vollzeit|teilzeit|festanstellung|cdi|cdd|temps plein|years of (?:professional )?experience|jahre berufserfahrung|ans d.expérience)\b/i;
const LOGIN = /\b(sign in|log in|login|anmelden|einloggen|connexion|se connecter|join now to see)\b/i;
const BLOCKED =
  /\b(access denied|attention required|just a moment|are you a robot|verify you are human|captcha|forbidden|page not found|404|too many requests)\b/;
const JOB_LINK =
  /\/(?:jobs?|careers?|positions?|vacanc(?:y|ies)|stellen(?:angebote)?|offres?|openings|o)\/[^?#]*[a-z0-9-]{4,}|[?&](?:gh_jid|jobid|job_id|jk|jl)=/i;

const FALLBACK_CONTAINERS = [
  '[itemprop="description"]',
  '[class*="job-description" i]',
  '[id*="job-description" i]',
  '[class*="jobdescription" i]',
  '[class*="job-details" i]',
  '[class*="posting" i]',
  'article',
  'main',
  '[role="main"]',
];

// Elements that name the employer on job banks and careers sites ("advertiser" on SEEK-like banks).
const EMPLOYER = [
  '[itemprop="hiringOrganization"] [itemprop="name"]',
  '[data-automation*="advertiser" i]',
  '[data-testid*="company-name" i]',
  '[data-testid*="employer" i]',
  '[class*="company-name" i]',
  '[class*="companyName"]',
  '[class*="employer-name" i]',
];

/**
 * The employer, never the site: an element that names it, else og:site_name only when the posting's own text
 * names that site too (a careers page: "At Acme we…"); a job bank's name ("SEEK Australia") is not the employer.
 */
function employerOf(doc: Document, root: Element | null, siteIsBoard: boolean): string | null {
  const meta = doc
    .querySelector('[itemprop="hiringOrganization"] meta[itemprop="name"]')
    ?.getAttribute('content');
  const named = meta?.trim() || queryText(doc, EMPLOYER);
  if (named && named.length <= 120) return named;
  const site = metaContent(doc, 'og:site_name');
  if (!site || siteIsBoard || !root) return null;
  const words = site
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const text = (root.textContent ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');
  return words.length >= 2 && ` ${text} `.includes(` ${words} `) ? site : null;
}

/**
 * "Title at Company" in the document title (before " | Site"), when the page's h1 says the same: the title and the
 * employer, apart (job banks and start-up boards head a posting "Backend Engineer at Acme").
 */
function titleAtCompany(doc: Document, h1: string | null): [string, string] | null {
  const m = / at (?!.* at )(.+)$/.exec(doc.title.split(' | ')[0] ?? '');
  const title = m ? doc.title.slice(0, m.index).trim() : '';
  return m && title && h1?.startsWith(`${title} at ${m[1]!.trim()}`) ? [title, m[1]!.trim()] : null;
}

function refuse(reason: string, confidence: number, title: string | null): GenericReading {
  return { isJobPosting: false, confidence, posting: { title }, descriptionRoot: null, reason };
}

function lowestCommonAncestor(a: Element, b: Element): Element | null {
  const ancestors = new Set<Element>();
  for (let el: Element | null = a; el; el = el.parentElement) ancestors.add(el);
  for (let el: Element | null = b; el; el = el.parentElement) if (ancestors.has(el)) return el;
  return null;
}

function isArticle(doc: Document): boolean {
  if (metaContent(doc, 'og:type') === 'article') return true;
  if (doc.querySelector('[itemprop="articleBody"], [rel="author"], .byline, .author-name')) return true;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    if (/"@type"\s*:\s*(?:\[[^\]]*)?"(?:BlogPosting|NewsArticle|Article)"/.test(script.textContent ?? ''))
      return true;
  }
  return false;
}

function countJobLinks(doc: Document, root: Element | null): number {
  const hrefs = new Set<string>();
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    if (root?.contains(a)) continue; // links inside the posting (to its own apply page) are not a list
    const href = a.getAttribute('href') ?? '';
    if (JOB_LINK.test(href)) hrefs.add(href.split('#')[0]!);
  }
  return hrefs.size;
}

/** Share of an element's text that sits in links: a list of jobs is mostly links, a posting is mostly prose. */
function linkShare(root: Element): number {
  const total = (root.textContent ?? '').length;
  if (total === 0) return 1;
  let linked = 0;
  for (const a of Array.from(root.querySelectorAll('a'))) linked += (a.textContent ?? '').length;
  return linked / total;
}

function findMainBlock(doc: Document, body: Element): { root: Element | null; headings: number } {
  const headings = Array.from(
    body.querySelectorAll('h1, h2, h3, h4, h5, h6, strong, b, dt, p > span'),
  ).filter((h) => {
    const text = h.textContent ?? '';
    return (
      text.length < 80 && HEADING_TEST.test(text.toLowerCase()) && !h.closest('nav, header, footer, aside')
    );
  });
  if (headings.length >= 2) {
    let root: Element | null = headings[0]!;
    for (const h of headings.slice(1)) root = root ? lowestCommonAncestor(root, h) : null;
    if (root && root !== body && root.localName !== 'html') return { root, headings: headings.length };
  }
  if (headings.length >= 1) {
    // One section heading: its nearest ancestor with enough text to be a posting body.
    for (let el = headings[0]!.parentElement; el && el !== body; el = el.parentElement) {
      if ((el.textContent ?? '').length > 400) return { root: el, headings: headings.length };
    }
  }
  for (const selector of FALLBACK_CONTAINERS) {
    const el = queryFirst(body, [selector]);
    if (el && (el.textContent ?? '').length > 300) return { root: el, headings: headings.length };
  }
  return { root: null, headings: headings.length };
}

export interface GenericOptions {
  /** The page is on a known job board (its reader found nothing): the site's own name is not the employer. */
  onBoard?: boolean;
}

export function readGeneric(doc: Document, options: GenericOptions = {}): GenericReading {
  const body = doc.body;
  if (!body) return refuse('no body', 0, null);
  const h1 = cleanText(body.querySelector('h1'));
  const byline = titleAtCompany(doc, h1);
  const title = byline?.[0] ?? h1 ?? metaContent(doc, 'og:title') ?? (doc.title.trim() || null);
  // The page's whole text is costly on big pages: only measured when a refusal test needs it.
  const bodyLength = (): number => (body.textContent ?? '').length;

  if (BLOCKED.test(`${doc.title} ${h1 ?? ''}`.toLowerCase()) && bodyLength() < 3000) {
    return refuse('blocked or error page', 0.02, title);
  }
  if (body.querySelector('input[type="password"]')) {
    const headingsText = Array.from(body.querySelectorAll('h1, h2, button, [type="submit"]'))
      .map((h) => h.textContent ?? '')
      .join(' ');
    if (bodyLength() < 4000 || LOGIN.test(headingsText)) return refuse('login wall', 0.03, title);
  }

  const { root, headings } = findMainBlock(doc, body);
  const rootText = root?.textContent ?? '';
  const applies = Array.from(body.querySelectorAll('a, button')).some((el) => {
    const text = el.textContent ?? '';
    return text.length < 40 && APPLY.test(text.toLowerCase());
  });

  let score = 0;
  score += headings >= 3 ? 0.4 : headings === 2 ? 0.3 : headings === 1 ? 0.15 : 0;
  if (applies) score += 0.15;
  if (title && JOB_TITLE.test(title.toLowerCase())) score += 0.15;
  if (EMPLOYMENT.test(rootText)) score += 0.1;
  if (rootText.length >= 500 && rootText.length <= 40_000) score += 0.1;
  if (rootText.length < 200) score -= 0.2;

  const jobLinks = countJobLinks(doc, root);
  // One posting's description with "similar jobs" around it is still one posting: a list is a page whose main
  // block is the links.
  const postingBlock = root !== null && headings >= 2 && rootText.length >= 800 && linkShare(root) < 0.25;
  if (jobLinks >= 6 && !postingBlock)
    return refuse(`list of jobs (${jobLinks} job links)`, Math.min(0.2, Math.max(0, score - 0.5)), title);
  if (isArticle(doc)) return refuse('article about jobs', Math.min(0.2, Math.max(0, score - 0.4)), title);
  if (!root) return refuse('no posting block found', Math.min(0.2, Math.max(0, score)), title);

  const confidence = Math.max(0, Math.min(0.85, score));
  if (confidence < 0.5) return refuse('too few signs of a job posting', Math.min(confidence, 0.3), title);
  return {
    isJobPosting: true,
    confidence,
    posting: { title, company: byline?.[1] ?? employerOf(doc, root, options.onBoard === true) },
    descriptionRoot: root,
    reason: `generic: ${headings} section headings${applies ? ', apply button' : ''}`,
  };
}
