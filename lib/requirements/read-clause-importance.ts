import type { Importance } from '@/lib/schemas/analysis';

const PREFERRED_CUE =
  /\b(?:preferred|preferably|(?:is|are|would be|will be) (?:a )?(?:big |huge |strong )?(?:plus|bonus|advantage)|a plus|nice[- ]to[- ]have|ideally|bonus|desirable|advantageous|an advantage|would be great|beneficial|optional|wünschenswert|von vorteil|idealerweise|ein plus|un plus|idéalement|apprécié|souhaité|souhaitée|serait un plus)\b/i;
const REQUIRED_CUE =
  /\b(?:required|requirement|must|mandatory|essential|necessary|need to have|needed|zwingend|erforderlich|vorausgesetzt|setzen wir voraus|obligatoire|indispensable|exigé|exigée|requis)\b/i;

// A clause reaches at most this far from its mention. Without a bound, a long line without punctuation (or a
// text without brackets) made every mention scan the whole line or text: quadratic on megabytes of input.
const MAX_CLAUSE_REACH = 1000;

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
): string {
  const low = Math.max(lineStart, start - MAX_CLAUSE_REACH);
  const high = Math.min(lineEnd, end + MAX_CLAUSE_REACH);
  // The nearest bracket at or before the mention, within the line: an opening one means an aside.
  let open = -1;
  for (let i = Math.min(start, text.length - 1); i >= low; i--) {
    const c = text.charCodeAt(i);
    if (c === 41) break; // ")"
    if (c === 40) {
      open = i; // "("
      break;
    }
  }
  if (open >= 0) {
    for (let close = end; close <= high && close < text.length; close++) {
      if (text.charCodeAt(close) === 41) return text.slice(open + 1, close);
    }
  }
  let from = low;
  let to = high;
  for (let i = start - 1; i >= low; i--) {
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
  for (let i = end; i < high; i++) {
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
  return text.slice(from, to).replace(/\([^()]*\)/g, ' ');
}

/** Importance a clause states for itself ("AWS preferred", "is a plus", "required"), or null. */
export function readClauseImportance(clause: string): Importance | null {
  if (PREFERRED_CUE.test(clause)) return 'preferred';
  if (REQUIRED_CUE.test(clause)) return 'required';
  return null;
}
