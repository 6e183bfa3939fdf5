import { loadEngineData, loadTaxonomyData } from '@/lib/skills/engine-data';
import type { ProfileSkillServices } from './taxonomy-skill-services';

let pending: Promise<ProfileSkillServices> | undefined;

/**
 * The taxonomy and finder, loaded on first use (a separate chunk and the engine's data assets), so the popup's
 * first render does not pay for parsing them; later calls share the same promise.
 */
export function loadProfileSkillServices(): Promise<ProfileSkillServices> {
  pending ??= Promise.all([import('./taxonomy-skill-services'), loadEngineData(), loadTaxonomyData()]).then(
    ([m]) => m.createProfileSkillServices(),
  );
  return pending;
}
