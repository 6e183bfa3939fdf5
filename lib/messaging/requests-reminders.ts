import { z } from 'zod';
import { defineRequest } from './define-request';

// Follow-up reminders: an extension page that changed a follow-up date (or a status) asks the background to
// set its alarm again; the reply says when it will fire next (ms), or null when nothing is pending.
export const remindersRequests = {
  'reminders.sync': defineRequest(
    () => z.object({}),
    () => z.object({ next: z.number().nullable() }),
  ),
};
