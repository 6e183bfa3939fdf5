import { z } from 'zod/mini';
import { AnalysisSchema } from '@/lib/schemas/analysis';
import { MatchSchema } from '@/lib/schemas/match';
import { JobStatusSchema } from '@/lib/schemas/job-status';
import { PostingDetailsSchema } from '@/lib/schemas/page';
import { defineRequest } from './define-request';
import { ReadReportSchema } from './read-report-schema';
import {
  EmptyPayloadSchema,
  ProfileChangedReplySchema,
  ProfileChangedSchema,
  SetMarksPayloadSchema,
} from './content-schemas';
import { lazySchema } from '@/lib/schemas/lazy-schema';

// Requests answered by the content script of a tab (popup → tab): what it read, analysed and painted.
export const PageTimingsSchema = lazySchema(() =>
  z.object({
    /** Main-thread time to detect and read the page (and build its text map). */
    readMs: z.number(),
    /** Main-thread time to build the ranges and paint them. */
    paintMs: z.number(),
    /** Background time to analyse and score (off the page's main thread). */
    analyzeMs: z.nullable(z.number()),
  }),
);

export const PageStateSchema = lazySchema(() =>
  z.object({
    url: z.string(),
    status: z.enum(['reading', 'not-posting', 'ready', 'error']),
    isJobPosting: z.boolean(),
    source: z.nullable(z.string()),
    confidence: z.number(),
    title: z.nullable(z.string()),
    company: z.nullable(z.string()),
    textLength: z.int().check(z.nonnegative()),
    error: z.nullable(z.string()),
    /** Why a page was not read as a posting ("a list of 20 postings"). */
    reason: z._default(z.nullable(z.string()), null),
    /** The board ("LinkedIn") when its URL names one posting that could not be read: say so, offer a report. */
    couldNotRead: z._default(z.nullable(z.string()), null),
    posting: z._default(z.nullable(PostingDetailsSchema), null),
    analysis: z._default(z.nullable(AnalysisSchema), null),
    match: z._default(z.nullable(MatchSchema), null),
    marksOnPage: z._default(z.boolean(), true),
    marksOnSite: z._default(z.boolean(), true),
    /** Painted ranges per mark verdict. */
    painted: z._default(z.record(z.string(), z.number()), {}),
    saved: z._default(z.nullable(z.object({ id: z.string(), status: JobStatusSchema })), null),
    timings: z._default(z.nullable(PageTimingsSchema), null),
    /** Whether the page is watched for single-page navigation (never on a page that is neither posting nor board). */
    watching: z._default(z.boolean(), false),
    /** How many times the page was read (single-page boards re-read on navigation). */
    reads: z._default(z.int().check(z.nonnegative()), 0),
  }),
);
export type PageState = z.infer<typeof PageStateSchema>;

export { ProfileChangedSchema, type ProfileChanged } from './content-schemas';

export const pageRequests = {
  /** Background → content script of a tab. */
  'profile.changed': defineRequest(
    () => ProfileChangedSchema,
    () => ProfileChangedReplySchema,
  ),
  'page.getState': defineRequest(
    () => EmptyPayloadSchema,
    () => PageStateSchema,
  ),
  /** Popup → tab: turn the marks on this page on or off (the chip has the same switch). */
  'page.setMarks': defineRequest(
    () => SetMarksPayloadSchema,
    () => PageStateSchema,
  ),
  /** Popup → tab: read and analyse again (after the profile changed, or "Save" from the popup). */
  'page.refresh': defineRequest(
    () => EmptyPayloadSchema,
    () => PageStateSchema,
  ),
  /** Popup → tab: the read report of a page that could not be read (null when the page was read). */
  'page.readReport': defineRequest(
    () => EmptyPayloadSchema,
    () => z.nullable(ReadReportSchema),
  ),
};
