import { SkillLevelSchema, type SkillLevel } from '@/lib/schemas/profile';

// Words other tools and CVs use for a level, mapped to ours. JSON Resume leaves `level` free text.
const LEVEL_WORDS: Record<string, SkillLevel> = {
  beginner: 'learning',
  novice: 'learning',
  elementary: 'learning',
  familiar: 'learning',
  junior: 'basic',
  fundamental: 'basic',
  fundamentals: 'basic',
  entry: 'basic',
  intermediate: 'working',
  proficient: 'working',
  competent: 'working',
  good: 'working',
  advanced: 'strong',
  senior: 'strong',
  'very good': 'strong',
  fluent: 'strong',
  master: 'expert',
  guru: 'expert',
  native: 'expert',
  excellent: 'expert',
};

/** Reads a level written by a person or another tool; null when it is not one we recognise. */
export function readSkillLevel(written: string | undefined): SkillLevel | null {
  if (written === undefined) return null;
  const word = written.trim().toLowerCase();
  const own = SkillLevelSchema.safeParse(word);
  if (own.success) return own.data;
  return LEVEL_WORDS[word] ?? null;
}
