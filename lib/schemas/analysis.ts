import { z } from 'zod/mini';

// The Analysis contract of `npm run analyze -- --json` (../shared/docs/architecture.md). Every offset refers to
// `text`, the one analysed string.

export const ImportanceSchema = z.enum(['required', 'preferred', 'mentioned']);
export type Importance = z.infer<typeof ImportanceSchema>;

export const MentionSchema = z.object({
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  text: z.string(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const RequirementSchema = z.object({
  id: z.string().check(z.minLength(1)), // canonical skill id
  skill: z.string().check(z.minLength(1)), // display name
  category: z.string(),
  importance: ImportanceSchema,
  years: z.nullable(z.number()),
  group: z.nullable(z.string()),
  mentions: z.array(MentionSchema),
  // The mention whose clause decided the importance (for "why required?" evidence); added by the engine.
  evidence: z.optional(z.nullable(MentionSchema)),
});
export type Requirement = z.infer<typeof RequirementSchema>;

export const RequirementGroupSchema = z.object({
  id: z.string().check(z.minLength(1)),
  mode: z.literal('any'),
  requirementIds: z.array(z.string()),
});
export type RequirementGroup = z.infer<typeof RequirementGroupSchema>;

export const PostingMetaSchema = z.object({
  title: z.nullable(z.string()),
  company: z.nullable(z.string()),
  location: z.nullable(z.string()),
  remote: z.nullable(z.boolean()),
  employmentType: z.nullable(z.string()),
  url: z.nullable(z.string()),
});
export type PostingMeta = z.infer<typeof PostingMetaSchema>;

export const WorkplaceSchema = z.enum(['remote', 'hybrid', 'onsite']);
export type Workplace = z.infer<typeof WorkplaceSchema>;
export const VisaSponsorshipSchema = z.enum(['offered', 'not offered']);
export const SalaryPeriodSchema = z.enum(['year', 'month', 'day', 'hour']);
export type SalaryPeriod = z.infer<typeof SalaryPeriodSchema>;
export const SalaryFactSchema = z.object({
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
  currency: z.nullable(z.string()),
  period: z.nullable(SalaryPeriodSchema),
  annual: z.optional(z.unknown()), // the facts reader's own annual figure; dealbreakers annualise themselves
  source: z.enum(['employer', 'board estimate']),
});
export type SalaryFact = z.infer<typeof SalaryFactSchema>;

export const AnalysisSourceSchema = z.string().check(z.minLength(1)); // "json-ld" | "<board id>" | "generic" | "text"

export const AnalysisSchema = z.object({
  isJobPosting: z.boolean(),
  source: AnalysisSourceSchema,
  confidence: z.number().check(z.gte(0), z.lte(1)),
  posting: PostingMetaSchema,
  text: z.string(),
  minYears: z.nullable(z.number()),
  requirements: z.array(RequirementSchema),
  groups: z.array(RequirementGroupSchema),
  // Extra facts a person looks for; filled by the requirement reader where the text says them.
  seniority: z.optional(z.nullable(z.string())),
  degree: z.optional(z.nullable(z.string())),
  spokenLanguages: z.optional(z.array(z.string())),
  // Posting facts (../shared/docs/architecture.md), each with the sentence it was read from in `evidence`;
  // null where the posting does not say.
  workplace: z.optional(z.nullable(WorkplaceSchema)),
  visaSponsorship: z.optional(z.nullable(VisaSponsorshipSchema)),
  salary: z.optional(z.nullable(SalaryFactSchema)),
  evidence: z.optional(z.record(z.string(), z.string())),
  match: z.optional(z.unknown()),
});
export type Analysis = z.infer<typeof AnalysisSchema>;
