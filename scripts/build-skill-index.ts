// Packs the finder's index (lib/skills/build-full-skill-index.ts over taxonomy.json) into
// lib/skills/data/skill-index.json, which the background loads with one JSON.parse, and writes the tokenizer's
// character data (lib/skills/compute-char-data.ts) to lib/skills/data/char-data.json. The index is tokenised with
// the character data committed when this starts: after the character data changed (a new Unicode version), run
// it twice.
// Usage: npm run build:skill-index [-- --check]   (--check: exit 1 if a committed file is out of date)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildFullSkillIndex } from '../lib/skills/build-full-skill-index';
import { computeCharData } from '../lib/skills/compute-char-data';
import { packSkillIndex } from '../lib/skills/pack-skill-index';

const dataDir = path.resolve(import.meta.dirname, '../lib/skills/data');
const outputs = [
  {
    file: 'char-data.json',
    json: `${JSON.stringify(computeCharData(process.versions.unicode ?? 'unknown'))}\n`,
  },
  { file: 'skill-index.json', json: `${JSON.stringify(packSkillIndex(buildFullSkillIndex()))}\n` },
];
for (const { file, json } of outputs) {
  const outFile = path.join(dataDir, file);
  if (process.argv.includes('--check')) {
    if (readFileSync(outFile, 'utf8') !== json) {
      console.error(`lib/skills/data/${file} is out of date: run npm run build:skill-index`);
      process.exitCode = 1;
    } else console.log(`${file} is up to date`);
  } else {
    writeFileSync(outFile, json);
    console.log(`wrote ${outFile} (${json.length} chars)`);
  }
}
