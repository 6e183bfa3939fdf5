import { z } from 'zod/mini';
import { AnalysisSchema, PostingMetaSchema } from '@/lib/schemas/analysis';
import { MatchSchema } from '@/lib/schemas/match';
import { JobStatusSchema } from '@/lib/schemas/job-status';
import { defineRequest } from './define-request';
import { SalarySchema } from '@/lib/schemas/page';
import { SiteSettingReplySchema } from './content-schemas';
import { lazySchema } from '@/lib/schemas/lazy-schema';

// Content script → background: analyse the text it read and score it against the profile. The background
// owns the taxonomy and the database, so the content script stays small and never opens IndexedDB.
export const AnalysisRunPayloadSchema = lazySchema(() =>
  z.object({
    text: z.string(),
    source: z.string().check(z.minLength(1)),
    confidence: z.number().check(z.gte(0), z.lte(1)),
    posting: PostingMetaSchema,
    identifier: z.nullable(z.string()),
    /** The page's structured salary (JSON-LD), which the facts prefer over one read from the text. */
    salary: z.optional(z.nullable(SalarySchema)),
  }),
);

export const AnalysisRunReplySchema = lazySchema(() =>
  z.object({
    analysis: AnalysisSchema,
    match: MatchSchema,
    /** Marks on for this site (the person may have turned them off for a whole site). */
    siteEnabled: z.boolean(),
    saved: z.nullable(z.object({ id: z.string(), status: JobStatusSchema })),
    /** Time the background spent, for the performance notes (not on the page's main thread). */
    analyzeMs: z.number(),
    // The conflicts of lib/match/dealbreakers' report as the chip shows them, one line each with its sentence
    // (dealbreakerLine; the popup computes the whole report itself). Plain strings: the content script parses it.
    dealbreakers: z.optional(z.array(z.string())),
    /** How many skills the profile has: none means no score (the chip asks for skills), few means a caveat. */
    profileSkills: z.optional(z.number()),
  }),
);
export type AnalysisRunReply = z.infer<typeof AnalysisRunReplySchema>;

export const analysisRequests = {
  'analysis.run': defineRequest(
    () => AnalysisRunPayloadSchema,
    () => AnalysisRunReplySchema,
  ),
  // Content script → background, as the content script starts (top frame): wakes a stopped service worker, so its
  // start-up, the skills data and the database open overlap the page's read instead of following it. No data.
  'analysis.warm': defineRequest(
    () => z.object({}),
    () => z.object({ awake: z.boolean() }),
  ),
  'settings.setSiteEnabled': defineRequest(
    () => z.object({ host: z.string().check(z.minLength(1)), enabled: z.boolean() }),
    () => SiteSettingReplySchema,
  ),
};
