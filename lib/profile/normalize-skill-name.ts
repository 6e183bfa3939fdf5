/**
 * Folds a written skill name to the form used for comparing and searching: lower case, accents dropped,
 * whitespace collapsed. Symbols that tell skills apart (C++, C#, .NET, Node.js) are kept.
 */
export function normalizeSkillName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
