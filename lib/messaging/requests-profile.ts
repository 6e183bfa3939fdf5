import { z } from 'zod';
import { ProfileSkillSchema } from '@/lib/schemas/profile';
import { defineRequest } from './define-request';

/** Sent by the background to every tab when the profile changed, so content scripts re-score their page. */
export const ProfileChangedSchema = z.object({ at: z.number() });
export type ProfileChanged = z.infer<typeof ProfileChangedSchema>;

export const profileRequests = {
  /** Any context → background: the whole profile (the content script's way to read it; it never opens Dexie). */
  'profile.get': defineRequest(z.object({}), z.object({ skills: z.array(ProfileSkillSchema) })),
  /** Extension page → background, after a write: tell every tab (answers with how many tabs heard it). */
  'profile.notifyChanged': defineRequest(z.object({}), z.object({ notifiedTabs: z.number().int().min(0) })),
  /** Background → content script of a tab. */
  'profile.changed': defineRequest(ProfileChangedSchema, z.object({ received: z.literal(true) })),
};
