// Compiles lib/skills/data/taxonomy.json from the curated source and the shared data sets.
// Usage: npm run build:taxonomy [-- --check]   (--check: exit 1 if the committed file is out of date)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTaxonomy } from '../lib/skills/taxonomy/build-taxonomy';
import { serializeTaxonomy } from '../lib/skills/taxonomy/merge-skills';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFile = path.join(repoRoot, 'lib/skills/data/taxonomy.json');

const { taxonomy, report } = await buildTaxonomy({ repoRoot });
const json = serializeTaxonomy(taxonomy);
const aliasCount = taxonomy.skills.reduce((sum, skill) => sum + skill.aliases.length, 0);

console.log(`skills: ${taxonomy.skills.length}, aliases: ${aliasCount}`);
console.log(`added by source: ${JSON.stringify(report.addedBySource)}`);
console.log(`merged into existing skills: ${JSON.stringify(report.mergedBySource)}`);
console.log(`aliases by source: ${JSON.stringify(report.aliasesBySource)}`);
const curatedCollisions = report.collisions.filter((collision) => collision.source === 'curated');
console.log(
  `alias collisions: ${report.collisions.length} (${curatedCollisions.length} inside the curated source)`,
);
for (const collision of curatedCollisions) {
  console.log(`  "${collision.form}": kept by ${collision.keptBy}, dropped from ${collision.droppedFrom}`);
}

if (process.argv.includes('--check')) {
  const committed = readFileSync(outFile, 'utf8');
  if (committed !== json) {
    console.error('lib/skills/data/taxonomy.json is out of date: run npm run build:taxonomy');
    process.exit(1);
  }
  console.log('taxonomy.json is up to date');
} else {
  writeFileSync(outFile, json);
  console.log(`wrote ${path.relative(repoRoot, outFile)} (${json.length} bytes)`);
}
