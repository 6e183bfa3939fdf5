// A cheap guess at the language of a sentence or a document, enough to keep one language's words out of
// another's text ("Promotion" is a doctorate only in German, "stage" an internship only in French).
// Writing system first (Cyrillic, Japanese, Chinese, Arabic...), then counts of common short words.

export type TextLanguage =
  'en' | 'de' | 'fr' | 'it' | 'es' | 'nl' | 'cyrillic' | 'ja' | 'zh' | 'ar' | 'other';

const STOPWORDS: Record<'en' | 'de' | 'fr' | 'it' | 'es' | 'nl', ReadonlySet<string>> = {
  en: new Set(
    'the and you your of to with in for is are we our will be on as an a at or this that have has from by can who'.split(
      ' ',
    ),
  ),
  de: new Set(
    'und der die das mit für sie wir du ist ein eine einen oder von zu bei auf dich dein deine ihre unser unsere im den dem des sind wird nicht auch als'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le la les et des vous nous avec pour une un est du de en au aux sur dans votre notre vos nos sont qui que être'.split(
      ' ',
    ),
  ),
  it: new Set(
    'il lo la gli le di e che per con una un del della dei delle nel nella sono è ai al alla sul essere nostro nostra'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el la los las y para con una un en del que es por su tu nuestro nuestra sus como se al más'.split(' '),
  ),
  nl: new Set('de het een en van met voor je jij wij ons onze zijn is op te bij als niet ook'.split(' ')),
};

type WordLanguage = keyof typeof STOPWORDS;

// Each common word's languages ("de", "la", "in" are common in several), so a word is looked up once.
const LANGUAGES_OF_WORD = new Map<string, WordLanguage[]>();
for (const [language, words] of Object.entries(STOPWORDS) as [WordLanguage, ReadonlySet<string>][]) {
  for (const word of words) {
    const languages = LANGUAGES_OF_WORD.get(word);
    if (languages) languages.push(language);
    else LANGUAGES_OF_WORD.set(word, [language]);
  }
}

/** The language of `text`, or `fallback` when nothing says (a short line of names and numbers). */
export function detectLanguage(text: string, fallback: TextLanguage = 'other'): TextLanguage {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  let kana = 0;
  let han = 0;
  let cyrillic = 0;
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f)) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  if (kana > 0 && kana + han >= latin / 4) return 'ja';
  if (han > latin / 4 && han > 0) return 'zh';
  if (cyrillic > latin / 2 && cyrillic > 0) return 'cyrillic';
  if (arabic > latin / 2 && arabic > 0) return 'ar';
  const counts = { en: 0, de: 0, fr: 0, it: 0, es: 0, nl: 0 };
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const languages = LANGUAGES_OF_WORD.get(word);
    if (languages) for (const language of languages) counts[language]++;
  }
  let best: TextLanguage = fallback;
  let bestCount = 0;
  for (const [language, count] of Object.entries(counts) as [keyof typeof counts, number][]) {
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  // One shared word ("in", "die", "la") is not enough to call a short sentence.
  return bestCount >= 2 ? best : fallback;
}
