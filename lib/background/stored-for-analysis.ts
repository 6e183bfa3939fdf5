import { Dexie, type ObservabilitySet } from 'dexie';
import type { GapmarkDatabase } from '@/lib/db/database';
import { createSavedJobsRepository, type SavedJobLookup } from '@/lib/db/saved-jobs-repo';
import { createSettingsRepository, type SettingsRepository } from '@/lib/db/settings-repo';
import type { SettingValue } from '@/lib/db/settings-schema';
import { canonicalizeUrl } from '@/lib/saved/canonical-url';
import type { ProfileSkill } from '@/lib/schemas/profile';
import type { SavedJob } from '@/lib/schemas/saved-job';

/** What analysis.run reads from the database besides the posting. */
export interface StoredForAnalysis {
  skills: ProfileSkill[];
  disabledSites: SettingValue<'disabledSites'>;
  preferences: SettingValue<'preferences'>;
  hiddenCompanies: SettingValue<'hiddenCompanies'>;
  savedJob: SavedJob | null;
}

interface Snapshot extends Omit<StoredForAnalysis, 'savedJob'> {
  // The saved jobs' lookup keys only: most pages are not saved, and these answer "not saved" without a read.
  savedUrls: ReadonlySet<unknown>;
  savedIdentifiers: ReadonlySet<unknown>;
}

const TABLES = ['profileSkills', 'settings', 'savedJobs'] as const;

/**
 * analysis.run's stored reads, kept in memory: reading them from IndexedDB on every request cost more than
 * the analysis itself (the reads' callbacks queue behind it). Filled on first use (or by `warm`), dropped on
 * every committed write to these tables: Dexie's `storagemutated` fires for a write in this context when its
 * transaction completes (before the writer's promise resolves) and, through Dexie's BroadcastChannel, for a
 * write from another extension page (the popup, the dashboard). A dropped snapshot is read again.
 */
export function createStoredForAnalysis(db: GapmarkDatabase) {
  const settings = createSettingsRepository(db);
  const saved = createSavedJobsRepository(db);
  let snapshot: Promise<Snapshot> | undefined;

  const prefixes = TABLES.map((table) => `idb://${db.name}/${table}/`);
  // A part that names no table (Dexie's `all` after a page comes back from the back/forward cache) drops it too.
  const touchesUs = (parts: ObservabilitySet) =>
    Object.keys(parts).some(
      (part) => !part.startsWith('idb://') || prefixes.some((prefix) => part.startsWith(prefix)),
    );
  const onMutated = (parts: ObservabilitySet) => {
    if (touchesUs(parts)) forget();
  };
  Dexie.on('storagemutated', onMutated);

  function forget(): void {
    snapshot = undefined;
  }

  function read(): Promise<Snapshot> {
    if (snapshot) return snapshot;
    // Kept from the start, so a write that commits while this read is under way drops it (its caller gets what
    // the read saw, as it would have without the cache).
    const reading = readSnapshot(db, settings);
    snapshot = reading;
    reading.catch(() => {
      if (snapshot === reading) snapshot = undefined; // a failure is not kept: the next request reads again
    });
    return reading;
  }

  return {
    /** The stored values for one posting's analysis. */
    async read(lookup: SavedJobLookup): Promise<StoredForAnalysis> {
      const { savedUrls, savedIdentifiers, ...values } = await read();
      const url = canonicalizeUrl(lookup.url);
      const maybeSaved =
        (url !== null && savedUrls.has(url)) ||
        (!!lookup.identifier && savedIdentifiers.has(lookup.identifier));
      return { ...values, savedJob: maybeSaved ? await saved.find(lookup) : null };
    },
    /** Starts reading now (a page's content script is about to ask), so the analysis finds it in memory. */
    warm(): Promise<unknown> {
      return read();
    },
    /** Drops the snapshot: another context says it wrote (its Dexie broadcast may still be on its way). */
    forget,
  };
}

export type StoredForAnalysisCache = ReturnType<typeof createStoredForAnalysis>;

// One read-only transaction for all the reads (one transaction per read costs more than the reads).
function readSnapshot(db: GapmarkDatabase, settings: SettingsRepository): Promise<Snapshot> {
  return db.transaction('r', [db.profileSkills, db.settings, db.savedJobs], async () => {
    const [skills, disabledSites, preferences, hiddenCompanies, savedUrls, savedIdentifiers] =
      await Promise.all([
        db.profileSkills.toArray(),
        settings.get('disabledSites'),
        settings.get('preferences'),
        settings.get('hiddenCompanies'),
        db.savedJobs.orderBy('canonicalUrl').uniqueKeys(),
        db.savedJobs.orderBy('identifier').uniqueKeys(),
      ]);
    return {
      skills,
      disabledSites,
      preferences,
      hiddenCompanies,
      savedUrls: new Set(savedUrls),
      savedIdentifiers: new Set(savedIdentifiers),
    };
  });
}
