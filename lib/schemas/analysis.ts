import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';

// The Analysis contract of `npm run analyze -- --json` (../shared/docs/architecture.md). Every offset refers to
// `text`, the one analysed string.

export const ImportanceSchema = lazySchema(() => z.enum(['required', 'preferred', 'mentioned']));
export type Importance = z.infer<typeof ImportanceSchema>;

export const MentionSchema = lazySchema(() =>
  z.object({
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
    text: z.string(),
  }),
);
export type Mention = z.infer<typeof MentionSchema>;

export const RequirementSchema = lazySchema(() =>
  z.object({
    id: z.string().check(z.minLength(1)), // canonical skill id
    skill: z.string().check(z.minLength(1)), // display name
    category: z.string(),
    importance: ImportanceSchema,
    years: z.nullable(z.number()),
    group: z.nullable(z.string()),
    mentions: z.array(MentionSchema),
    // The mention whose clause decided the importance (for "why required?" evidence); added by the engine.
    evidence: z.optional(z.nullable(MentionSchema)),
  }),
);
export type Requirement = z.infer<typeof RequirementSchema>;

export const RequirementGroupSchema = lazySchema(() =>
  z.object({
    id: z.string().check(z.minLength(1)),
    mode: z.literal('any'),
    requirementIds: z.array(z.string()),
  }),
);
export type RequirementGroup = z.infer<typeof RequirementGroupSchema>;

export const PostingMetaSchema = lazySchema(() =>
  z.object({
    title: z.nullable(z.string()),
    company: z.nullable(z.string()),
    location: z.nullable(z.string()),
    remote: z.nullable(z.boolean()),
    employmentType: z.nullable(z.string()),
    url: z.nullable(z.string()),
  }),
);
export type PostingMeta = z.infer<typeof PostingMetaSchema>;

export const WorkplaceSchema = lazySchema(() => z.enum(['remote', 'hybrid', 'onsite']));
export type WorkplaceValue = z.infer<typeof WorkplaceSchema>;
export const VisaSponsorshipSchema = lazySchema(() => z.enum(['offered', 'not offered']));
export const SalaryPeriodSchema = lazySchema(() => z.enum(['year', 'month', 'week', 'day', 'hour']));

// A salary as the posting states it; `annual` is the most it says it pays per year (max, else min), annualised
// by lib/requirements/facts/annualize-salary.ts, the one way used everywhere.
export const PostingSalarySchema = lazySchema(() =>
  z.object({
    min: z.nullable(z.number()),
    max: z.nullable(z.number()),
    currency: z.string().check(z.minLength(1)),
    period: SalaryPeriodSchema,
    annual: z.number(),
    source: z.enum(['employer', 'board estimate']),
  }),
);
export type PostingSalary = z.infer<typeof PostingSalarySchema>;

export const LanguageRequirementSchema = lazySchema(() =>
  z.object({
    language: z.string().check(z.minLength(1)),
    importance: z.enum(['required', 'preferred']),
  }),
);
export const WorkConditionSchema = lazySchema(() =>
  z.object({
    kind: z.enum(['citizenship', 'clearance', 'work authorization']),
    evidence: z.string(),
  }),
);

// The sentence each fact was read from, by the fact's field name.
const quote = lazySchema(() => z.optional(z.string()));
export const FactEvidenceSchema = lazySchema(() =>
  z.object({
    minYears: quote,
    seniority: quote,
    degree: quote,
    spokenLanguages: quote,
    workplace: quote,
    visaSponsorship: quote,
    salary: quote,
  }),
);
export type FactEvidence = z.infer<typeof FactEvidenceSchema>;

export const AnalysisSourceSchema = lazySchema(() => z.string().check(z.minLength(1))); // "json-ld" | "<board id>" | "generic" | "text"

export const AnalysisSchema = lazySchema(() =>
  z.object({
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
    // Facts about the candidate and the job (optional: analyses saved before they existed still parse).
    degreeRequired: z.optional(z.nullable(z.boolean())), // true required, false preferred, null no degree asked
    languageRequirements: z.optional(z.array(LanguageRequirementSchema)),
    workplace: z.optional(z.nullable(WorkplaceSchema)),
    visaSponsorship: z.optional(z.nullable(VisaSponsorshipSchema)),
    workConditions: z.optional(z.array(WorkConditionSchema)),
    salary: z.optional(z.nullable(PostingSalarySchema)),
    // The sentence each fact was read from, keyed by the fact's field name (minYears, degree, workplace...).
    evidence: z.optional(FactEvidenceSchema),
    match: z.optional(z.unknown()),
  }),
);
export type Analysis = z.infer<typeof AnalysisSchema>;
