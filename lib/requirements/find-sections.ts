import { splitLines, type TextSpan } from '@/lib/text/split-lines';
import { readClauseImportance } from './read-clause-importance';

/** What a part of a posting is, by its heading. */
export type SectionKind =
  | 'required' // requirements, qualifications, "what we are looking for", "Ihr Profil", "Profil recherché"
  | 'preferred' // nice to have, bonus, preferred, "Wünschenswert", "Un plus"
  | 'responsibilities'
  | 'about'
  | 'benefits'
  | 'tech' // "technologies we use", "our stack"
  | 'industry' // a board's "Industry:" field: the domains the company works in
  | 'other' // a heading the reader does not weigh ("Location", "What we value")
  | 'none'; // before any heading

export interface Section extends TextSpan {
  kind: SectionKind;
  heading: string | null;
}

const HEADINGS: [SectionKind, RegExp][] = [
  [
    'preferred',
    /^(?:(?:it'?s |would be )?(?:a )?(?:nice[- ]to[- ]haves?|good[- ]to[- ]haves?|bonus(?: points?)?|pluses|plus(?: points?)?|preferred(?: qualifications| skills| experience| requirements)?|desirable(?: skills| qualifications)?|desired(?: skills| qualifications)?|extra credit|even better if.*|ideally.*|what would make you stand out|you'?ll stand out if.*|bonus if.*|optional|(?:it'?s |it is |would be )?(?:a )?(?:plus|bonus) if.*|(?:you(?:'ll| will) get )?(?:extra|bonus|brownie) points(?: for| if).*|what sets you apart|(?:additional|other) (?:desirable|preferred) (?:skills|qualifications)|advantageous|(?:an )?advantage)|wünschenswert|von vorteil|pluspunkte|nice to have|(?:ce )?serait un plus|un plus|les plus|atouts?|souhaité|idéalement.*|буде плюсом|будет плюсом|плюсом буде|плюсом будет|бажано|желательно|costituisce (?:titolo preferenziale|un plus)|titoli preferenziali|gradit[oaie].*|歓迎(?:スキル|条件|要件)?.*|尚可)$/,
  ],
  [
    'required',
    /^(?:(?:minimum |basic |required |key |must[- ]have |essential |your |our )?(?:requirements?|qualifications?|skills(?: (?:and|&) (?:experience|qualifications?))?|experience(?: (?:and|&) (?:skills|qualifications?))?|profile|skill ?set)|requirements (?:and|&) qualifications|(?:tech(?:nology|nical)? )?stack (?:requirements|you (?:should|must|need to) know)|what (?:we'?re|we are) looking for|what we look for|who (?:you are|are you|we'?re looking for|we are looking for|are we looking for)|what (?:skills|experience) (?:do )?you (?:need|should have)(?: .*)?|about you|what you (?:bring|need|have|will need|'?ll need|should have)(?: to succeed)?|you (?:have|bring|should have|are)|must[- ]haves?|(?:you are )?(?:the )?(?:ideal|right|perfect) candidate(?: (?:if|will|has|is|should).*)?|what we expect(?: from you)?|what you need to succeed|essentials?|what it takes|(?:ihr|dein|ihre|deine) (?:profil|qualifikationen?|skills|kenntnisse)|anforderungen|anforderungsprofil|was (?:du|sie) mitbring(?:st|en)|das bring(?:st du|en sie) mit|qualifikationen?|voraussetzungen|was wir (?:erwarten|von dir erwarten)|profil recherché|(?:votre|ton|le) profil|compétences(?: requises| techniques| clés)?|prérequis|exigences|ce que nous recherchons|qui êtes[- ]vous|vous êtes|vous avez|(?:your |the )?personality|what you(?:'ll| will)? bring(?: to the (?:team|table|role))?|(?:skills|experiences?|qualifications)(?: (?:and|&) (?:skills|experiences?|qualifications))? (?:exciting|important|valuable|we (?:value|need|look for))(?: (?:to|for) us)?|(?:your |our )?(?:key |core |technical |required |essential |job |role |position )?(?:skills|qualifications|requirements|competenc(?:ies|es))(?: (?:we need|required|needed))?|(?:knowledge|skills),? (?:skills )?(?:and|&) abilities|what we need(?: from you)?|we(?:'re| are) looking for(?: someone who.*)?|to be successful(?: in this role)?.*|you(?:'ll| will) (?:need|have)|you should|who you(?:'ll| will)? be|вимоги|обов'язково|обов'язкові вимоги|що (?:ми )?очікуємо|требования|обязательно|что мы ожидаем|requisiti(?: richiesti)?|competenze(?: richieste| tecniche)?|profilo(?: ricercato)?|応募資格|必須(?:スキル|条件|要件)?.*|求める人物像|requisitos|perfil)$/,
  ],
  [
    'tech',
    // The company's stack under any of its names: "THE STACK", "Our Core tech stack", "Our tech stack we use",
    // "The technical stack", "Tech we use". Not a stack asked of the candidate ("Required stack:", "Tech
    // stack you should know"), which is read as a lead-in.
    /^(?:(?:our |the )?(?:(?:core|main|current|key|full|own|modern)\s+)?(?:(?:tech(?:nology|nical)?|software|engineering|development)[ -]?)?stacks?(?: (?:we use|we work with|used|in use))?|(?:our |the )?(?:technologies(?: (?:we use|used))?|tools(?: we use)?|tech)|(?:technologies|tech|tools) we (?:use|work with)|(?:core |main |key )?technolog(?:y|ies) (?:we use|used|we work with)(?: in .*)?|(?:our |the )?tech(?:nology|nical)? (?:environment|landscape)|what we (?:use|work with)|(?:our |the )?(?:tools|languages|frameworks) (?:and|&) (?:technologies|tools|frameworks)|unser (?:tech[- ]?)?stack|technologien|notre stack|stack technique|environnement technique|стек(?: технологій| технологий)?|технології|технологии)$/,
  ],
  [
    'responsibilities',
    /^(?:(?:your |key |main |the |job |role )?(?:responsibilities|duties|tasks|mission|role)|what you(?:'ll| will) (?:do|be doing|work on)|in this role(?: you will)?|day[- ]to[- ]day|(?:ihre|deine) (?:aufgaben|rolle|mission)|aufgaben|dein job|vos missions|missions|vos responsabilités|responsabilités|le poste|your impact|(?:as an? .*|in this role|in this position)?,? ?you(?:'ll| will)(?: be)?(?: \w+ing| work)?(?: on)?|what (?:you(?:'ll| will)|we(?:'ll| will)) (?:be )?(?:do|doing|work(?:ing)? on|own|achieve)|задачі|завдання|обов'язки|що (?:потрібно )?робити|задачи|обязанности|чем (?:предстоит )?заниматься|mansioni|responsabilità|attività|仕事内容|業務内容|responsabilidades|funciones)$/,
  ],
  [
    'benefits',
    /^(?:(?:our )?benefits|perks(?: (?:and|&) benefits)?|benefits (?:and|&) perks|what we offer|we offer|our offer|why join us|why (?:us|work with us)|compensation|salary|wir bieten|was wir (?:dir |ihnen )?bieten|unser angebot|(?:deine |ihre )?benefits|avantages|ce que nous (?:offrons|proposons)|nous offrons|nous proposons|(?:job |employee |our |the )?benefits(?: (?:and|&) (?:perks|compensation))?|compensation (?:and|&) benefits|what'?s in it for you|(?:this and more|what) (?:is awaiting|awaits) you|what you can expect(?: from us)?|what we can offer(?: you)?|what you(?:'ll| will) get|why you(?:'ll| will) love (?:working )?(?:here|with us|it here)|ми пропонуємо|що ми пропонуємо|пропонуємо|мы предлагаем|что мы предлагаем|offriamo|cosa offriamo|待遇.*|福利厚生.*|ofrecemos)$/,
  ],
  ['industry', /^(?:industry|industries|sector|branche|industrie|secteur(?: d'activité)?)$/],
  [
    'other',
    /^(?:about the (?:job|role|position)|job description|description|the position|position|location|where we work|what we value|how to apply|(?:interview|application|hiring) process|equal opportunit.*|contact|what we'?re working on.*|why this role|overview|summary|the opportunity|einsatzort|standort|lieu|localisation)$/,
  ],
  [
    'about',
    /^(?:about (?:us|the company|the team|[\p{L}\p{N}&. -]{2,30})|who we are|our (?:company|story|team|mission)|the company|company(?: description)?|über uns|wer wir sind|qui sommes[- ]nous|à propos(?: de nous)?|l'entreprise)$/u,
  ],
];

function normaliseHeading(raw: string): string {
  return (
    raw
      .replace(/[*_#•]+/g, ' ')
      .replace(/[’]/g, "'")
      // Bullets and brackets around a heading: "⌲ You are the ideal candidate if:", "【必須】".
      .replace(/^[^\p{L}\p{N}]+/u, '')
      .replace(/[\s:.!?…】」\]）]+$/u, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
  );
}

/** The kind of section a heading opens, or null when `raw` is not a heading the reader knows. */
export function classifyHeading(raw: string): SectionKind | null {
  const heading = normaliseHeading(raw);
  if (heading === '' || heading.length > 60) return null;
  for (const [kind, pattern] of HEADINGS) if (pattern.test(heading)) return kind;
  return null;
}

// A lead-in line that ends with a colon and asks for what follows: "experience with a tool in each of the
// following domains is advantageous:", "you'll be expected to have substantial knowledge of:".
const LEAD_IN_ASK =
  /(?:\b(?:experience|knowledge|skills?|proficiency|familiarity|expertise|understanding|background|expected to have|need to have|should have|must have)(?: (?:of|in|with|for|using|the following))?|\b(?:comfortable|familiar|proficient|fluent|confident|skilled|experienced|at home) (?:with|in|at|using))\s*:$/i;
const LIST_KINDS = new Set<SectionKind>(['responsibilities', 'required', 'preferred']);
// An inline label that qualifies only its own line inside a list: "Nice to have: RabbitMQ", "Advantage: AWS".
const ONE_LINE_KINDS = new Set<SectionKind>(['preferred', 'tech']);

/** The kind a lead-in line ending in a colon opens ("… is a plus:", "… knowledge of:"), or null. */
export function classifyLeadIn(line: string): SectionKind | null {
  const trimmed = line.trim();
  if (!trimmed.endsWith(':') || trimmed.length > 240) return null;
  const stated = readClauseImportance(trimmed);
  if (stated === 'preferred') return 'preferred';
  if (stated === 'required' || LEAD_IN_ASK.test(trimmed)) return 'required';
  return null;
}

/**
 * Sections by heading: a heading is a line of its own (with or without a colon, bold or not) or the label
 * before a colon that opens a line ("Technologies we use: PHP, ..."). Unknown short lines ending in a colon
 * open an "other" section; a longer lead-in line ending in a colon that states what it asks ("… is a plus:")
 * opens a section of that kind. Inside a list, an inline "Nice to have: X" qualifies its own line only.
 */
export function findSections(text: string, lines: TextSpan[] = splitLines(text)): Section[] {
  const sections: Section[] = [];
  let current: Section = { kind: 'none', heading: null, start: 0, end: text.length };
  sections.push(current);
  let resume: Section | null = null;
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    const trimmed = content.trim();
    if (trimmed === '') continue;
    if (resume !== null) {
      // The line after a one-line aside goes back to the list it interrupted.
      current.end = line.start;
      // No heading: the line is not a heading line, and its skills count.
      current = { kind: resume.kind, heading: null, start: line.start, end: text.length };
      sections.push(current);
      resume = null;
    }
    let kind = trimmed.length <= 70 ? classifyHeading(trimmed) : null;
    let heading = trimmed;
    const inList = LIST_KINDS.has(current.kind);
    let leadIn = false;
    if (kind === null) {
      const colon = trimmed.indexOf(':');
      if (colon > 1 && colon <= 60) {
        const label = trimmed.slice(0, colon);
        kind = classifyHeading(label);
        heading = label;
        const inline = colon < trimmed.length - 1;
        if (kind !== null && inline && inList && ONE_LINE_KINDS.has(kind) && kind !== current.kind)
          resume = current;
        // An unknown label line ("What we value:") closes a section, but not inside a list of duties or
        // requirements, where such lines are sub-headings ("Lay the AI foundations:").
        if (kind === null && !inline) {
          kind = classifyLeadIn(trimmed);
          leadIn = kind !== null;
        }
        if (kind === null && !inList && !inline && label.split(/\s+/).length <= 6) kind = 'other';
      }
    }
    if (kind === null) {
      kind = classifyLeadIn(trimmed);
      leadIn = true;
    }
    if (kind === null) continue;
    current.end = line.start;
    current = {
      kind,
      // A lead-in line is a sentence, not a heading: the skills it names count.
      heading: leadIn ? null : heading.replace(/[:*_#]+/g, '').trim(),
      start: line.start,
      end: text.length,
    };
    sections.push(current);
  }
  return sections.filter((section) => section.end > section.start || section.kind !== 'none');
}
