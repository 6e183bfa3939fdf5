import { z } from 'zod';
import { ProfileSkillSchema } from '@/lib/schemas/profile';
// Type-only import: protocol.ts spreads these into its map, so a value import would be circular.
import type { RequestDef } from './protocol';

/** Sent by the background to every tab when the profile changed, so content scripts re-score their page. */
export const ProfileChangedSchema = z.object({ at: z.number() });
export type ProfileChanged = z.infer<typeof ProfileChangedSchema>;

export const profileRequests = {
  /** Any context → background: the whole profile (the content script's way to read it; it never opens Dexie). */
  'profile.get': { payload: z.object({}), reply: z.object({ skills: z.array(ProfileSkillSchema) }) },
  /** Extension page → background, after a write: tell every tab (answers with how many tabs heard it). */
  'profile.notifyChanged': {
    payload: z.object({}),
    reply: z.object({ notifiedTabs: z.number().int().min(0) }),
  },
  /** Background → content script of a tab. */
  'profile.changed': { payload: ProfileChangedSchema, reply: z.object({ received: z.literal(true) }) },
} satisfies Record<string, RequestDef>;
