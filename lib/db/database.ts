import { Dexie, type EntityTable } from 'dexie';
import type { ProfileSkill } from '@/lib/schemas/profile';
import type { SavedJob } from '@/lib/schemas/saved-job';
import { declareSchemaVersions } from './schema-versions';
import type { SettingRow } from './settings-schema';
import type { SeenPosting } from './seen-postings-repo';

export const DEFAULT_DATABASE_NAME = 'gapmark';

/**
 * The extension's IndexedDB database. Open it only in extension pages (popup, options) and the background:
 * opened from a content script it would belong to the job site's origin, so the content script asks the
 * background through messages instead.
 */
export class GapmarkDatabase extends Dexie {
  profileSkills!: EntityTable<ProfileSkill, 'skillId'>;
  settings!: EntityTable<SettingRow, 'key'>;
  savedJobs!: EntityTable<SavedJob, 'id'>;
  seenPostings!: EntityTable<SeenPosting, 'key'>;

  constructor(name: string = DEFAULT_DATABASE_NAME) {
    super(name);
    declareSchemaVersions(this);
  }
}

/** Creates the database object and opens it; an upgrade failure rejects here with the step's error. */
export async function openDatabase(name: string = DEFAULT_DATABASE_NAME): Promise<GapmarkDatabase> {
  const db = new GapmarkDatabase(name);
  await db.open();
  return db;
}
