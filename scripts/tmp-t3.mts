import { readFileSync } from 'node:fs';
const { unpackSkillIndex } = await import('../lib/skills/pack-skill-index.ts');
const txt = readFileSync('lib/skills/data/skill-index.json', 'utf8');
const tax = readFileSync('lib/skills/data/taxonomy.json', 'utf8');
for (let i = 0; i < 3; i++) {
  const t0 = performance.now(); const p = JSON.parse(txt); const t1 = performance.now(); unpackSkillIndex(p); const t2 = performance.now(); JSON.parse(tax); const t3 = performance.now();
  console.log({ parse: t1 - t0, unpack: t2 - t1, taxParse: t3 - t2 });
}
