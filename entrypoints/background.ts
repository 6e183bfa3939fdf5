import '@/lib/background/mark-worker-start';
import '@/lib/background/fetch-engine-data-early';
import { createMessageListener } from '@/lib/messaging/server';
import { watchGrantedSites } from '@/lib/background/site-access';
import { createAnalysisHandlers, scoreWithTaxonomy } from '@/lib/background/analysis-handlers';
import { createStoredForAnalysis } from '@/lib/background/stored-for-analysis';
import { broadcastProfileChangedToTabs, createProfileHandlers } from '@/lib/background/profile-handlers';
import { createJobsHandlers } from '@/lib/background/jobs-handlers';
import { getDatabase } from '@/lib/db/get-database';
import { rescoreAll } from '@/lib/saved/rescore-all';
import { createReminders, createRemindersHandlers } from '@/lib/background/reminders-handlers';
import { FOLLOW_UP_ALARM } from '@/lib/saved/reminders';
import { registerFirstRun } from '@/lib/background/first-run';
import { createGlanceHandlers } from '@/lib/background/glance-handlers';
import { afterEngineData } from '@/lib/background/after-engine-data';
import { loadEngineData } from '@/lib/skills/engine-data';
import { createEngineWarmer } from '@/lib/background/warm-engine';

/** Shows a notification when the optional `notifications` permission is granted (the API is absent before). */
async function notify(id: string, content: { title: string; message: string }): Promise<boolean> {
  const api = (browser as { notifications?: typeof browser.notifications }).notifications;
  if (!api) return false;
  await api.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: content.title,
    message: content.message,
  });
  return true;
}

// The background owns the database and the skills engine and answers typed requests; the content script and
// the popup reach both through it.
export default defineBackground(() => {
  // When the worker's modules have been evaluated (ms from the worker's start): npm run bench:browser reads it.
  performance.mark('gapmark:bg:main');
  // A worker mostly wakes for a page's analysis: fetch the engine's data now, while the message that woke it
  // is still on its way (analysis.run waits for the same load; nothing else here does). Once that message has
  // come, and until the page's analysis does, run the engine on samples so the analysis finds its code compiled.
  const warmer = createEngineWarmer();
  void loadEngineData().catch((error) => console.error('Gapmark: skills data', error));
  const warmEngineSoon = () =>
    void loadEngineData()
      .then(warmer.warmSoon)
      .catch(() => undefined); // reported above
  const db = getDatabase();
  const stored = createStoredForAnalysis(db);
  // Read what an analysis needs from the database now, in the gaps before the first message is dispatched,
  // rather than after the first analysis has held the thread (a failure surfaces on the analysis).
  void stored.warm().catch(() => undefined);
  watchGrantedSites();
  const reminders = createReminders(db, { alarms: browser.alarms, notify });
  const syncReminders = () =>
    void reminders.sync().catch((error) => console.error('Gapmark: follow-up alarm', error));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FOLLOW_UP_ALARM)
      void reminders.fire().catch((error) => console.error('Gapmark: follow-up', error));
  });
  browser.runtime.onStartup.addListener(syncReminders);
  browser.runtime.onInstalled.addListener(syncReminders);
  browser.runtime.onMessage.addListener(
    createMessageListener({
      ping: () => ({ pong: true, version: browser.runtime.getManifest().version }),
      ...createAnalysisHandlers(db, {
        stored,
        onAnalysis: warmer.analysisStarted,
        onWake: warmEngineSoon,
      }),
      ...createProfileHandlers(db, {
        // A profile change re-scores the open postings (through their content scripts) and the saved jobs. The
        // popup wrote the profile before saying so: drop the analyses' stored values now, not when Dexie's
        // broadcast of that write arrives (it travels apart from this message).
        broadcast: async (event) => {
          stored.forget();
          await loadEngineData()
            .then(() => rescoreAll(db, scoreWithTaxonomy))
            .catch((error) => console.error('Gapmark: re-scoring', error));
          return broadcastProfileChangedToTabs(event);
        },
      }),
      // Scoring needs the skills engine's data (loaded on first need); the other requests answer without it.
      ...afterEngineData(
        createJobsHandlers(db, {
          score: scoreWithTaxonomy,
          onChange: () => {
            void broadcastProfileChangedToTabs({ at: Date.now() });
            syncReminders();
          },
        }),
        ['jobs.save', 'jobs.rescoreAll', 'backup.import'],
      ),
      ...createRemindersHandlers(reminders),
      ...registerFirstRun(db, { runtime: browser.runtime, tabs: browser.tabs } as never),
      ...createGlanceHandlers(db, { broadcast: () => broadcastProfileChangedToTabs({ at: Date.now() }) }),
    }),
  );
});
