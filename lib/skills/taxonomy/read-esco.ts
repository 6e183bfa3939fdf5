import Papa from 'papaparse';
import { SkillCategorySchema, type SkillCategory } from '../../schemas/taxonomy';
import type { SkillCandidate } from './merge-skills';

// ESCO v1.1.1 skills (CC BY 4.0, © European Union). Taken: the hand-picked selection (soft skills and
// non-tech knowledge), every spoken language, the "X (computer programming)" and configuration-management tool
// entries and other named knowledge (products, methods), and, only to enrich skills that already exist, any other knowledge entry with the same name.

interface EscoRow {
  preferredLabel: string;
  altLabels: string;
  skillType: string;
}

const MAX_ALIAS_WORDS = 4;
const QUALIFIED = /^(.+?) \((.+)\)$/;

export interface EscoSelectionEntry {
  label: string;
  category: SkillCategory;
  // "think critically => analytical-thinking": the ESCO entry only adds its labels to that curated skill.
  into?: string;
}

export function parseEscoSelection(text: string): EscoSelectionEntry[] {
  const entries: EscoSelectionEntry[] = [];
  let category: SkillCategory | null = null;
  text.split('\n').forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('@category')) {
      category = SkillCategorySchema.parse(line.slice('@category'.length).trim());
      return;
    }
    if (category === null) throw new Error(`esco-selection.txt:${index + 1}: label before any @category`);
    const [label = '', into] = line.split('=>').map((part) => part.trim());
    entries.push(into ? { label, category, into } : { label, category });
  });
  return entries;
}

// ESCO labels are lower case ("work in teams"); a display name starts with a capital.
function displayName(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

// Words that carry no meaning of their own when comparing a label with its alternatives.
const FILLER = new Set([
  'and',
  'for',
  'the',
  'with',
  'from',
  'into',
  'onto',
  'other',
  'others',
  'your',
  'their',
]);

// Content-word stems (first five letters) of a label: "analyse economic trends" -> anal, econo, trend.
function stems(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 3 && !FILLER.has(word))
      .map((word) => word.slice(0, 5)),
  );
}

// ESCO's paraphrases that name no skill: "scope of design principles", "an advertising techniques",
// "accounting performance", "be responsible".
const PARAPHRASE =
  /^(?:an?|the|be)\s|\b(?:scope|range|field|science|discipline|aspects|features|characteristics|functions|theory|use|basis|application|fundamentals|study|methods) of\b|\b(?:performance|approaches|approach)$/i;

/**
 * Short alternative labels only: the long ones are paraphrases no posting writes word for word. A generic
 * (lower-case) concept keeps only labels that share a content word with its own label ("exercise patience" keeps
 * "exercising patience", not "keep calm"; "economics" drops "financial data"), and neither product names
 * ("computer vision" lists OpenCV) nor single ordinary words ("design principles" lists balance, light) among
 * them; acronyms (HCI) stay.
 */
function usableAltLabels(row: EscoRow, name: string): string[] {
  const generic = row.preferredLabel === row.preferredLabel.toLowerCase();
  const own = stems(row.preferredLabel);
  return row.altLabels
    .split('\n')
    .map((alt) => alt.trim())
    .filter((alt) => {
      if (alt.length < 3 || alt.split(/\s+/).length > MAX_ALIAS_WORDS || /[()]/.test(alt)) return false;
      if (alt.toLowerCase() === name.toLowerCase() || PARAPHRASE.test(alt) || /\sand\s/.test(alt))
        return false;
      if (!generic || /^[A-Z0-9&-]{2,6}$/.test(alt)) return true;
      if (alt !== alt.toLowerCase() || !/\s/.test(alt)) return false;
      return [...stems(alt)].some((stem) => own.has(stem));
    });
}

// "Absorb (learning management systems)": the qualifier says what kind of thing the name is.
const CATEGORY_BY_QUALIFIER: Record<string, SkillCategory> = {
  'computer programming': 'language',
  'tools for software configuration management': 'devops',
  'penetration testing tool': 'security',
  'digital game creation systems': 'framework',
  'graphics editor software': 'design',
  'integrated development environment software': 'tool',
  'database management systems': 'database',
  'mobile operating systems': 'mobile',
  'learning management systems': 'tool',
  'service-oriented modelling': 'practice',
};

// Named knowledge entries that are beliefs or texts, not skills a posting asks for.
const SKIPPED_NAMED = new Set(['Christianity', 'Islam', 'Buddhism', 'Bible texts', 'Earth science']);

function categoryOfNamed(label: string, qualifier: string | undefined): SkillCategory {
  if (qualifier) return CATEGORY_BY_QUALIFIER[qualifier] ?? 'tool';
  if (/\bdevelopment$/.test(label)) return 'practice';
  if (
    /^ICT\b|(management|model|principles|standards|legislation|policies|techniques|methodologies|conventions|regulations|philosophy|strategies|methods|specifications|requirements|frameworks|development)$/.test(
      label,
    )
  ) {
    return 'knowledge';
  }
  return 'tool';
}

export function readEscoCandidates(csv: string, selectionText: string): SkillCandidate[] {
  const parsed = Papa.parse<EscoRow>(csv, { header: true, skipEmptyLines: true });
  const rows = parsed.data.filter(
    (row) => typeof row.preferredLabel === 'string' && row.preferredLabel !== '',
  );
  const byLabel = new Map(rows.map((row) => [row.preferredLabel, row]));
  const candidates: SkillCandidate[] = [];
  const taken = new Set<string>();

  for (const { label, category, into } of parseEscoSelection(selectionText)) {
    const row = byLabel.get(label);
    if (!row) throw new Error(`esco-selection.txt: ESCO has no skill labelled "${label}"`);
    const name = displayName(label);
    const aliases = usableAltLabels(row, name);
    candidates.push(
      into
        ? { name: label, aliases, category, source: 'esco', mergeInto: into }
        : { name, aliases, category, source: 'esco', matchByNameOnly: true },
    );
    taken.add(label);
  }

  // Languages: ESCO has "understand spoken German" beside the knowledge entry "German".
  const languages = new Set(
    rows.flatMap((row) => /^understand spoken (.+)$/.exec(row.preferredLabel)?.slice(1, 2) ?? []),
  );
  for (const language of [...languages].sort()) {
    const row = byLabel.get(language);
    if (!row || taken.has(language)) continue;
    candidates.push({
      name: language,
      aliases: usableAltLabels(row, language),
      category: 'spoken-language',
      source: 'esco',
      matchByNameOnly: true,
      // "German" is also the adjective ("a German company"): only context makes it a language requirement.
      ambiguousForms: [language],
    });
    taken.add(language);
  }

  const sortedRows = [...rows].sort((a, b) => (a.preferredLabel < b.preferredLabel ? -1 : 1));
  // Named knowledge (products, languages, methods: "KDevelop", "Ruby (computer programming)", "Agile development").
  for (const row of sortedRows) {
    const label = row.preferredLabel;
    if (row.skillType !== 'knowledge' || taken.has(label) || SKIPPED_NAMED.has(label)) continue;
    if (!/^[A-Z]/.test(label) || label.split(/\s+/).length > MAX_ALIAS_WORDS) continue;
    const qualified = QUALIFIED.exec(label);
    const name = qualified?.[1] ?? label;
    candidates.push({
      name,
      aliases: usableAltLabels(row, name),
      category: categoryOfNamed(name, qualified?.[2]),
      source: 'esco',
      ambiguousForms: /^[A-Z][a-z]+$/.test(name) ? [name] : [],
      matchByNameOnly: true,
    });
    taken.add(label);
  }

  for (const row of sortedRows) {
    if (row.skillType !== 'knowledge' || taken.has(row.preferredLabel)) continue;
    if (row.preferredLabel.split(/\s+/).length > MAX_ALIAS_WORDS) continue;
    candidates.push({
      name: row.preferredLabel,
      aliases: usableAltLabels(row, row.preferredLabel),
      category: 'knowledge',
      source: 'esco',
      mergeOnly: true,
    });
  }
  return placeNamesFirst(candidates);
}

// ESCO's alternative labels overlap between entries ("financial analysis" lists "business analysis"). Placing
// every name before any alternative label lets each entry keep its own name.
function placeNamesFirst(candidates: SkillCandidate[]): SkillCandidate[] {
  const names = candidates.map((candidate) => ({ ...candidate, aliases: [] }));
  const labels = candidates
    .filter((candidate) => candidate.aliases.length > 0)
    .map((candidate) => ({ ...candidate, mergeOnly: true }));
  return [...names, ...labels];
}

/**
 * Words ESCO writes in lower case anywhere in its labels ("loom", "profile", "balance"): ordinary English, so a
 * product of the same name needs context. ESCO's 100,000 labels are a serviceable English word list.
 */
export function readEscoOrdinaryWords(csv: string): Set<string> {
  const parsed = Papa.parse<EscoRow>(csv, { header: true, skipEmptyLines: true });
  const words = new Set<string>();
  for (const row of parsed.data) {
    const text = `${row.preferredLabel ?? ''}\n${row.altLabels ?? ''}`;
    for (const word of text.match(/(?<![\p{L}\p{N}])[a-z]{3,}(?![\p{L}\p{N}])/gu) ?? []) words.add(word);
  }
  return words;
}
