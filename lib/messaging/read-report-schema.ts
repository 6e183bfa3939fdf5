import { z } from 'zod/mini';
import { lazySchema } from '@/lib/schemas/lazy-schema';

// The "Save a report" file (lib/sites/read-report.ts) as it crosses from the content script to the popup.
export const ReadReportSchema = lazySchema(() =>
  z.object({
    kind: z.literal('gapmark-read-report'),
    version: z.literal(1),
    createdAt: z.string(),
    url: z.string(),
    board: z.string(),
    readersTried: z.array(z.string()),
    reason: z.nullable(z.string()),
    anchors: z.record(z.string(), z.union([z.boolean(), z.number()])),
    pageTextStart: z.string().check(z.maxLength(200)),
  }),
);
