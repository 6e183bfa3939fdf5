import { afterEach, beforeEach, expect, it } from 'vitest';
import { createAnalysisHandlers } from '@/lib/background/analysis-handlers';
import { createStoredForAnalysis } from '@/lib/background/stored-for-analysis';
import type { GapmarkDatabase } from '@/lib/db/database';
import { createProfileRepository } from '@/lib/db/profile-repo';
import { createSavedJobsRepository } from '@/lib/db/saved-jobs-repo';
import { createSettingsRepository } from '@/lib/db/settings-repo';
import { openTestDatabase } from '../saved/open-test-database';
import { makeAnalysis } from '../saved/saved-job-factory';

// analysis.run keeps its stored reads (profile, settings, saved-job keys) in memory; every committed write to
// those tables must reach the next analysis, whether it was made in the worker or in another extension page.

const URL_OF_POSTING = 'https://jobs.example/backend-1';
const TEXT = ['Backend Engineer', 'Requirements', '- 4+ years of backend development with Python.'].join(
  '\n',
);

let db: GapmarkDatabase;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(() => db.close());

const analyse = (handlers: ReturnType<typeof createAnalysisHandlers>, url = URL_OF_POSTING) =>
  handlers['analysis.run']({
    text: TEXT,
    source: 'text',
    confidence: 1,
    posting: {
      title: 'Backend Engineer',
      company: 'Northwind',
      location: null,
      remote: null,
      employmentType: null,
      url,
    },
    identifier: null,
  });

const python = {
  skillId: 'python',
  name: 'Python',
  category: 'language',
  level: 'strong',
  years: 5,
  lastUsed: null,
  notes: '',
  custom: false,
} as const;

/** Writes a profile skill straight through IndexedDB, as another page's Dexie would, without this page's events. */
async function putSkillBehindDexiesBack(name: string): Promise<void> {
  const request = indexedDB.open(name);
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = raw.transaction('profileSkills', 'readwrite');
  tx.objectStore('profileSkills').put({ ...python, addedAt: 1, updatedAt: 1 });
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  raw.close();
}

it('sees a profile skill added in this context on the next analysis', async () => {
  const handlers = createAnalysisHandlers(db);
  const before = await analyse(handlers);
  expect(before.profileSkills).toBe(0);
  await createProfileRepository(db).add(python);
  const after = await analyse(handlers);
  expect(after.profileSkills).toBe(1);
  expect(after.match.score).toBeGreaterThan(before.match.score ?? 0);
});

it('sees a site turned off, a hidden company and a saved posting on the next analysis', async () => {
  const handlers = createAnalysisHandlers(db);
  const before = await analyse(handlers);
  expect(before).toMatchObject({ siteEnabled: true, saved: null, dealbreakers: [] });

  await createSettingsRepository(db).set('disabledSites', ['jobs.example']);
  await createSettingsRepository(db).set('hiddenCompanies', ['northwind']);
  const { job } = await createSavedJobsRepository(db).save({
    analysis: makeAnalysis({}, { url: URL_OF_POSTING, company: 'Northwind' }),
  });
  const after = await analyse(handlers);
  expect(after.siteEnabled).toBe(false);
  expect(after.dealbreakers).toEqual(['Northwind is on your hidden list']);
  expect(after.saved).toEqual({ id: job.id, status: job.status });
  // A saved posting's lookup answers for its own page only.
  expect((await analyse(handlers, 'https://jobs.example/other')).saved).toBeNull();

  await createSavedJobsRepository(db).remove(job.id);
  expect((await analyse(handlers)).saved).toBeNull();
});

it('sees a write from another extension page once Dexie broadcasts it', async () => {
  const handlers = createAnalysisHandlers(db);
  expect((await analyse(handlers)).profileSkills).toBe(0);
  await putSkillBehindDexiesBack(db.name);
  // Kept in memory: the write has not been announced yet.
  expect((await analyse(handlers)).profileSkills).toBe(0);
  // What the popup's Dexie posts when its write commits (Dexie's channel between pages of one origin).
  const channel = new BroadcastChannel('x-storagemutated-1');
  channel.postMessage({ [`idb://${db.name}/profileSkills/`]: {} });
  channel.close();
  await expect.poll(async () => (await analyse(handlers)).profileSkills, { timeout: 5000 }).toBe(1);
});

it('ignores writes to other databases and tables', async () => {
  const other = await openTestDatabase();
  const stored = createStoredForAnalysis(db);
  const first = await stored.read({ url: URL_OF_POSTING });
  await createSettingsRepository(other).set('disabledSites', ['jobs.example']);
  await db.seenPostings.put({ key: 'k', firstSeenAt: 1, datePosted: null });
  // The very same snapshot object: nothing was read again.
  expect((await stored.read({ url: URL_OF_POSTING })).skills).toBe(first.skills);
  other.close();
});

it('reads again after forget (another page said it wrote)', async () => {
  const stored = createStoredForAnalysis(db);
  expect((await stored.read({ url: URL_OF_POSTING })).skills).toHaveLength(0);
  await putSkillBehindDexiesBack(db.name);
  stored.forget();
  expect((await stored.read({ url: URL_OF_POSTING })).skills).toHaveLength(1);
});
