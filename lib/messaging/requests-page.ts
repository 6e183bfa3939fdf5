import { z } from 'zod';
import { defineRequest } from './define-request';

// Requests answered by the content script of a tab (popup → tab).
export const PageStateSchema = z.object({
  url: z.string(),
  status: z.enum(['reading', 'not-posting', 'ready', 'error']),
  isJobPosting: z.boolean(),
  source: z.string().nullable(),
  confidence: z.number(),
  title: z.string().nullable(),
  company: z.string().nullable(),
  textLength: z.number().int().nonnegative(),
  error: z.string().nullable(),
});
export type PageState = z.infer<typeof PageStateSchema>;

export const pageRequests = {
  'page.getState': defineRequest(z.object({}), PageStateSchema),
};
