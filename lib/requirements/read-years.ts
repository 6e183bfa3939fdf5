const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  ein: 1,
  eins: 1,
  einem: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
};

const YEARS =
  /(?:\b(?:at least|minimum(?: of)?|min\.?|over|more than|mindestens|min\.|au moins|plus de|minimum de|almeno|almeno di|minimo|від|не менее|щонайменше)\s+)?\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|ein|eins|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix)\s*(?:\+|plus)?\s*(?:(?:-|–|to|bis|à)\s*(\d{1,2})\s*\+?\s*)?(?:\(\d{1,2}\)\s*)?(?:(?:years?|yrs?\.?|jahre?n?|ans|années|anni|anno)\b|(?:роки|років|рік|року|лет|года|год)(?![а-яіїєё]))(?!\s+(?:olds?|ago|of age|alt|fa)\b)/gi;

export interface YearsPhrase {
  start: number;
  end: number;
  years: number;
}

/** "5+ years", "3-5 years", "minimum three years", "mindestens 3 Jahre", "2 ans": the lower bound, where plausible. */
export function findYearsPhrases(text: string, from = 0, to = text.length): YearsPhrase[] {
  const phrases: YearsPhrase[] = [];
  const slice = text.slice(from, to);
  YEARS.lastIndex = 0;
  for (let match = YEARS.exec(slice); match !== null; match = YEARS.exec(slice)) {
    const word = (match[1] ?? '').toLowerCase();
    const years = /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? NaN);
    // 0 or 40+ years are not an experience requirement (founding dates, ages, typos).
    if (!Number.isFinite(years) || years < 1 || years > 30) continue;
    phrases.push({ start: from + match.index, end: from + match.index + match[0].length, years });
  }
  return phrases;
}
