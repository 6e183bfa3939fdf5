import type { TextLanguage } from './detect-language';
import { clauseAround, isAboutCandidate, PREFERRED_CUE, quote } from './fact-cues';
import type { FactSentence } from './fact-sentences';

export type DegreeLevel = "Bachelor's" | "Master's" | 'PhD' | 'Degree';

export interface DegreeFact {
  degree: DegreeLevel;
  /** true when the posting requires it, false when it only prefers it ("a plus", "or equivalent experience"). */
  required: boolean;
  evidence: string;
}

const RANK: Record<DegreeLevel, number> = { Degree: 0, "Bachelor's": 1, "Master's": 2, PhD: 3 };
type Languages = readonly TextLanguage[] | 'any';

// Each term counts only in text of the languages given: "Promotion" is a doctorate in German text only,
// "licence" a degree in French text only, "laurea" in Italian text only.
const TERM_LIST: [DegreeLevel, RegExp, Languages][] = [
  ['PhD', /\bPh\.?\s?D\b\.?|\bD\.?Phil\b/i, 'any'],
  ['PhD', /\bdoctora(?:te|l degree)\b/i, ['en']],
  ['PhD', /\b(?:Promotion|promoviert\w*|Doktor(?:arbeit|grad|titel)?)\b/, ['de']],
  ['PhD', /\bdoctorat\b/i, ['fr']],
  ['PhD', /\bdottorato\b/i, ['it']],
  [
    "Master's",
    /\bmaster[’']?s?(?:[’'] | )degree\b|\bmaster[’']s\b|\bM\.?\s?Sc\b\.?|\bM\.S\.|\bMBA\b|\bM\.?\s?Eng\b\.?|\bMaster of (?:Science|Arts|Engineering|Business)\b/i,
    'any',
  ],
  ["Master's", /\bMaster(?:abschluss|studium)\b|\bMaster-(?:Abschluss|Studium)\b/i, ['de']],
  ["Master's", /\bBac\s?\+\s?5\b|\bdiplôme d['’]ingénieur\b|\bmaster\b/i, ['fr']],
  ["Master's", /\blaurea (?:magistrale|specialistica)\b/i, ['it']],
  [
    "Bachelor's",
    /\bbachelor[’']?s?\b(?!\s+(?:party|pad))|\bB\.?\s?Sc\b\.?|\bB\.S\.|\bB\.?\s?Eng\b\.?|\bB\.?\s?Tech\b\.?|\bB\.A\.|\bBachelor of (?:Science|Arts|Engineering)\b/i,
    'any',
  ],
  ["Bachelor's", /\bBac\s?\+\s?3\b|\blicence\b/i, ['fr']],
  ["Bachelor's", /\blaurea triennale\b/i, ['it']],
  [
    'Degree',
    /\b(?:(?:university|college|academic|technical|engineering|undergraduate|graduate|relevant|related|4-year|four-year)\s+)?degree\b(?! of\b)|\b(?:university|college) (?:education|studies)\b|\bgraduated? (?:in|from)\b/i,
    ['en'],
  ],
  [
    'Degree',
    /\b(?:Studium|Hochschulabschluss|Hochschulstudium|Universitätsabschluss|Diplom|Studienabschluss)\b/i,
    ['de'],
  ],
  ['Degree', /\bdiplôme (?:universitaire|d['’]études supérieures|de niveau)|\bétudes supérieures\b/i, ['fr']],
  ['Degree', /\blaurea\b/i, ['it']],
  ['Degree', /\bвища освіта\b|\bвысшее образование\b/i, ['cyrillic']],
  ['Degree', /大卒|大学卒業|学士/, ['ja']],
];

const TERMS = TERM_LIST.map(
  ([level, pattern, languages]) =>
    [level, new RegExp(pattern.source, `${pattern.flags}g`), languages] as const,
);
// A cheap first test: most sentences name no education at all and are passed over with it.
const MAYBE_TERM =
  /degree|bachelor|master|ph\.?\s?d|phil|b\.?\s?sc|m\.?\s?sc|b\.s\.|m\.s\.|b\.a\.|mba|eng\b|tech\b|doctor|promotion|promoviert|studi|abschluss|diplom|licence|bac\s?\+|laurea|dottorato|ingénieur|graduat|universit|college|освіт|образован|大卒|大学|学士/i;

// "a high degree of", "360 degree", "to some degree": not education.
const NOT_EDUCATION =
  /\b(?:high|higher|some|certain|great|large|varying|\d+)\s*-?\s*degrees?\b|\bdegree of\b|°/i;
const NO_DEGREE =
  /\b(?:no|without(?: a)?|not (?:need|require)\w* (?:a )?)\s+(?:\w+\s+){0,2}degrees?\b|\bdegrees?\b.{0,30}\b(?:not (?:required|necessary|needed|a must)|optional)\b|学歴不問|kein(?:en)? (?:Studium|Abschluss)/i;
const EQUIVALENT_EXPERIENCE =
  /\bor (?:an? )?(?:equivalent|comparable|similar|relevant) (?:\w+ ){0,3}(?:experience|qualification|combination)|\bor equivalent\b|equivalent (?:practical |professional |work )?experience|oder (?:eine )?vergleichbare|ou équivalent|o equivalente/i;
const ALTERNATIVE_PATH =
  /\b(?:or|oder|ou|o)\b[^;]{0,40}\b(?:with|mit|avec|con) (?:an? |einem |einen |un |une )?(?:\w+ )?$/i;
// A degree asked only as an alternative to something listed first ("BSc/MSc", "Master's or PhD"): the lowest counts.

/** Terms of one sentence: level and offset, for the terms that count in its language. */
function findTerms(sentence: FactSentence): { level: DegreeLevel; at: number; end: number }[] {
  const found: { level: DegreeLevel; at: number; end: number }[] = [];
  if (!MAYBE_TERM.test(sentence.text)) return found;
  for (const [level, global, languages] of TERMS) {
    if (languages !== 'any' && !languages.includes(sentence.language)) continue;
    global.lastIndex = 0;
    for (let m = global.exec(sentence.text); m !== null; m = global.exec(sentence.text)) {
      if (m[0] === '') {
        global.lastIndex++;
        continue;
      }
      const at = m.index;
      const end = at + m[0].length;
      if (level === 'Degree' && NOT_EDUCATION.test(sentence.text.slice(Math.max(0, at - 12), end + 4)))
        continue;
      // The generic word inside a named level ("Bachelor's degree") is that level's.
      if (found.some((f) => f.at < end && f.end > at)) continue;
      found.push({ level, at, end });
    }
  }
  return found;
}

/**
 * The degree a posting asks of the candidate: the lowest level it requires (or, if it requires none, the lowest
 * it prefers), read only from sentences about the candidate. "Bachelor's required, Master's preferred" gives
 * Bachelor's, required; "or equivalent experience" makes a degree preferred. Null when none is asked.
 */
export function readDegree(sentences: readonly FactSentence[]): DegreeFact | null {
  let best: { level: DegreeLevel; required: boolean; sentence: FactSentence; at: number } | null = null;
  for (const sentence of sentences) {
    if (!isAboutCandidate(sentence)) continue;
    const terms = findTerms(sentence);
    if (terms.length === 0 || NO_DEGREE.test(sentence.text)) continue;
    const equivalent = EQUIVALENT_EXPERIENCE.test(sentence.text);
    for (const term of terms) {
      const clause = clauseAround(sentence.text, term.at, term.end);
      // "5 years, or 3 with a Master's": the degree is one way to qualify, not a requirement.
      const alternative = ALTERNATIVE_PATH.test(sentence.text.slice(Math.max(0, term.at - 60), term.at));
      const required =
        !equivalent &&
        !alternative &&
        !PREFERRED_CUE.test(clause) &&
        !(terms.length === 1 && PREFERRED_CUE.test(sentence.text));
      const better =
        best === null ||
        (required && !best.required) ||
        (required === best.required &&
          // A named level beats the generic word; between named levels the lowest wins.
          (best.level === 'Degree'
            ? term.level !== 'Degree'
            : term.level !== 'Degree' && RANK[term.level] < RANK[best.level]));
      if (better) best = { level: term.level, required, sentence, at: term.at };
    }
  }
  if (best === null) return null;
  return { degree: best.level, required: best.required, evidence: quote(best.sentence, best.at) };
}
