import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Taxonomy } from '../../schemas/taxonomy';
import { mergeSkills, type MergeReport, type SkillCandidate } from './merge-skills';
import { parseCurated, type CuratedSkill } from './parse-curated';
import { readEscoCandidates, readEscoOrdinaryWords } from './read-esco';
import { readLinguistCandidates, type LinguistLanguage } from './read-linguist';
import { readOnetCandidates } from './read-onet';

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

export function resolveSharedDir(inputs: TaxonomyInputs): string {
  return inputs.sharedDir ?? path.resolve(inputs.repoRoot, '../shared');
}

// Order is priority: after the curated source, Linguist (names of languages are its expertise), then O*NET,
// then ESCO. A later source only adds forms that no earlier skill owns.
export async function readGeneratedCandidates(inputs: TaxonomyInputs): Promise<SkillCandidate[]> {
  const shared = resolveSharedDir(inputs);
  // Named exports, one per language; the namespace object is the whole list.
  const linguist: Record<string, LinguistLanguage> = { ...(await import('linguist-languages')) };
  const onetTsv = readFileSync(path.join(shared, 'data/onet-29.2/technology-skills.tsv'), 'utf8');
  const escoCsv = readFileSync(path.join(shared, 'data/esco-1.1.1/skills_en.csv'), 'utf8');
  const selection = readFileSync(
    path.join(inputs.repoRoot, 'lib/skills/taxonomy/esco-selection.txt'),
    'utf8',
  );
  return [
    ...readLinguistCandidates(Object.values(linguist)),
    ...readOnetCandidates(onetTsv),
    ...readEscoCandidates(escoCsv, selection),
  ];
}

export async function buildTaxonomy(
  inputs: TaxonomyInputs,
): Promise<{ taxonomy: Taxonomy; report: MergeReport }> {
  const curated = readCuratedSkills(inputs.repoRoot);
  const candidates = await readGeneratedCandidates(inputs);
  const escoCsv = readFileSync(path.join(resolveSharedDir(inputs), 'data/esco-1.1.1/skills_en.csv'), 'utf8');
  const ordinaryWords = readEscoOrdinaryWords(escoCsv);
  return mergeSkills(curated, candidates, {
    isOrdinaryWord: (form) => ordinaryWords.has(form.toLowerCase()),
  });
}
