import { z } from 'zod';
import { ProfileSkillSchema } from '@/lib/schemas/profile';
import type { RequestDef } from './define-request';

export { ProfileChangedSchema, type ProfileChanged } from './requests-page';

export const profileRequests = {
  /** Any context → background: the whole profile (the content script's way to read it; it never opens Dexie). */
  'profile.get': { payload: z.object({}), reply: z.object({ skills: z.array(ProfileSkillSchema) }) },
  /** Extension page → background, after a write: tell every tab (answers with how many tabs heard it). */
  'profile.notifyChanged': {
    payload: z.object({}),
    reply: z.object({ notifiedTabs: z.number().int().min(0) }),
  },
} satisfies Record<string, RequestDef>;
