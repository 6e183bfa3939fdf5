import { z } from 'zod';
import { ProfileSkillSchema, type ProfileSkill, type SkillLevel } from '@/lib/schemas/profile';
import { UpgradeStepError } from './upgrade-error';
import { lazySchema } from '@/lib/schemas/lazy-schema';

// Version 1 stored a profile skill with a numeric level (1..5), no last-used year and no update time; notes
// were optional. This is the shape on disk, kept here only so the step from it can be typed and tested.
export const V1SkillSchema = lazySchema(() =>
  z.object({
    skillId: z.string().min(1),
    name: z.string().min(1),
    category: z.string(),
    level: z.number().int().min(1).max(5),
    years: z.number().min(0).max(60).nullable(),
    notes: z.string().optional(),
    custom: z.boolean(),
    addedAt: z.number(),
  }),
);
export type V1Skill = z.infer<typeof V1SkillSchema>;

const LEVEL_BY_NUMBER: Record<number, SkillLevel> = {
  1: 'learning',
  2: 'basic',
  3: 'working',
  4: 'strong',
  5: 'expert',
};

/** Converts one version-1 profile row to the current shape; throws UpgradeStepError when it cannot. */
export function upgradeV1ToV2(record: unknown): ProfileSkill {
  const key = readKey(record);
  const old = V1SkillSchema.safeParse(record);
  if (!old.success) {
    throw new UpgradeStepError('v1→v2', 'profileSkills', key, z.prettifyError(old.error));
  }
  const { level, notes, ...rest } = old.data;
  const next = ProfileSkillSchema.safeParse({
    ...rest,
    level: LEVEL_BY_NUMBER[level],
    lastUsed: null,
    notes: notes ?? '',
    // Version 1 never recorded edits, so the best truthful value is the time it was added.
    updatedAt: old.data.addedAt,
  });
  if (!next.success) {
    throw new UpgradeStepError('v1→v2', 'profileSkills', key, z.prettifyError(next.error));
  }
  return next.data;
}

function readKey(record: unknown): unknown {
  return typeof record === 'object' && record !== null && 'skillId' in record ? record.skillId : null;
}
