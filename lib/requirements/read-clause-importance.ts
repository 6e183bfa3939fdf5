import type { Importance } from '@/lib/schemas/analysis';

const PREFERRED_CUE =
  /\b(?:preferred|preferably|(?:is|are|would be|will be) (?:a )?(?:big |huge |strong )?(?:plus|bonus|advantage)|a plus|nice[- ]to[- ]have|ideally|bonus|desirable|advantageous|an advantage|would be great|beneficial|optional|extra points|brownie points|wünschenswert|von vorteil|idealerweise|ein plus|un plus|idéalement|apprécié|souhaité|souhaitée|serait un plus|preferibile|preferibilmente|gradit[oaie]|titolo preferenziale|costituisce un plus|deseable|valorable|se valorará)\b/i;
// Cues \b cannot bound: a label's colon ("Advantage:") and scripts without ASCII word boundaries ("буде плюсом",
// "бажано", "歓迎", "尚可").
const PREFERRED_CUE_UNSPACED =
  /(?:\b(?:advantage|plus|bonus)\s*:|буде плюсом|будет плюсом|бажано|желательно|перевага|преимуществом|歓迎|尚可)/i;
const REQUIRED_CUE =
  /\b(?:required|requirement|must|mandatory|essential|necessary|need to have|needed|zwingend|erforderlich|vorausgesetzt|setzen wir voraus|obligatoire|indispensable|exigé|exigée|requis|obbligatori[oa]|richiest[oa]|indispensabile|imprescindibile|imprescindible|obligatorio)\b/i;
const REQUIRED_CUE_UNSPACED = /(?:обов['’]язково|обязательно|必須)/i;
// Cues that qualify only what comes after them: "JavaScript, preferably Angular" leaves JavaScript as asked.
const FORWARD_CUE =
  /\b(?:preferably|ideally|idealerweise|idéalement|preferibilmente|(?:advantage|plus|bonus)\s*:|nice[- ]to[- ]have\s*:|e\.g\.?,? preferably)/gi;

/**
 * The clause around a mention: its sentence (or line) cut at semicolons, or the bracketed aside it sits in;
 * other bracketed asides are left out so "(AWS preferred), Docker" does not make Docker preferred.
 */
export function findClause(
  text: string,
  start: number,
  end: number,
  lineStart: number,
  lineEnd: number,
  skipAside = false,
): string {
  return findClauseSpan(text, start, end, lineStart, lineEnd, skipAside).text;
}

/** findClause with the clause's start offset in `text` (asides of other mentions blanked, not removed). */
function findClauseSpan(
  text: string,
  start: number,
  end: number,
  lineStart: number,
  lineEnd: number,
  skipAside: boolean,
): { text: string; start: number } {
  // Scans stay inside the line: a search through the whole text per mention would be quadratic.
  let open = -1;
  for (let i = start - 1; i >= lineStart && start - i < 200; i--) {
    const c = text.charCodeAt(i);
    if (c === 41) break; // ")" closes an earlier aside
    if (c === 40) {
      open = i;
      break;
    }
  }
  if (open >= 0 && !skipAside) {
    for (let i = end; i < lineEnd && i - end < 200; i++)
      if (text.charCodeAt(i) === 41) return { text: text.slice(open + 1, i), start: open + 1 };
  }
  let from = Math.max(lineStart, start - 400);
  let to = Math.min(lineEnd, end + 400);
  for (let i = start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (
      c === 59 ||
      ((c === 46 || c === 33 || c === 63) &&
        text.charCodeAt(i + 1) === 32 &&
        !/e\.g|i\.e/i.test(text.slice(i - 3, i + 1)))
    ) {
      from = i + 1;
      break;
    }
  }
  for (let i = end; i < to; i++) {
    const c = text.charCodeAt(i);
    if (
      c === 59 ||
      ((c === 46 || c === 33 || c === 63) &&
        (i + 1 >= lineEnd || text.charCodeAt(i + 1) === 32) &&
        !/e\.g|i\.e/i.test(text.slice(i - 3, i + 1)))
    ) {
      to = i;
      break;
    }
  }
  // Other asides are blanked to spaces of the same length, so offsets into the clause stay offsets.
  // Other asides are blanked to spaces of the same length, so offsets into the clause stay offsets; an aside
  // that is only a cue ("(preferibile)", "(nice to have)") qualifies the whole clause and stays.
  const clause = text
    .slice(from, to)
    .replace(/\([^()]*\)/g, (aside) => (isCueAside(aside) ? aside : ' '.repeat(aside.length)));
  return { text: clause, start: from };
}

// "(preferred)", "(a plus)", "(preferibile)": an aside with nothing but an importance cue in it.
function isCueAside(aside: string): boolean {
  if (aside.length > 32 || readClauseImportance(aside) === null) return false;
  const rest = aside
    .replace(PREFERRED_CUE, ' ')
    .replace(PREFERRED_CUE_UNSPACED, ' ')
    .replace(REQUIRED_CUE, ' ')
    .replace(REQUIRED_CUE_UNSPACED, ' ');
  return !/\p{L}{2,}/u.test(rest.replace(/\b(?:a|an|is|are|very|strongly|highly|big|huge|strong)\b/gi, ' '));
}

/**
 * Importance stated around a mention: in its bracketed aside first ("(AWS preferred)"), then in its clause
 * ("Cloud technologies are a plus (AWS/GCP)"), or null. A cue that only looks forward ("preferably",
 * "ideally", "Advantage:") counts only when it stands before the mention.
 */
export function readStatedImportance(
  text: string,
  start: number,
  end: number,
  lineStart: number,
  lineEnd: number,
): Importance | null {
  for (const skipAside of [false, true]) {
    const clause = findClauseSpan(text, start, end, lineStart, lineEnd, skipAside);
    const stated = readClauseImportance(clause.text, start - clause.start);
    if (stated !== null) return stated;
  }
  return null;
}

/**
 * Importance a clause states for itself ("AWS preferred", "is a plus", "required"), or null. With `at`, the
 * offset of the mention in the clause, a forward-only cue after the mention does not count.
 */
export function readClauseImportance(clause: string, at?: number): Importance | null {
  if (PREFERRED_CUE.test(clause) || PREFERRED_CUE_UNSPACED.test(clause)) {
    if (at === undefined || !onlyForwardCuesAfter(clause, at)) return 'preferred';
  }
  if (REQUIRED_CUE.test(clause) || REQUIRED_CUE_UNSPACED.test(clause)) return 'required';
  return null;
}

// True when every preferred cue of the clause is a forward-only one standing after `at`.
function onlyForwardCuesAfter(clause: string, at: number): boolean {
  const withoutForward = clause.replace(FORWARD_CUE, (cue, offset: number) =>
    offset > at ? ' '.repeat(cue.length) : cue,
  );
  return !PREFERRED_CUE.test(withoutForward) && !PREFERRED_CUE_UNSPACED.test(withoutForward);
}
