import { z } from 'zod/mini';
import { JobStatusSchema } from '@/lib/schemas/job-status';
import { lazySchema } from '@/lib/schemas/lazy-schema';

// The schemas the content script itself parses: the payloads of the requests it answers, and the replies of
// the requests it sends (only the fields it reads). Kept apart from the full definitions so the bundle that
// runs on every job page carries no schema it never uses (its budget is 30 KB gzip).

export const EmptyPayloadSchema = lazySchema(() => z.object({}));
export const SetMarksPayloadSchema = lazySchema(() => z.object({ enabled: z.boolean() }));

/** Sent by the background to every tab when the profile changed, so content scripts re-score their page. */
export const ProfileChangedSchema = lazySchema(() => z.object({ at: z.number() }));
export type ProfileChanged = z.infer<typeof ProfileChangedSchema>;
export const ProfileChangedReplySchema = lazySchema(() => z.object({ received: z.literal(true) }));

export const SiteSettingReplySchema = lazySchema(() => z.object({ disabledSites: z.array(z.string()) }));

/** What the content script reads of a `jobs.save` reply (the full reply carries the whole SavedJob). */
export const SavedRefReplySchema = lazySchema(() =>
  z.object({
    job: z.object({ id: z.string(), status: JobStatusSchema }),
    created: z.boolean(),
  }),
);
