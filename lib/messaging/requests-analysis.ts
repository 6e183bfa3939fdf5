import { z } from 'zod';
import { AnalysisSchema, PostingMetaSchema } from '@/lib/schemas/analysis';
import { MatchSchema } from '@/lib/schemas/match';
import { JobStatusSchema } from '@/lib/schemas/saved-job';
import { defineRequest } from './define-request';

// Content script → background: analyse the text it read and score it against the profile. The background
// owns the taxonomy and the database, so the content script stays small and never opens IndexedDB.
export const AnalysisRunPayloadSchema = z.object({
  text: z.string(),
  source: z.string().min(1),
  confidence: z.number().min(0).max(1),
  posting: PostingMetaSchema,
  identifier: z.string().nullable(),
});

export const AnalysisRunReplySchema = z.object({
  analysis: AnalysisSchema,
  match: MatchSchema,
  /** Marks on for this site (the person may have turned them off for a whole site). */
  siteEnabled: z.boolean(),
  saved: z.object({ id: z.string(), status: JobStatusSchema }).nullable(),
  /** Time the background spent, for the performance notes (not on the page's main thread). */
  analyzeMs: z.number(),
});
export type AnalysisRunReply = z.infer<typeof AnalysisRunReplySchema>;

export const analysisRequests = {
  'analysis.run': defineRequest(AnalysisRunPayloadSchema, AnalysisRunReplySchema),
  'settings.setSiteEnabled': defineRequest(
    z.object({ host: z.string().min(1), enabled: z.boolean() }),
    z.object({ disabledSites: z.array(z.string()) }),
  ),
};
