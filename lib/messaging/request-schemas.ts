import { z } from 'zod/mini';
import { defineRequest } from './define-request';
import { contentRequests } from './content-requests';
import { jobsRequests } from './requests-jobs';
import { profileRequests } from './requests-profile';
import { remindersRequests } from './requests-reminders';
import { glanceRequests } from './requests-glance';

export const coreRequests = {
  ping: defineRequest(
    () => z.object({}),
    () => z.object({ pong: z.literal(true), version: z.string() }),
  ),
};

/** Every request of the protocol (background and extension pages). */
export const requestSchemas = {
  ...coreRequests,
  ...contentRequests,
  ...profileRequests,
  ...jobsRequests,
  ...remindersRequests,
  ...glanceRequests,
};
