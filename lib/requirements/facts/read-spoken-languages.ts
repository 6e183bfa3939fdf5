import { clauseAround, isAboutCandidate, PREFERRED_CUE, quote } from './fact-cues';
import type { FactSentence } from './fact-sentences';

export interface SpokenLanguage {
  language: string;
  importance: 'required' | 'preferred';
}

// Names of languages as postings write them, in English, German, French, Italian, Spanish, Ukrainian/Russian
// and Japanese; each maps to the English name.
const NAMES: [string, RegExp][] = [
  ['English', /\benglish\b|\benglisch\w*|\banglais\b|\binglese\b|\binglés\b|англ[а-яіїєґё]*|英語/i],
  [
    'German',
    /\bgerman\b|\bdeutsch(?:kenntnisse|e|en)?\b|\ballemand\b|\btedesco\b|\balemán\b|німецьк[а-яіїєґё]*|немецк[а-яіїєґё]*|ドイツ語/i,
  ],
  [
    'French',
    /\bfrench\b|\bfranzösisch\w*|\bfrançais\b|\bfrancese\b|\bfrancés\b|французьк[а-яіїєґё]*|французск[а-яіїєґё]*|フランス語/i,
  ],
  [
    'Spanish',
    /\bspanish\b|\bspanisch\w*|\bespagnol\b|\bspagnolo\b|\bespañol\b|іспанськ[а-яіїєґё]*|испанск[а-яіїєґё]*|スペイン語/i,
  ],
  [
    'Italian',
    /\bitalian\b|\bitalienisch\w*|\bitalien\b|\bitaliano\b|\bitaliana\b|італійськ[а-яіїєґё]*|итальянск[а-яіїєґё]*|イタリア語/i,
  ],
  ['Portuguese', /\bportuguese\b|\bportugiesisch\w*|\bportugais\b|\bportoghese\b|ポルトガル語/i],
  ['Dutch', /\bdutch\b|\bniederländisch\w*|\bnéerlandais\b|\bolandese\b|オランダ語/i],
  ['Russian', /\brussian\b|\brussisch\w*|\brusse\b|\brusso\b|російськ[а-яіїєґё]*|русск[а-яіїєґё]*|ロシア語/i],
  ['Ukrainian', /\bukrainian\b|\bukrainisch\w*|\bukrainien\b|українськ[а-яіїєґё]*|украинск[а-яіїєґё]*/i],
  [
    'Polish',
    /\bpolish\b(?! (?:your|the|our|and))|\bpolnisch\w*|\bpolonais\b|\bpolacco\b|польськ[а-яіїєґё]*|польск[а-яіїєґё]*/i,
  ],
  ['Arabic', /\barabic\b|\barabisch\w*|\barabe\b|\barabo\b|アラビア語/i],
  ['Chinese', /\bchinese\b|\bmandarin\b|\bcantonese\b|\bchinesisch\w*|\bchinois\b|\bcinese\b|中国語|中文/i],
  ['Japanese', /\bjapanese\b|\bjapanisch\w*|\bjaponais\b|\bgiapponese\b|日本語/i],
  ['Korean', /\bkorean\b|\bkoreanisch\w*|\bcoréen\b|韓国語/i],
  ['Hindi', /\bhindi\b/i],
  ['Turkish', /\bturkish\b|\btürkisch\w*|\bturc\b/i],
  ['Swedish', /\bswedish\b|\bschwedisch\w*|\bsuédois\b/i],
  ['Danish', /\bdanish\b|\bdänisch\w*|\bdanois\b/i],
  ['Norwegian', /\bnorwegian\b|\bnorwegisch\w*|\bnorvégien\b/i],
  ['Finnish', /\bfinnish\b|\bfinnisch\w*|\bfinnois\b/i],
  ['Czech', /\bczech\b|\btschechisch\w*|\btchèque\b/i],
  ['Hebrew', /\bhebrew\b|\bhebräisch\w*|\bhébreu\b/i],
  ['Greek', /\bgreek\b|\bgriechisch\w*|\bgrec\b/i],
  ['Romanian', /\bromanian\b|\brumänisch\w*|\broumain\b/i],
  ['Hungarian', /\bhungarian\b|\bungarisch\w*|\bhongrois\b/i],
];

const ANY_NAME = new RegExp(NAMES.map(([, p]) => p.source).join('|'), 'i');

// The sentence asks the candidate to speak or write it: fluency, a level, "-speaking", "skills in", a form's
// "level of X proficiency".
const SPEAKING_CUE =
  /\b(?:fluen\w*|speak\w*|spoken|written|verbal|proficien\w*|native|mother tongue|bilingual|language|level|command of|knowledge of|communicat\w*|skills|[ABC][12])\b|-speaking\b|sprach\w*|kenntnisse|fließend|verhandlungssicher|muttersprach\w*|courant|maîtrise|niveau|parlé|écrit|langue|bilingue|conoscenza|lingua|fluente|livello|parlat[oa]|scritt[oa]|мов[а-яіїєґё]*|язык[а-яіїєґё]*|рів[а-яіїєґё]*|уров[а-яіїєґё]*|знан[а-яіїєґё]*|コミュニケーション|話せ|ビジネスレベル|会話|読み書き/i;
// Language classes as a perk, or a language the company works in for its customers, are not asked of you.
const NOT_ASKED =
  /\b(?:classes|courses?|lessons|lectures|tutoring|learning|sprachkurs\w*|cours de|corsi di|translation of|translated into|subtitles?)\b/i;
// Words in a language's name that name something else: "English breakfast", "French fries", "German engineering".
const OTHER_SENSE = /^\s*(?:breakfast|fries|toast|engineering|shepherd|roulette|polish(?:ed|ing)?)\b/i;

/**
 * Spoken languages asked of the candidate, each required or preferred ("a plus", "an advantage"), read from
 * sentences about the candidate that say something about speaking, writing or a level. A language implied only
 * by the posting's own language is not listed.
 */
export function readSpokenLanguages(sentences: readonly FactSentence[]): {
  languages: SpokenLanguage[];
  evidence: string | null;
} {
  const found = new Map<string, SpokenLanguage>();
  let evidence: string | null = null;
  for (const sentence of sentences) {
    if (!isAboutCandidate(sentence) && !(sentence.section === 'about' && !sentence.companyVoice)) continue;
    const text = sentence.text;
    if (!ANY_NAME.test(text) || !SPEAKING_CUE.test(text) || NOT_ASKED.test(text)) continue;
    const named: { language: string; at: number; end: number }[] = [];
    for (const [language, pattern] of NAMES) {
      const m = pattern.exec(text);
      if (m && !OTHER_SENSE.test(text.slice(m.index + m[0].length)))
        named.push({ language, at: m.index, end: m.index + m[0].length });
    }
    for (const { language, at, end } of named.sort((a, b) => a.at - b.at)) {
      const importance = PREFERRED_CUE.test(clauseAround(text, at, end)) ? 'preferred' : 'required';
      const known = found.get(language);
      if (!known) found.set(language, { language, importance });
      else if (importance === 'required') known.importance = 'required';
      evidence ??= quote(sentence, at);
    }
  }
  return { languages: [...found.values()], evidence };
}
