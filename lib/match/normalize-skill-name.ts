// Skill names compare without case, spaces or punctuation other than `+`, `#` and `.` (C++, C#, Node.js),
// the same rule the seed fixtures use, so "node.js", "Node.js" and "NODE .JS" are one name.
export function normalizeSkillName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#.]/gu, '');
}
