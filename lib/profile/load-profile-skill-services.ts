import type { ProfileSkillServices } from './taxonomy-skill-services';

let pending: Promise<ProfileSkillServices> | undefined;

/**
 * The taxonomy and finder, loaded on first use as a separate chunk, so the popup's first render does not pay
 * for parsing them; later calls share the same promise.
 */
export function loadProfileSkillServices(): Promise<ProfileSkillServices> {
  pending ??= import('./taxonomy-skill-services').then((m) => m.createProfileSkillServices());
  return pending;
}
