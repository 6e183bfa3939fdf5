import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Taxonomy } from '../../schemas/taxonomy';
import { mergeSkills, type MergeReport, type SkillCandidate } from './merge-skills';
import { parseCurated, type CuratedSkill } from './parse-curated';

// Node-only: reads the curated source and the shared data sets, then merges them. The extension never imports
// this file; it loads the compiled lib/skills/data/taxonomy.json.

export interface TaxonomyInputs {
  repoRoot: string;
  sharedDir?: string; // defaults to ../shared beside the repository
}

export function readCuratedSkills(repoRoot: string): CuratedSkill[] {
  const dir = path.join(repoRoot, 'lib/skills/taxonomy/curated');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .flatMap((file) => parseCurated(readFileSync(path.join(dir, file), 'utf8'), `curated/${file}`));
}

export async function readGeneratedCandidates(_inputs: TaxonomyInputs): Promise<SkillCandidate[]> {
  return [];
}

export async function buildTaxonomy(
  inputs: TaxonomyInputs,
): Promise<{ taxonomy: Taxonomy; report: MergeReport }> {
  const curated = readCuratedSkills(inputs.repoRoot);
  const candidates = await readGeneratedCandidates(inputs);
  return mergeSkills(curated, candidates);
}
