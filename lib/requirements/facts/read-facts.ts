import type { Section } from '../find-sections';
import { splitFactSentences, type FactSentence } from './fact-sentences';
import { quote } from './fact-cues';
import { readDegree, type DegreeLevel } from './read-degree';
import { readSalary, withAnnual, type SalaryFact } from './read-salary';
import { readSeniority, type Seniority } from './read-seniority';
import { readSpokenLanguages, type SpokenLanguage } from './read-spoken-languages';
import { readWorkAuthorization, type VisaSponsorship, type WorkCondition } from './read-work-authorization';
import { readWorkplace, type Workplace } from './read-workplace';

/** The facts about the candidate and the job, each with the sentence it was read from in `evidence`. */
export interface PostingFacts {
  seniority: Seniority | null;
  degree: DegreeLevel | null;
  degreeRequired: boolean | null;
  spokenLanguages: string[];
  languageRequirements: SpokenLanguage[];
  workplace: Workplace | null;
  visaSponsorship: VisaSponsorship | null;
  workConditions: { kind: WorkCondition; evidence: string }[];
  salary: SalaryFact | null;
  evidence: Partial<Record<FactKey, string>>;
}

export type FactKey =
  'minYears' | 'seniority' | 'degree' | 'spokenLanguages' | 'workplace' | 'visaSponsorship' | 'salary';

export interface FactInputs {
  title: string | null;
  sections: Section[];
  /** The overall years and where the phrase starts, read by the requirement reader. */
  minYears: { years: number; at: number } | null;
  /** A structured salary the page gave (JSON-LD baseSalary), preferred over one read from the text. */
  salary?: Omit<SalaryFact, 'annual'> | null;
}

function sentenceAt(sentences: readonly FactSentence[], offset: number): FactSentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  let found: FactSentence | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid]!;
    if (s.start <= offset) {
      found = s;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Every fact of a posting's text. */
export function readFacts(text: string, inputs: FactInputs): PostingFacts {
  const sentences = splitFactSentences(text, inputs.sections);
  const evidence: PostingFacts['evidence'] = {};
  let years: { years: number; evidence: string } | null = null;
  if (inputs.minYears) {
    const sentence = sentenceAt(sentences, inputs.minYears.at);
    const said = sentence ? quote(sentence, inputs.minYears.at - sentence.start) : '';
    years = { years: inputs.minYears.years, evidence: said };
    if (said) evidence.minYears = said;
  }
  const seniority = readSeniority(inputs.title, sentences, years);
  if (seniority) evidence.seniority = seniority.evidence;
  const degree = readDegree(sentences);
  if (degree) evidence.degree = degree.evidence;
  const languages = readSpokenLanguages(sentences);
  if (languages.evidence && languages.languages.length > 0) evidence.spokenLanguages = languages.evidence;
  const workplace = readWorkplace(sentences);
  if (workplace) evidence.workplace = workplace.evidence;
  const authorization = readWorkAuthorization(sentences);
  if (authorization.visaEvidence) evidence.visaSponsorship = authorization.visaEvidence;
  let salary: SalaryFact | null = null;
  if (inputs.salary) {
    salary = withAnnual(inputs.salary);
    evidence.salary =
      salary.source === 'board estimate'
        ? 'The board’s salary estimate in the page’s data'
        : 'The salary in the page’s JobPosting data';
  } else {
    const read = readSalary(sentences);
    if (read) {
      salary = read.salary;
      evidence.salary = read.evidence;
    }
  }
  return {
    seniority: seniority?.seniority ?? null,
    degree: degree?.degree ?? null,
    degreeRequired: degree ? degree.required : null,
    spokenLanguages: languages.languages.map((l) => l.language),
    languageRequirements: languages.languages,
    workplace: workplace?.workplace ?? null,
    visaSponsorship: authorization.visaSponsorship,
    workConditions: authorization.conditions,
    salary,
    evidence,
  };
}
