import { z } from 'zod';

// The Analysis contract of `npm run analyze -- --json` (../shared/docs/architecture.md). Every offset refers to
// `text`, the one analysed string.

export const ImportanceSchema = z.enum(['required', 'preferred', 'mentioned']);
export type Importance = z.infer<typeof ImportanceSchema>;

export const MentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const RequirementSchema = z.object({
  id: z.string().min(1), // canonical skill id
  skill: z.string().min(1), // display name
  category: z.string(),
  importance: ImportanceSchema,
  years: z.number().nullable(),
  group: z.string().nullable(),
  mentions: z.array(MentionSchema),
  // The mention whose clause decided the importance (for "why required?" evidence); added by the engine.
  evidence: MentionSchema.nullable().optional(),
});
export type Requirement = z.infer<typeof RequirementSchema>;

export const RequirementGroupSchema = z.object({
  id: z.string().min(1),
  mode: z.literal('any'),
  requirementIds: z.array(z.string()),
});
export type RequirementGroup = z.infer<typeof RequirementGroupSchema>;

export const PostingMetaSchema = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  remote: z.boolean().nullable(),
  employmentType: z.string().nullable(),
  url: z.string().nullable(),
});
export type PostingMeta = z.infer<typeof PostingMetaSchema>;

export const AnalysisSourceSchema = z.string().min(1); // "json-ld" | "<board id>" | "generic" | "text"

export const AnalysisSchema = z.object({
  isJobPosting: z.boolean(),
  source: AnalysisSourceSchema,
  confidence: z.number().min(0).max(1),
  posting: PostingMetaSchema,
  text: z.string(),
  minYears: z.number().nullable(),
  requirements: z.array(RequirementSchema),
  groups: z.array(RequirementGroupSchema),
  // Extra facts a person looks for; filled by the requirement reader where the text says them.
  seniority: z.string().nullable().optional(),
  degree: z.string().nullable().optional(),
  spokenLanguages: z.array(z.string()).optional(),
  match: z.unknown().optional(),
});
export type Analysis = z.infer<typeof AnalysisSchema>;
