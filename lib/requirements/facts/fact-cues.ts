import type { FactSentence } from './fact-sentences';

// Cues shared by the fact readers.

/** "preferred", "a plus", "ideally", "von Vorteil", "un plus", "costituisce un plus", "歓迎"... */
export const PREFERRED_CUE =
  /\b(?:preferred|preferably|preferable|(?:is|are|would be|will be|as) (?:a |an )?(?:big |huge |strong |real )?(?:plus|bonus|advantage)|a plus|nice[- ]to[- ]have|ideally|bonus|desirable|desired|advantageous|an advantage|(?:considered )?(?:as )?an? advantage|would be great|beneficial|wünschenswert|von vorteil|idealerweise|ein plus|un plus|un atout|idéalement|apprécié|souhaité|souhaitée|serait un plus|preferibil\w*|costituisce un plus|gradit[oa]|è un plus)\b|歓迎|尚可|优先|бажано|буде плюсом|будет плюсом|перевагою/i;

/** The clause of `sentence` around `[from, to)` (offsets into the sentence): cut at ; , and "while"/"but". */
export function clauseAround(sentence: string, from: number, to: number): string {
  const cut = /[;,]|\s(?:while|whereas|but|however|aber|mais|ma|mentre)\s/gi;
  let start = 0;
  let end = sentence.length;
  for (let m = cut.exec(sentence); m !== null; m = cut.exec(sentence)) {
    if (m.index + m[0].length <= from) start = m.index + m[0].length;
    else if (m.index >= to) {
      end = m.index;
      break;
    }
  }
  return sentence.slice(start, end);
}

/** A sentence that can carry a fact about the candidate: not the company's account of itself, nor its perks. */
export function isAboutCandidate(sentence: FactSentence): boolean {
  return !sentence.companyVoice && sentence.section !== 'about' && sentence.section !== 'benefits';
}

/** The evidence quote for a fact: the sentence, at most 200 characters around the cue. */
export function quote(sentence: FactSentence, at = 0): string {
  const text = sentence.text;
  if (text.length <= 200) return text;
  const from = Math.max(0, Math.min(at - 80, text.length - 200));
  return `${from > 0 ? '…' : ''}${text.slice(from, from + 200).trim()}…`;
}
