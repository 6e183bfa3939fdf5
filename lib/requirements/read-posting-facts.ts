const SENIORITY: [string, RegExp][] = [
  [
    'intern',
    /\b(?:intern|internship|werkstudent(?:in)?|praktikum|praktikant(?:in)?|stagiaire|stage|alternance|apprentice)\b/i,
  ],
  ['principal', /\b(?:principal|distinguished)\b/i],
  ['head', /\b(?:head of|director|vp of|leiter(?:in)?)\b/i],
  ['staff', /\bstaff (?:engineer|developer|software)/i],
  ['lead', /\b(?:lead|tech lead|team lead|teamleiter(?:in)?|chef de projet)\b/i],
  ['senior', /\b(?:senior|sr\.?|confirmé(?:e)?|expérimenté(?:e)?)\b/i],
  ['mid', /\b(?:mid[- ]?level|intermediate|medior|mid[- ]senior)\b/i],
  ['junior', /\b(?:junior|jr\.?|entry[- ]level|graduate|débutant(?:e)?|berufseinsteiger(?:in)?)\b/i],
];

/** Seniority from the title first, then the text's first lines. */
export function readSeniority(title: string | null, text: string): string | null {
  for (const source of [title ?? '', text.slice(0, 400)]) {
    for (const [level, pattern] of SENIORITY) if (pattern.test(source)) return level;
  }
  return null;
}

const DEGREES: [string, RegExp][] = [
  ['PhD', /\b(?:Ph\.?\s?D\.?|doctorate|doctoral degree|Promotion|doctorat)\b/i],
  ["Master's", /\b(?:master'?s(?: degree)?|M\.?\s?Sc\.?|MBA|M\.?\s?Eng|Bac\s*\+\s*5|diplôme d'ingénieur)\b/i],
  [
    "Bachelor's",
    /\b(?:bachelor'?s?(?: degree)?|B\.?\s?Sc\.?|B\.?\s?Eng|B\.?\s?Tech|Bac\s*\+\s*3)\b|\bB\.?S\.? in\b/i,
  ],
  [
    'Degree',
    /\b(?:(?:university|college|academic) degree|degree in|Studium|Hochschulabschluss|abgeschlossenes? (?:Studium|Ausbildung)|diplôme|licence en)\b/i,
  ],
];

/** The degree a posting asks for, as a label ("Bachelor's", "Master's", "PhD", "Degree"), or null. */
export function readDegree(text: string): string | null {
  let found: string | null = null;
  let at = Infinity;
  for (const [label, pattern] of DEGREES) {
    const match = pattern.exec(text);
    if (match && match.index < at) {
      found = label;
      at = match.index;
    }
  }
  return found;
}

/** Remote (true), on site (false), or null (hybrid or not said). */
export function readRemote(text: string): boolean | null {
  const remote =
    /\b(?:fully remote|100\s?% remote|remote[- ]first|remote[- ]friendly|remote(?: work| role| position| within| from| in)?|work from home|wfh|home ?office|télétravail|mobiles arbeiten)\b/i;
  const onSite =
    /\b(?:on[- ]?site only|in[- ]office only|no remote|not remote|vor ort|en présentiel|100\s?% on[- ]?site)\b/i;
  if (onSite.test(text)) return false;
  if (/\bhybrid\b/i.test(text) && !/\b(?:fully remote|remote[- ]first|100\s?% remote)\b/i.test(text))
    return null;
  return remote.test(text) ? true : null;
}

/** A short location from a "Location:" line or "based in X". */
export function readLocation(text: string): string | null {
  const line = /^(?:location|standort|einsatzort|lieu|localisation)\s*:\s*(.+)$/im.exec(text);
  const value = line?.[1]?.trim();
  if (value && value.length <= 50) return value.replace(/[.;]$/, '');
  const based = /\bbased in ((?:[A-ZÀ-Ý][\p{L}-]+)(?:,? (?:[A-ZÀ-Ý][\p{L}-]+))*)/u.exec(value ?? text);
  return based?.[1] ?? null;
}

/** A company named in the text ("At InterNations you will", "at Snapfix headquarters"), or null. */
export function readCompany(text: string): string | null {
  const patterns = [
    /\bAt ([A-Z][\p{L}\p{N}&.-]+(?: [A-Z][\p{L}\p{N}&.-]+)?),? (?:you|we)\b/u,
    /\bat ([A-Z][\p{L}\p{N}&.-]+) (?:headquarters|HQ|offices?)\b/u,
    /\b(?:Join|join) ([A-Z][\p{L}\p{N}&.-]+)(?:[ ,.!]|$)/u,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match?.[1]) return match[1];
  }
  return null;
}
