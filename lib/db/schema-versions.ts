import type { Dexie, Transaction } from 'dexie';
import { upgradeV1ToV2 } from './upgrade-v1-to-v2';

// Every schema version the database has ever had, oldest first. Never edit a released entry: add a new one
// with its `upgrade` step. Tests declare a database at an old version from this very list, so the golden
// upgrade fixtures run against the real history.
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: { profileSkills: 'skillId, name, category', settings: 'key' },
  },
  {
    version: 2,
    stores: {
      profileSkills: 'skillId, name, category, level, updatedAt',
      savedJobs: 'id, canonicalUrl, identifier, status, savedAt, updatedAt, company',
    },
    upgrade: async (tx) => {
      const table = tx.table('profileSkills');
      const rows: unknown[] = await table.toArray();
      // Convert every row before writing any, so a bad row stops the step before anything changes (the
      // aborted version-change transaction would roll back anyway; this keeps the error first and clear).
      const converted = rows.map((row) => upgradeV1ToV2(row));
      await table.bulkPut(converted);
    },
  },
  {
    // Postings the person's browser has analysed: when first seen, and the date posted read then.
    version: 3,
    stores: { seenPostings: 'key, firstSeenAt' },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Declares the schema versions up to `upTo` (all of them by default) on a Dexie instance. */
export function declareSchemaVersions(db: Dexie, upTo: number = CURRENT_SCHEMA_VERSION): void {
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > upTo) break;
    const declared = db.version(step.version).stores(step.stores);
    if (step.upgrade) declared.upgrade(step.upgrade);
  }
}
