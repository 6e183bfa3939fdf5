import { readFileSync } from 'node:fs';
const { unpackSkillIndex } = await import('../lib/skills/pack-skill-index.ts');
const { buildFullSkillIndex } = await import('../lib/skills/build-full-skill-index.ts');
const txt = readFileSync('lib/skills/data/skill-index.json', 'utf8');
const p: number[] = [], u: number[] = [], b: number[] = [];
for (let i = 0; i < 15; i++) {
  const t0 = performance.now(); const x = JSON.parse(txt); const t1 = performance.now(); unpackSkillIndex(x); const t2 = performance.now();
  p.push(t1 - t0); u.push(t2 - t1);
  if (i < 3) { const t3 = performance.now(); buildFullSkillIndex(); b.push(performance.now() - t3); }
}
console.log({ parseMin: Math.min(...p), unpackMin: Math.min(...u), unpackFirst: u[0], buildMin: Math.min(...b), buildFirst: b[0] });
