import { splitLines, type TextSpan } from '@/lib/text/split-lines';

/** What a part of a posting is, by its heading. */
export type SectionKind =
  | 'required' // requirements, qualifications, "what we are looking for", "Ihr Profil", "Profil recherché"
  | 'preferred' // nice to have, bonus, preferred, "Wünschenswert", "Un plus"
  | 'responsibilities'
  | 'about'
  | 'benefits'
  | 'tech' // "technologies we use", "our stack"
  | 'other' // a heading the reader does not weigh ("Location", "What we value")
  | 'none'; // before any heading

export interface Section extends TextSpan {
  kind: SectionKind;
  heading: string | null;
}

const HEADINGS: [SectionKind, RegExp][] = [
  [
    'preferred',
    /^(?:(?:it'?s |would be )?(?:a )?(?:nice[- ]to[- ]haves?|good[- ]to[- ]haves?|bonus(?: points?)?|pluses|plus(?: points?)?|preferred(?: qualifications| skills| experience| requirements)?|desirable(?: skills)?|desired(?: skills| qualifications)?|extra credit|even better if.*|ideally.*|what would make you stand out|you'?ll stand out if.*|bonus if.*|optional)|wünschenswert|von vorteil|pluspunkte|nice to have|(?:ce )?serait un plus|un plus|les plus|atouts?|souhaité|idéalement.*)$/,
  ],
  [
    'required',
    /^(?:(?:minimum |basic |required |key |must[- ]have |essential |your |our )?(?:requirements?|qualifications?|skills(?: (?:and|&) (?:experience|qualifications?))?|experience(?: (?:and|&) (?:skills|qualifications?))?|profile|skill ?set)|requirements (?:and|&) qualifications|what (?:we'?re|we are) looking for|what we look for|who (?:you are|we'?re looking for|we are looking for)|about you|what you (?:bring|need|have|will need|'?ll need|should have)(?: to succeed)?|you (?:have|bring|should have|are)|must[- ]haves?|(?:the )?ideal candidate|what we expect(?: from you)?|what you need to succeed|essentials?|what it takes|(?:ihr|dein|ihre|deine) (?:profil|qualifikationen?|skills|kenntnisse)|anforderungen|anforderungsprofil|was (?:du|sie) mitbring(?:st|en)|das bring(?:st du|en sie) mit|qualifikationen?|voraussetzungen|was wir (?:erwarten|von dir erwarten)|profil recherché|(?:votre|ton|le) profil|compétences(?: requises| techniques| clés)?|prérequis|exigences|ce que nous recherchons|qui êtes[- ]vous|vous êtes|vous avez)$/,
  ],
  [
    'tech',
    /^(?:(?:our |the )?(?:tech(?:nology)? ?stack|stack|technologies(?: (?:we use|used))?|tools(?: we use)?|tech)|technologies we use|unser (?:tech[- ]?)?stack|technologien|notre stack|stack technique|environnement technique)$/,
  ],
  [
    'responsibilities',
    /^(?:(?:your |key |main |the |job |role )?(?:responsibilities|duties|tasks|mission|role)|what you(?:'ll| will) (?:do|be doing|work on)|in this role(?: you will)?|day[- ]to[- ]day|(?:ihre|deine) (?:aufgaben|rolle|mission)|aufgaben|dein job|vos missions|missions|vos responsabilités|responsabilités|le poste|your impact)$/,
  ],
  [
    'benefits',
    /^(?:(?:our )?benefits|perks(?: (?:and|&) benefits)?|benefits (?:and|&) perks|what we offer|we offer|our offer|why join us|why (?:us|work with us)|compensation|salary|wir bieten|was wir (?:dir |ihnen )?bieten|unser angebot|(?:deine |ihre )?benefits|avantages|ce que nous (?:offrons|proposons)|nous offrons|nous proposons)$/,
  ],
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
  return raw
    .replace(/[*_#•]+/g, ' ')
    .replace(/[’]/g, "'")
    .replace(/[:.!?]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The kind of section a heading opens, or null when `raw` is not a heading the reader knows. */
export function classifyHeading(raw: string): SectionKind | null {
  const heading = normaliseHeading(raw);
  if (heading === '' || heading.length > 60) return null;
  for (const [kind, pattern] of HEADINGS) if (pattern.test(heading)) return kind;
  return null;
}

/**
 * Sections by heading: a heading is a line of its own (with or without a colon, bold or not) or the label
 * before a colon that opens a line ("Technologies we use: PHP, ..."). Unknown short lines ending in a colon
 * open an "other" section.
 */
export function findSections(text: string, lines: TextSpan[] = splitLines(text)): Section[] {
  const sections: Section[] = [];
  let current: Section = { kind: 'none', heading: null, start: 0, end: text.length };
  sections.push(current);
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    const trimmed = content.trim();
    if (trimmed === '') continue;
    let kind = trimmed.length <= 70 ? classifyHeading(trimmed) : null;
    let heading = trimmed;
    if (kind === null) {
      const colon = trimmed.indexOf(':');
      if (colon > 1 && colon <= 60) {
        const label = trimmed.slice(0, colon);
        kind = classifyHeading(label);
        heading = label;
        // An unknown label line ("What we value:") closes a section, but not inside a list of duties or
        // requirements, where such lines are sub-headings ("Lay the AI foundations:").
        const inList =
          current.kind === 'responsibilities' || current.kind === 'required' || current.kind === 'preferred';
        if (kind === null && !inList && colon === trimmed.length - 1 && label.split(/\s+/).length <= 6)
          kind = 'other';
      }
    }
    if (kind === null) continue;
    current.end = line.start;
    current = { kind, heading: heading.replace(/[:*_#]+/g, '').trim(), start: line.start, end: text.length };
    sections.push(current);
  }
  return sections.filter((section) => section.end > section.start || section.kind !== 'none');
}
