import { z } from 'zod';
import { ProfileSkillSchema } from '@/lib/schemas/profile';
import { defineRequest } from './define-request';

// `profile.changed` (background → content script) lives in requests-page.ts with the content script's requests.
export { ProfileChangedSchema, type ProfileChanged } from './requests-page';

export const profileRequests = {
  /** Any context → background: the whole profile (the content script's way to read it; it never opens Dexie). */
  'profile.get': defineRequest(
    () => z.object({}),
    () => z.object({ skills: z.array(ProfileSkillSchema) }),
  ),
  /** Extension page → background, after a write: tell every tab (answers with how many tabs heard it). */
  'profile.notifyChanged': defineRequest(
    () => z.object({}),
    () => z.object({ notifiedTabs: z.number().int().min(0) }),
  ),
};
