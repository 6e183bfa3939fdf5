import { createMessageListener } from '@/lib/messaging/server';
import { watchGrantedSites } from '@/lib/background/site-access';
import { createAnalysisHandlers, scoreWithTaxonomy } from '@/lib/background/analysis-handlers';
import { broadcastProfileChangedToTabs, createProfileHandlers } from '@/lib/background/profile-handlers';
import { createJobsHandlers } from '@/lib/background/jobs-handlers';
import { getDatabase } from '@/lib/db/get-database';

// The background owns the database and the skills engine and answers typed requests; the content script and
// the popup reach both through it.
export default defineBackground(() => {
  const db = getDatabase();
  watchGrantedSites();
  browser.runtime.onMessage.addListener(
    createMessageListener({
      ping: () => ({ pong: true, version: browser.runtime.getManifest().version }),
      ...createAnalysisHandlers(db),
      ...createProfileHandlers(db),
      ...createJobsHandlers(db, {
        score: scoreWithTaxonomy,
        onChange: () => void broadcastProfileChangedToTabs({ at: Date.now() }),
      }),
    }),
  );
});
