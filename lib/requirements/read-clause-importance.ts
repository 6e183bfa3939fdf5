import type { Importance } from '@/lib/schemas/analysis';

const PREFERRED_CUE =
  /\b(?:preferred|preferably|(?:is|are|would be|will be) (?:a )?(?:big |huge |strong )?(?:plus|bonus|advantage)|a plus|nice[- ]to[- ]have|ideally|bonus|desirable|advantageous|an advantage|would be great|beneficial|optional|wünschenswert|von vorteil|idealerweise|ein plus|un plus|idéalement|apprécié|souhaité|souhaitée|serait un plus)\b/i;
const REQUIRED_CUE =
  /\b(?:required|requirement|must|mandatory|essential|necessary|need to have|needed|zwingend|erforderlich|vorausgesetzt|setzen wir voraus|obligatoire|indispensable|exigé|exigée|requis)\b/i;

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
      if (text.charCodeAt(i) === 41) return text.slice(open + 1, i);
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
  return text.slice(from, to).replace(/\([^()]*\)/g, ' ');
}

/**
 * Importance stated around a mention: in its bracketed aside first ("(AWS preferred)"), then in its clause
 * ("Cloud technologies are a plus (AWS/GCP)"), or null.
 */
export function readStatedImportance(
  text: string,
  start: number,
  end: number,
  lineStart: number,
  lineEnd: number,
): Importance | null {
  const own = readClauseImportance(findClause(text, start, end, lineStart, lineEnd));
  if (own !== null) return own;
  return readClauseImportance(findClause(text, start, end, lineStart, lineEnd, true));
}

/** Importance a clause states for itself ("AWS preferred", "is a plus", "required"), or null. */
export function readClauseImportance(clause: string): Importance | null {
  if (PREFERRED_CUE.test(clause)) return 'preferred';
  if (REQUIRED_CUE.test(clause)) return 'required';
  return null;
}
