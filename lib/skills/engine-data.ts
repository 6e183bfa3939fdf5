import type { Taxonomy } from '../schemas/taxonomy';
import taxonomyJson from './data/taxonomy.json';
import skillIndexJson from './data/skill-index.json';
import { packRelations, type RelationsTable } from './relations-table';

// The skills engine's data: the finder's packed index and the taxonomy's relations (what an analysis and its
// score need), and the whole compiled taxonomy (what the profile tools need). In Node (tests, scripts) they are
// imported as modules and ready at once. The extension's build swaps this module for ./engine-data.extension.ts
// (wxt.config.ts), which fetches them as two packaged assets on first need: a worker that starts does not
// evaluate 1 MB of data before it can answer its first message.

/** What an analysis and its score need: engine-data.json in the extension. */
export interface EngineData {
  /** lib/skills/data/skill-index.json (a PackedSkillIndex). */
  skillIndex: unknown;
  relations: RelationsTable;
}

let data: EngineData | undefined;

/** The asset the extension's build writes: the committed index and the relations drawn from the taxonomy. */
export function buildEngineData(): EngineData {
  return { skillIndex: skillIndexJson, relations: packRelations((taxonomyJson as Taxonomy).skills) };
}

/** Resolves once engineData() can be called (at once here). */
export function loadEngineData(): Promise<void> {
  return Promise.resolve();
}

/** The engine's data; in the extension, only after loadEngineData() has resolved. */
export function engineData(): EngineData {
  data ??= buildEngineData();
  return data;
}

/** Resolves once taxonomyData() can be called (at once here). */
export function loadTaxonomyData(): Promise<void> {
  return Promise.resolve();
}

/** The compiled taxonomy (lib/skills/data/taxonomy.json); in the extension, after loadTaxonomyData(). */
export function taxonomyData(): unknown {
  return taxonomyJson;
}
