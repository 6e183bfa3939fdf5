import { z } from 'zod/mini';
import { JobStatusSchema } from '@/lib/schemas/job-status';
import { defineRequest } from './define-request';
import { lazySchema } from '@/lib/schemas/lazy-schema';

// "Your search at a glance": what the person already did with this posting (saved, applied, a look-alike saved
// under another URL), how old it is, and the status badges on a board's search list. The background answers
// from the database; the content script only shows what it is told.

export const GlancePagePayloadSchema = lazySchema(() =>
  z.object({
    url: z.string().check(z.minLength(1)),
    identifier: z.nullable(z.string()),
    title: z.nullable(z.string()),
    company: z.nullable(z.string()),
    /** JSON-LD datePosted, where the page has one. */
    datePosted: z.nullable(z.string()),
    /** The board's own "3 days ago" text, where the page shows one. */
    postedText: z.nullable(z.string()),
  }),
);

export const GlancePageReplySchema = lazySchema(() =>
  z.object({
    /** "Saved 12 Nov · Applied 14 Nov" when this posting is a saved job. */
    saved: z.nullable(z.object({ id: z.string(), status: JobStatusSchema, line: z.string() })),
    /** A saved job of the same company with a near-identical title under another URL. */
    lookAlike: z.nullable(
      z.object({
        id: z.string(),
        url: z.string(),
        title: z.string(),
        company: z.nullable(z.string()),
        line: z.string(),
      }),
    ),
    /** "Posted 3 Nov · first seen 4 Nov · posted over 30 days ago", or null when nothing is known. */
    age: z.nullable(z.string()),
    reposted: z.boolean(),
    stale: z.boolean(),
  }),
);
export type GlancePageReply = z.infer<typeof GlancePageReplySchema>;

export const ListCardSchema = lazySchema(() =>
  z.object({
    key: z.nullable(z.string()),
    title: z.nullable(z.string()),
    company: z.nullable(z.string()),
  }),
);

export const GlanceCardsReplySchema = lazySchema(() =>
  z.object({
    /** The list badges setting: when off the content script removes its badges and stops watching the list. */
    enabled: z.boolean(),
    marks: z.array(z.object({ status: z.nullable(JobStatusSchema), dim: z.boolean() })),
  }),
);

/** What the list badges did on this tab (for the e2e and the performance notes). */
export const ListStateSchema = lazySchema(() =>
  z.object({
    board: z.nullable(z.string()),
    enabled: z.boolean(),
    cards: z.number(),
    badged: z.number(),
    dimmed: z.number(),
    /** Main-thread milliseconds of each update (read the cards, then paint the answer). */
    updateMs: z.array(z.number()),
    /** The longest look for new cards that found none (after the board changed the page), in ms. */
    scanMaxMs: z.number(),
  }),
);
export type ListState = z.infer<typeof ListStateSchema>;

export const glanceContentRequests = {
  'glance.page': defineRequest(
    () => GlancePagePayloadSchema,
    () => GlancePageReplySchema,
  ),
  'glance.cards': defineRequest(
    () => z.object({ cards: z.array(ListCardSchema) }),
    () => GlanceCardsReplySchema,
  ),
  'glance.listState': defineRequest(
    () => z.object({}),
    () => ListStateSchema,
  ),
};

export const glanceRequests = {
  ...glanceContentRequests,
  /** Popup → background: the list badges toggle; every tab is told, so lists update at once. */
  'glance.setListBadges': defineRequest(
    () => z.object({ enabled: z.boolean() }),
    () => z.object({ enabled: z.boolean() }),
  ),
  /** Extension page → background: saved jobs changed there (status, delete); open tabs show it at once. */
  'glance.notifyTabs': defineRequest(
    () => z.object({}),
    () => z.object({ notified: z.boolean() }),
  ),
};
