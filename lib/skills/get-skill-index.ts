import { engineData } from './engine-data';
import type { SkillIndex } from './build-skill-index';
import { unpackSkillIndex, type PackedSkillIndex } from './pack-skill-index';

let cached: SkillIndex | undefined;

/**
 * The finder's index over the full taxonomy, unpacked once per process (or service worker) from the index
 * built ahead of time (npm run build:skill-index): no tokenising or hashing of the taxonomy on a first analysis.
 */
export function getSkillIndex(): SkillIndex {
  cached ??= unpackSkillIndex(engineData().skillIndex as PackedSkillIndex);
  return cached;
}
