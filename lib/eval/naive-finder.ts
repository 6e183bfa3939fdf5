import { WORD_CHAR } from '@/lib/skills/char-tables';

/**
 * The baseline the benchmark beats: one case-insensitive word-boundary RegExp per alias, run over the whole
 * text, the way most extensions find skills. Compiled once, outside the timing.
 */
export function buildNaiveFinder(forms: readonly string[]): (text: string) => number {
  const patterns = forms.map(
    (form) => new RegExp(`\\b${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi'),
  );
  return (text: string) => {
    let found = 0;
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      while (pattern.exec(text) !== null) found++;
    }
    return found;
  };
}

/**
 * The floor: one bare pass over the text that classifies each character as word or not (one table read)
 * and counts the words: the least any word-level finder must do, with no hashing, lookup or output.
 */
export function bareSinglePass(text: string): number {
  const word = WORD_CHAR;
  let words = 0;
  let inWord = 0;
  for (let i = 0; i < text.length; i++) {
    const isWord = word[text.charCodeAt(i)] as number;
    words += isWord & (inWord ^ 1);
    inWord = isWord;
  }
  return words;
}
