import { createMessageListener } from '@/lib/messaging/server';
import { watchGrantedSites } from '@/lib/background/site-access';
import { createAnalysisHandlers, scoreWithTaxonomy } from '@/lib/background/analysis-handlers';
import { broadcastProfileChangedToTabs, createProfileHandlers } from '@/lib/background/profile-handlers';
import { createJobsHandlers } from '@/lib/background/jobs-handlers';
import { getDatabase } from '@/lib/db/get-database';
import { rescoreAll } from '@/lib/saved/rescore-all';

// The background owns the database and the skills engine and answers typed requests; the content script and
// the popup reach both through it.
export default defineBackground(() => {
  const db = getDatabase();
  watchGrantedSites();
  browser.runtime.onMessage.addListener(
    createMessageListener({
      ping: () => ({ pong: true, version: browser.runtime.getManifest().version }),
      ...createAnalysisHandlers(db),
      ...createProfileHandlers(db, {
        // A profile change re-scores the open postings (through their content scripts) and the saved jobs.
        broadcast: async (event) => {
          await rescoreAll(db, scoreWithTaxonomy).catch((error) =>
            console.error('Gapmark: re-scoring', error),
          );
          return broadcastProfileChangedToTabs(event);
        },
      }),
      ...createJobsHandlers(db, {
        score: scoreWithTaxonomy,
        onChange: () => void broadcastProfileChangedToTabs({ at: Date.now() }),
      }),
    }),
  );
});
