import { z } from 'zod';
import { lazySchema } from './lazy-schema';

// A skill in the person's profile. `skillId` is the taxonomy's canonical id, or "custom:<slug>" for a skill
// the taxonomy does not know (it still matches by name).
export const SkillLevelSchema = lazySchema(() =>
  z.enum(['learning', 'basic', 'working', 'strong', 'expert']),
);
export type SkillLevel = z.infer<typeof SkillLevelSchema>;

export const ProfileSkillSchema = lazySchema(() =>
  z.object({
    skillId: z.string().min(1),
    name: z.string().min(1),
    category: z.string(),
    level: SkillLevelSchema,
    years: z.number().min(0).max(60).nullable(),
    lastUsed: z.number().int().min(1950).max(2100).nullable(),
    notes: z.string(),
    custom: z.boolean(),
    addedAt: z.number(), // epoch ms
    updatedAt: z.number(),
  }),
);
export type ProfileSkill = z.infer<typeof ProfileSkillSchema>;
