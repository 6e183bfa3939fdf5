import { splitLines } from '@/lib/text/split-lines';
import { findSections, type Section, type SectionKind } from '../find-sections';
import { detectLanguage, type TextLanguage } from './detect-language';

/** One sentence of a posting, with what the fact readers need to know about it. */
export interface FactSentence {
  start: number;
  end: number;
  text: string;
  section: SectionKind;
  /** The sentence's language (worked out on first use: most sentences never need it). */
  readonly language: TextLanguage;
  /** Said by the company about itself, its customers or its staff (not about the candidate or the job). */
  readonly companyVoice: boolean;
}

// Language and voice are worked out on first use: most sentences carry no fact and never need them.
class Sentence implements FactSentence {
  #language: TextLanguage | null = null;
  #companyVoice: boolean | null;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly section: SectionKind,
    companyVoice: boolean | null,
    private readonly documentLanguage: TextLanguage,
  ) {
    this.#companyVoice = companyVoice;
  }
  get language(): TextLanguage {
    this.#language ??= detectLanguage(this.text, this.documentLanguage);
    return this.#language;
  }
  get companyVoice(): boolean {
    this.#companyVoice ??= isCompanyVoice(this.text, this.section);
    return this.#companyVoice;
  }
}

/** A sentence for tests and callers that know its language. */
export function factSentence(
  text: string,
  options: { section?: SectionKind; language?: TextLanguage; companyVoice?: boolean; start?: number } = {},
): FactSentence {
  const section = options.section ?? 'none';
  const start = options.start ?? 0;
  return new Sentence(
    start,
    start + text.length,
    text,
    section,
    options.companyVoice ?? null,
    options.language ?? detectLanguage(text, 'en'),
  );
}

const COMPANY_START =
  /^(?:[•*·‣▪-]\s*)?(?:we\b|we'(?:re|ve|ll)\b|we’(?:re|ve|ll)\b|our\b|<organization>|the company\b|this company\b|founded\b|since \d{4}|wir\b|unser\w*\b|nous\b|notre\b|nos\b|noi\b|la nostra\b|il nostro\b)/i;
const ADDRESSES_CANDIDATE =
  /\b(?:you|your|you'(?:ll|re|ve)|you’(?:ll|re|ve)|candidates?|applicants?|the (?:role|position|job)|this (?:role|position|job)|du|dein\w*|vous|votre|tu|ti|sei|candidat\w*)\b/i;
// "e.g. ", "i.e. ", "Sr. ", "approx. ": full stops that do not end a sentence.
const NOT_AN_END =
  /(?:\be\.g|\bi\.e|\betc|\bsr|\bjr|\bdr|\bapprox|\bca|\bincl|\bmin|\bmax|\bno|\bvs|\bz\.b|\bu\.a|\bd\.h)\.$/i;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 160 || code === 0x3000 || (code >= 10 && code <= 13);
}

function isCompanyVoice(sentence: string, section: SectionKind): boolean {
  if (section === 'about') return !ADDRESSES_CANDIDATE.test(sentence);
  return COMPANY_START.test(sentence.trim()) && !ADDRESSES_CANDIDATE.test(sentence);
}

/** The posting's sentences: each line, cut after ". ", "! ", "? ", "。" and at " . " (tokenised text). */
export function splitFactSentences(text: string, sections: Section[] = findSections(text)): FactSentence[] {
  const documentLanguage = detectLanguage(text, 'en');
  const sentences: FactSentence[] = [];
  let sectionIndex = 0;
  const push = (start: number, end: number) => {
    // A run-on "sentence" (a page without full stops) is read in pieces of at most 600 characters, cut at a
    // space, so every reader stays linear in the text.
    while (end - start > 600) {
      let cut = text.lastIndexOf(' ', start + 600);
      if (cut <= start) cut = start + 600;
      pushOne(start, cut);
      start = cut;
    }
    pushOne(start, end);
  };
  const pushOne = (start: number, end: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end <= start) return;
    while (sectionIndex + 1 < sections.length && (sections[sectionIndex + 1]?.start ?? Infinity) <= start)
      sectionIndex++;
    const section =
      sections[sectionIndex]?.start !== undefined && sections[sectionIndex]!.start <= start
        ? sections[sectionIndex]!.kind
        : 'none';
    const sentence = text.slice(start, end);
    sentences.push(new Sentence(start, end, sentence, section, null, documentLanguage));
  };
  for (const line of splitLines(text)) {
    let from = line.start;
    for (let i = line.start; i < line.end; i++) {
      const c = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      const ends =
        c === 0x3002 || // 。
        c === 0xff01 || // ！
        c === 0xff1f || // ？
        ((c === 46 || c === 33 || c === 63) &&
          (next === 32 || next === 9) &&
          i > from &&
          !NOT_AN_END.test(text.slice(Math.max(from, i - 7), i + 1)));
      if (ends) {
        push(from, i + 1);
        from = i + 1;
      }
    }
    push(from, line.end);
  }
  return sentences;
}
