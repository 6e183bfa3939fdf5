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
): string {
  const open = text.lastIndexOf('(', start);
  const closeBefore = text.lastIndexOf(')', start);
  if (open >= lineStart && open > closeBefore) {
    const close = text.indexOf(')', end);
    if (close >= 0 && close <= lineEnd) return text.slice(open + 1, close);
  }
  let from = lineStart;
  let to = lineEnd;
  for (let i = start - 1; i >= lineStart; i--) {
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
  for (let i = end; i < lineEnd; i++) {
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
