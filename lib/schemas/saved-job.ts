import { z } from 'zod/mini';
import { AnalysisSchema, RequirementGroupSchema, RequirementSchema } from './analysis';
import { MatchSchema } from './match';
import { JobStatusSchema } from './job-status';
import { lazySchema } from './lazy-schema';

export { JobStatusSchema, type JobStatus } from './job-status';

export const StatusChangeSchema = lazySchema(() => z.object({ status: JobStatusSchema, at: z.number() }));

// The facts the analysis read about the candidate and the job, each with its evidence sentence. Optional: jobs
// saved (and backups written) before the facts existed still load and import.
export const SavedJobFactsSchema = lazySchema(() =>
  z.pick(AnalysisSchema, {
    seniority: true,
    degree: true,
    degreeRequired: true,
    spokenLanguages: true,
    languageRequirements: true,
    workplace: true,
    visaSponsorship: true,
    workConditions: true,
    salary: true,
    evidence: true,
  }),
);
export type SavedJobFacts = z.infer<typeof SavedJobFactsSchema>;

export const SavedJobSchema = lazySchema(() =>
  z.object({
    id: z.string().check(z.minLength(1)),
    url: z.string(),
    canonicalUrl: z.nullable(z.string()),
    identifier: z.nullable(z.string()), // JSON-LD identifier (value, or "name:value")
    title: z.string(),
    company: z.nullable(z.string()),
    location: z.nullable(z.string()),
    remote: z.nullable(z.boolean()),
    employmentType: z.nullable(z.string()),
    salary: z.nullable(z.string()), // as shown to a person, e.g. "€60,000–75,000 a year"
    datePosted: z.nullable(z.string()), // ISO date as given by the posting
    savedAt: z.number(),
    updatedAt: z.number(),
    source: z.string(),
    description: z.string(), // the full analysed text
    minYears: z.nullable(z.number()),
    facts: z.optional(SavedJobFactsSchema),
    requirements: z.array(RequirementSchema),
    groups: z.array(RequirementGroupSchema),
    match: z.nullable(MatchSchema), // recomputed when the profile changes
    status: JobStatusSchema,
    statusHistory: z.array(StatusChangeSchema).check(z.minLength(1)),
    notes: z.string(),
    // Reminders (optional: jobs saved and backups made before them have neither).
    followUpAt: z.optional(z.nullable(z.number())), // when to follow up; set on "Applied", editable
    followUpNotifiedAt: z.optional(z.nullable(z.number())), // when its notification was shown (once per date)
    firstSeenAt: z.optional(z.nullable(z.number())), // when this browser first analysed the posting (optional: older backups)
  }),
);
export type SavedJob = z.infer<typeof SavedJobSchema>;

/**
 * What the popup or the in-page chip sends to save a job: the analysis it already has, its match, and the
 * posting facts the Analysis contract does not carry (read from JSON-LD where the page has it).
 */
export const SaveJobInputSchema = lazySchema(() =>
  z.object({
    analysis: AnalysisSchema,
    match: z.optional(z.nullable(MatchSchema)),
    url: z.optional(z.nullable(z.string())), // the tab's URL, used when the analysis has none
    identifier: z.optional(z.nullable(z.string())), // JSON-LD identifier
    // The text shown to a person; a reader's structured salary ({ display, currency, min, max, unit }) is accepted
    // as it is and kept as its display text.
    salary: z.optional(z.nullable(z.union([z.string(), z.object({ display: z.string() })]))),
    datePosted: z.optional(z.nullable(z.string())),
    firstSeenAt: z.optional(z.nullable(z.number())),
  }),
);
export type SaveJobInput = z.infer<typeof SaveJobInputSchema>;
