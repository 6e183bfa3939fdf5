import type { SkillCategory } from '../../schemas/taxonomy';
import type { SkillCandidate } from './merge-skills';

// O*NET 29.2 Technology Skills (CC BY 4.0, USDOL/ETA): one row per occupation x product. We keep the products
// flagged Hot Technology or In Demand, plus those that several occupations (or two computer occupations) list,
// which is a fair proxy for "postings actually name it".
const MIN_OCCUPATIONS = 3;
const MIN_COMPUTER_OCCUPATIONS = 2;

// UNSPSC commodity class -> our category. Unlisted classes fall back to "tool".
const CATEGORY_BY_COMMODITY: Record<string, SkillCategory> = {
  'Data base management system software': 'database',
  'Data base user interface and query software': 'database',
  'Object oriented data base management software': 'database',
  'Data base reporting software': 'data-ml',
  'Business intelligence and data analysis software': 'data-ml',
  'Analytical or scientific software': 'data-ml',
  'Data mining software': 'data-ml',
  'Web platform development software': 'framework',
  'Object or component oriented development software': 'library',
  'Program testing software': 'testing',
  'Configuration management software': 'devops',
  'Operating system software': 'devops',
  'File versioning software': 'devops',
  'Application server software': 'devops',
  'Enterprise system management software': 'observability',
  'Network monitoring software': 'observability',
  'Cloud-based management software': 'cloud',
  'Cloud-based platform as a service PaaS software': 'cloud',
  'Cloud-based infrastructure as a service IaaS software': 'cloud',
  'Network security and virtual private network VPN equipment software': 'security',
  'Transaction security and virus protection software': 'security',
  'Network security or virtual private network VPN management software': 'security',
  'Smartphone apps': 'mobile',
  'Graphics or photo imaging software': 'design',
  'Computer aided design CAD software': 'design',
  'Computer aided manufacturing CAM software': 'design',
  'Desktop publishing software': 'design',
  'Video creation and editing software': 'design',
  'Web page creation and editing software': 'design',
  'Graphical user interface development software': 'design',
  'Spreadsheet software': 'business-tool',
  'Word processing software': 'business-tool',
  'Office suite software': 'business-tool',
  'Presentation software': 'business-tool',
  'Electronic mail software': 'business-tool',
  'Enterprise resource planning ERP software': 'business-tool',
  'Customer relationship management CRM software': 'business-tool',
  'Accounting software': 'business-tool',
  'Financial analysis software': 'business-tool',
  'Project management software': 'business-tool',
  'Sales and marketing software': 'business-tool',
  'Document management software': 'business-tool',
  'Content workflow software': 'business-tool',
  'Time accounting software': 'business-tool',
  'Video conferencing software': 'business-tool',
  'Human resources software': 'business-tool',
  'Cloud-based data access and sharing software': 'business-tool',
  'Process mapping and design software': 'business-tool',
};

// Vendors whose name postings often drop ("Excel" for "Microsoft Excel").
const VENDORS = [
  'Amazon Web Services AWS',
  'Amazon Web Services',
  'Amazon',
  'Microsoft',
  'Adobe Systems',
  'Adobe',
  'Oracle',
  'IBM',
  'SAP',
  'Google',
  'Apple',
  'Atlassian',
  'Autodesk',
  'Apache',
  'Intuit',
  'Dassault Systemes',
  'ESRI',
  'Trimble',
  'Bentley',
  'The MathWorks',
  'Red Hat',
  'Cisco Systems',
  'Cisco',
  'Salesforce',
  'HashiCorp',
  'VMware',
  'Eclipse',
  'JetBrains',
  'Corel',
  'Citrix',
  'Hewlett Packard',
  'Symantec',
  'McAfee',
  'Novell',
  'Sybase',
  'Wolfram Research',
  'Minitab',
  'Siemens',
  'PTC',
  'Avid Technology',
  'Systat Software',
  'Maplesoft',
  'Mathsoft',
  'Mozilla',
  'Sun Microsystems',
  'Epic Systems',
  'Cerner',
  'Sage',
  'Infor',
  'Epicor',
  'Blackbaud',
  'SolarWinds',
  'Progress',
  'OpenAI',
];

// Names no posting means as a skill: a bare company, or O*NET's own site.
const SKIPPED_NAMES = new Set(['Google', 'O*NET OnLine', 'American National Standards Institute ANSI C']);

// Social networks: postings name them to say where to follow or apply, far more than as a skill.
const CONTEXT_ONLY_NAMES = new Set([
  'Facebook',
  'LinkedIn',
  'Instagram',
  'TikTok',
  'Twitter',
  'YouTube',
  'Slack',
]);

// Vendor prefixes people abbreviate: "MS Excel", "AWS Redshift".
const VENDOR_ABBREVIATIONS: Record<string, string> = { Microsoft: 'MS', Amazon: 'AWS' };

// Bare forms too vague to be an alias even when a vendor prefix is dropped.
const VAGUE_BARE_FORMS = new Set(
  [
    'project',
    'office',
    'dynamics',
    'windows',
    'cloud',
    'server',
    'database',
    'studio',
    'analytics',
    'platform',
    'suite',
    'enterprise',
    'system',
    'systems',
    'online',
    'docs',
    'sheets',
    'forms',
    'drive',
    'works',
    'one',
    'connect',
    'pages',
    'numbers',
    'keynote',
    'photos',
    'mail',
    'calendar',
    'notes',
    'paint',
    'publisher',
    'stream',
    'sway',
    'planner',
    'lens',
    'bookings',
    'flow',
    'web',
    'data',
    'sql',
    'reports',
    'designer',
    'developer',
    'manager',
    'director',
    'explorer',
    'navigator',
    'reader',
    'viewer',
    'player',
    'edge',
    'search',
    'maps',
    'earth',
    'meet',
    'chat',
    'voice',
    'forms',
    'sites',
    'classroom',
    'translate',
    'ads',
    'store',
    'fusion',
    'financials',
    'hyperion',
    'essbase',
    'primavera',
    'peoplesoft',
    'concur',
    'erp',
    'crm',
    'bi',
    'os',
    'cloud software',
  ].map((word) => word.toLowerCase()),
);

interface OnetProduct {
  name: string;
  occupations: Set<string>;
  computerOccupations: Set<string>;
  commodities: Map<string, number>;
  flagged: boolean;
}

const NOT_IN_ACRONYMS = new Set(['software', 'systems', 'technologies', 'corporation', 'inc', 'solutions']);

/** "Structured query language SQL" -> { long: "Structured query language", acronym: "SQL" }. */
export function splitTrailingAcronym(name: string): { long: string; acronym: string } | null {
  const match = /^(.*\S)\s+\(?([A-Z][A-Z0-9-]{1,7}(?:\/[A-Z0-9]+)?)\)?$/.exec(name);
  if (!match?.[1] || !match[2]) return null;
  const long = match[1];
  const acronym = match[2];
  const words = long.split(/\s+/);
  // A real expansion: the acronym's letters are, in order, initials of the words before it (one letter may be
  // missing: "JavaScript Object Notation JSON"). "Microsoft Dynamics AX" or "Plexis Software Plexis POS" are
  // product lines, not expansions.
  if (words.length < 2) return null;
  const initials = words
    .filter((word) => !NOT_IN_ACRONYMS.has(word.toLowerCase()))
    .map((word) => word[0]?.toUpperCase() ?? '');
  const letters = acronym.replace(/[^A-Z]/g, '');
  if (!initials.includes(letters[0] ?? '')) return null;
  let missing = 0;
  let at = initials.indexOf(letters[0] ?? '');
  for (const letter of letters.slice(1)) {
    const next = initials.indexOf(letter, at + 1);
    if (next === -1) missing += 1;
    else at = next;
  }
  if (missing > (letters.length >= 3 ? 1 : 0)) return null;
  return { long, acronym };
}

// A descriptive class name rather than a product: "Time reporting software", "Calibration software".
function isGenericName(base: string, hadSoftwareSuffix: boolean): boolean {
  const words = base.split(/\s+/);
  const restLower = words.slice(1).every((word) => word === word.toLowerCase());
  if (hadSoftwareSuffix && restLower) return true;
  return words.length >= 2 && restLower && !/\d|[A-Z].*[A-Z]/.test(base);
}

// A single ordinary-looking word ("Project", "Teams") that needs context in prose.
function looksLikeWord(form: string): boolean {
  return /^[A-Z][a-z]+$/.test(form) || /^[a-z]+$/.test(form);
}

export function readOnetCandidates(tsv: string): SkillCandidate[] {
  const products = new Map<string, OnetProduct>();
  const lines = tsv.split('\n');
  for (const line of lines.slice(1)) {
    const [occupation, name, , commodity, hot, inDemand] = line.split('\t');
    if (!occupation || !name || !commodity) continue;
    let product = products.get(name);
    if (!product) {
      product = {
        name,
        occupations: new Set(),
        computerOccupations: new Set(),
        commodities: new Map(),
        flagged: false,
      };
      products.set(name, product);
    }
    product.occupations.add(occupation);
    if (occupation.startsWith('15-')) product.computerOccupations.add(occupation);
    product.commodities.set(commodity, (product.commodities.get(commodity) ?? 0) + 1);
    if (hot === 'Y' || inDemand?.trim() === 'Y') product.flagged = true;
  }

  const candidates: SkillCandidate[] = [];
  const sorted = [...products.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const product of sorted) {
    const wanted =
      product.flagged ||
      product.occupations.size >= MIN_OCCUPATIONS ||
      product.computerOccupations.size >= MIN_COMPUTER_OCCUPATIONS;
    if (!wanted) continue;
    const candidate = cleanOnetProduct(product);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

function cleanOnetProduct(product: OnetProduct): SkillCandidate | null {
  if (SKIPPED_NAMES.has(product.name)) return null;
  const suffix = /\s+(software|systems?)$/i;
  const hadSoftwareSuffix = suffix.test(product.name);
  const base = product.name.replace(suffix, '').trim();
  const commodity =
    [...product.commodities].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
  const category = CATEGORY_BY_COMMODITY[commodity] ?? 'tool';
  const aliases: string[] = [];
  const ambiguousForms: string[] = [];
  let name = base;

  const split = splitTrailingAcronym(base);
  if (split) {
    const longIsGeneric = split.long
      .split(/\s+/)
      .every((word, index) => index === 0 || word === word.toLowerCase());
    // "Supervisory control and data acquisition SCADA" -> SCADA; "Amazon Simple Storage Service S3" keeps its name.
    name = longIsGeneric ? split.acronym : split.long;
    aliases.push(longIsGeneric ? split.long : split.acronym);
  } else if (isGenericName(base, hadSoftwareSuffix)) {
    return null;
  }
  // Too short to be a name, or a long descriptive phrase no posting writes out.
  if (name.length < 2 || name.split(/\s+/).length > 5) return null;

  for (const form of [name, ...aliases]) {
    const vendor = VENDORS.find((prefix) => form.startsWith(`${prefix} `));
    if (!vendor) continue;
    const bare = form.slice(vendor.length + 1).trim();
    if (bare.length < 2 || VAGUE_BARE_FORMS.has(bare.toLowerCase())) continue;
    aliases.push(bare);
    const abbreviation = VENDOR_ABBREVIATIONS[vendor];
    if (abbreviation) aliases.push(`${abbreviation} ${bare}`);
    if (looksLikeWord(bare)) ambiguousForms.push(bare);
  }
  // A short one-word product name (Loom, Blink) or acronym (CAM, IDS, DOE) is likely an ordinary word too; longer
  // ones are checked against a word list when merging (mergeSkills' isOrdinaryWord).
  const shortWord = looksLikeWord(name) && name.length <= 5;
  if (shortWord || /^[A-Z]{2,4}$/.test(name) || CONTEXT_ONLY_NAMES.has(name)) ambiguousForms.push(name);
  return { name, aliases, category, source: 'onet', ambiguousForms };
}
