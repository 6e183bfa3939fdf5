// Packs the finder's index (lib/skills/build-full-skill-index.ts over taxonomy.json) into
// lib/skills/data/skill-index.json, which the background loads with one JSON.parse.
// Usage: npm run build:skill-index [-- --check]   (--check: exit 1 if the committed file is out of date)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildFullSkillIndex } from '../lib/skills/build-full-skill-index';
import { packSkillIndex } from '../lib/skills/pack-skill-index';

const outFile = path.resolve(import.meta.dirname, '../lib/skills/data/skill-index.json');
const json = `${JSON.stringify(packSkillIndex(buildFullSkillIndex()))}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(outFile, 'utf8') !== json) {
    console.error('lib/skills/data/skill-index.json is out of date: run npm run build:skill-index');
    process.exit(1);
  }
  console.log('skill-index.json is up to date');
} else {
  writeFileSync(outFile, json);
  console.log(`wrote ${outFile} (${json.length} chars)`);
}
