import { z } from 'zod/mini';
import { defineRequest } from './define-request';

// Content script or popup → background: open the welcome page (at its quick start) in a new tab. A web page
// cannot open an extension page itself, so the chip's "Add your skills" asks the background.
export const welcomeRequests = {
  'welcome.open': defineRequest(
    () => z.object({ section: z.optional(z.enum(['quick-start'])) }),
    () => z.object({ opened: z.boolean() }),
  ),
};
