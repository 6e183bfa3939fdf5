import { analysisRequests } from './requests-analysis';
import { pageRequests } from './requests-page';
import { saveJobRequests } from './requests-save-job';
import { welcomeRequests } from './requests-welcome';
import { glanceContentRequests } from './requests-glance';

/** The requests the content script answers or sends. Their schemas use zod/mini: the content script's budget. */
export const contentRequests = {
  ...pageRequests,
  ...analysisRequests,
  ...saveJobRequests,
  ...welcomeRequests,
  ...glanceContentRequests,
};
