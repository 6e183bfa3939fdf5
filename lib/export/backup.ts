import { z } from 'zod';
import { ProfileSkillSchema, type ProfileSkill } from '../schemas/profile';
import { SavedJobSchema, type SavedJob } from '../schemas/saved-job';
import { isSamePosting } from '../saved/dedupe-keys';
import type { GapmarkDatabase } from '../db/database';
import { settingSchemas } from '../db/settings-schema';
import { describeStorageError } from '../db/describe-storage-error';
import { lazySchema } from '@/lib/schemas/lazy-schema';

// A JSON backup of everything the person owns: profile skills, settings and saved jobs. The whole file is
// validated before anything is written, so a corrupt or foreign file changes nothing.

export const BACKUP_FORMAT = 'gapmark-backup';
export const BACKUP_VERSION = 1;

// A setting this version knows must hold a valid value; an unknown key is kept as it is (any JSON value).
export const BackupSettingSchema = lazySchema(() =>
  z.object({ key: z.string().min(1), value: z.json() }).superRefine((setting, ctx) => {
    if (!Object.hasOwn(settingSchemas, setting.key)) return;
    const known = settingSchemas[setting.key as keyof typeof settingSchemas].safeParse(setting.value);
    if (!known.success)
      ctx.addIssue({ code: 'custom', path: ['value'], message: `invalid "${setting.key}" setting` });
  }),
);
export type BackupSetting = z.infer<typeof BackupSettingSchema>;

/** Rejects a list in which two records share a key: a backup we wrote never has that, so the file is damaged. */
const uniqueBy =
  <T>(label: string, keyOf: (item: T) => string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const key = keyOf(item);
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: [index], message: `${label} "${key}" appears twice` });
      seen.add(key);
    });
  };

export const BackupSchema = lazySchema(() =>
  z.object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.string(),
    profileSkills: z.array(ProfileSkillSchema).superRefine(uniqueBy<ProfileSkill>('skill', (s) => s.skillId)),
    settings: z.array(BackupSettingSchema).superRefine(uniqueBy<BackupSetting>('setting', (s) => s.key)),
    savedJobs: z.array(SavedJobSchema).superRefine(uniqueBy<SavedJob>('saved job id', (j) => j.id)),
  }),
);
export type Backup = z.infer<typeof BackupSchema>;

export interface BackupData {
  profileSkills: ProfileSkill[];
  settings: BackupSetting[];
  savedJobs: SavedJob[];
}

export function createBackup(data: BackupData, now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    profileSkills: data.profileSkills,
    settings: data.settings,
    savedJobs: data.savedJobs,
  };
}

export const serializeBackup = (backup: Backup): string => JSON.stringify(backup, null, 1);

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; error: string };

const describeIssues = (error: z.ZodError): string => {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path
      .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
      .join('');
    return `${path || 'file'}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : '';
  return `The backup is damaged, nothing was imported. ${shown.join('; ')}${more}`;
};

/** Parses and validates a backup file's text. Any problem rejects the whole file with a reason a person can read. */
export function parseBackup(text: string): ParseBackupResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      error: `This is not a JSON file (${error instanceof Error ? error.message : 'unreadable'}).`,
    };
  }
  const head = z.object({ format: z.unknown(), version: z.unknown() }).safeParse(raw);
  if (!head.success || head.data.format !== BACKUP_FORMAT) {
    return { ok: false, error: 'This is not a Gapmark backup (no "format": "gapmark-backup").' };
  }
  if (head.data.version !== BACKUP_VERSION) {
    const newer = typeof head.data.version === 'number' && head.data.version > BACKUP_VERSION;
    return {
      ok: false,
      error: `Backup format version ${JSON.stringify(head.data.version)} is not supported (this version reads ${BACKUP_VERSION})${newer ? '; it was made by a newer Gapmark' : ''}.`,
    };
  }
  let parsed: ReturnType<typeof BackupSchema.safeParse>;
  try {
    parsed = BackupSchema.safeParse(raw);
  } catch {
    // Zod validates JSON values recursively: a value nested thousands deep overflows the stack.
    return {
      ok: false,
      error: 'The backup is damaged, nothing was imported. It holds values nested too deeply to read.',
    };
  }
  return parsed.success
    ? { ok: true, backup: parsed.data }
    : { ok: false, error: describeIssues(parsed.error) };
}

export interface ImportCounts {
  added: number;
  updated: number;
  skipped: number;
}
export interface ImportReport {
  profileSkills: ImportCounts;
  settings: ImportCounts;
  savedJobs: ImportCounts;
}
export interface BackupImportPlan {
  writes: BackupData; // records to put (add or replace), keyed as stored
  report: ImportReport;
}

/** Structural equality of JSON values, independent of key order (records read back from IndexedDB may differ). */
function isSameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => isSameJson(item, b[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = Object.keys(ao).filter((k) => ao[k] !== undefined);
  return (
    keys.length === Object.keys(bo).filter((k) => bo[k] !== undefined).length &&
    keys.every((k) => isSameJson(ao[k], bo[k]))
  );
}

const emptyCounts = (): ImportCounts => ({ added: 0, updated: 0, skipped: 0 });

/**
 * Decides, without touching storage, what importing `incoming` over `existing` writes.
 * - Saved jobs merge by id, else by the same posting (canonical URL, or identifier at the same company); the
 *   stored id is kept. The more recently updated record wins whole (status history and notes included).
 * - Profile skills merge by skillId, the more recently updated winning.
 * - Settings merge by key; the backup's value wins (settings carry no dates, and importing is a choice).
 * Identical records, and records older than what is stored, are skipped.
 */
export function planBackupImport(existing: BackupData, incoming: Backup): BackupImportPlan {
  const report: ImportReport = {
    profileSkills: emptyCounts(),
    settings: emptyCounts(),
    savedJobs: emptyCounts(),
  };
  const writes: BackupData = { profileSkills: [], settings: [], savedJobs: [] };

  // Working copy so that two incoming records for the same posting merge into one, as storage would.
  const jobs = new Map(existing.savedJobs.map((job) => [job.id, job]));
  const added = new Set<string>();
  for (const job of incoming.savedJobs) {
    const current = jobs.get(job.id) ?? [...jobs.values()].find((stored) => isSamePosting(stored, job));
    if (!current) {
      jobs.set(job.id, job);
      added.add(job.id);
      report.savedJobs.added += 1;
      continue;
    }
    const candidate = { ...job, id: current.id };
    if (isSameJson(candidate, current) || job.updatedAt <= current.updatedAt) {
      report.savedJobs.skipped += 1;
      continue;
    }
    jobs.set(current.id, candidate);
    if (added.has(current.id)) report.savedJobs.skipped += 1;
    else report.savedJobs.updated += 1;
  }
  const before = new Map(existing.savedJobs.map((job) => [job.id, job]));
  writes.savedJobs = [...jobs.values()].filter((job) => !isSameJson(job, before.get(job.id)));

  const skills = new Map(existing.profileSkills.map((skill) => [skill.skillId, skill]));
  for (const skill of incoming.profileSkills) {
    const current = skills.get(skill.skillId);
    if (!current) report.profileSkills.added += 1;
    else if (isSameJson(skill, current) || skill.updatedAt <= current.updatedAt) {
      report.profileSkills.skipped += 1;
      continue;
    } else report.profileSkills.updated += 1;
    writes.profileSkills.push(skill);
  }

  const settings = new Map(existing.settings.map((setting) => [setting.key, setting]));
  for (const setting of incoming.settings) {
    const current = settings.get(setting.key);
    if (current && isSameJson(current.value, setting.value)) {
      report.settings.skipped += 1;
      continue;
    }
    if (current) report.settings.updated += 1;
    else report.settings.added += 1;
    writes.settings.push(setting);
  }
  return { writes, report };
}

/** "Added 3, updated 1, skipped 12 saved jobs; …" for the import control. */
export function describeImportReport(report: ImportReport): string {
  const part = (label: string, c: ImportCounts) =>
    `${label}: ${c.added} added, ${c.updated} updated, ${c.skipped} skipped`;
  return [
    part('Saved jobs', report.savedJobs),
    part('Profile skills', report.profileSkills),
    part('Settings', report.settings),
  ].join(' · ');
}

/** Reads everything the person owns into a backup file's text. Unreadable setting rows are left out. */
export interface BackupExport {
  text: string;
  /** Records left out because they could not be read back as valid data (a damaged database). */
  leftOut: number;
  /** Tables that could not be read at all. */
  unreadableTables: string[];
}

/**
 * Exports everything that can be read. A damaged database must not keep the person from saving what is still
 * good: each table is read on its own, and records that do not pass their schema are left out and counted, so
 * the file written always imports back.
 */
export async function exportBackupReport(
  db: GapmarkDatabase,
  now: number = Date.now(),
): Promise<BackupExport> {
  let leftOut = 0;
  const unreadableTables: string[] = [];
  const readValid = async <T>(
    name: string,
    read: () => Promise<unknown[]>,
    keep: (row: unknown) => T | null,
  ) => {
    try {
      const rows = await read();
      return rows.flatMap((row) => {
        const kept = keep(row);
        if (kept === null) leftOut += 1;
        return kept === null ? [] : [kept];
      });
    } catch {
      unreadableTables.push(name);
      return [];
    }
  };
  const parsedOrNull =
    <T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }) =>
    (row: unknown): T | null => {
      const parsed = schema.safeParse(row);
      return parsed.success ? parsed.data : null;
    };
  const data: BackupData = {
    profileSkills: await readValid(
      'profile skills',
      () => db.profileSkills.toArray(),
      parsedOrNull(ProfileSkillSchema),
    ),
    settings: await readValid('settings', () => db.settings.toArray(), parsedOrNull(BackupSettingSchema)),
    savedJobs: await readValid('saved jobs', () => db.savedJobs.toArray(), parsedOrNull(SavedJobSchema)),
  };
  return { text: serializeBackup(createBackup(data, now)), leftOut, unreadableTables };
}

export async function exportBackup(db: GapmarkDatabase, now: number = Date.now()): Promise<string> {
  return (await exportBackupReport(db, now)).text;
}

export type ImportBackupResult = { ok: true; report: ImportReport } | { ok: false; error: string };

/**
 * Imports a backup file's text. The whole file is validated first; then one transaction over all three tables
 * reads what is stored, plans the merge and writes it, so an import either happens entirely or not at all.
 */
export async function importBackup(db: GapmarkDatabase, text: string): Promise<ImportBackupResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  let report: ImportReport;
  try {
    report = await db.transaction('rw', db.profileSkills, db.settings, db.savedJobs, async () => {
      const existing: BackupData = {
        profileSkills: await db.profileSkills.toArray(),
        settings: (await db.settings.toArray()).map((row) => ({
          key: row.key,
          value: row.value as z.core.util.JSONType,
        })),
        savedJobs: await db.savedJobs.toArray(),
      };
      const plan = planBackupImport(existing, parsed.backup);
      await db.profileSkills.bulkPut(plan.writes.profileSkills);
      await db.settings.bulkPut(plan.writes.settings);
      await db.savedJobs.bulkPut(plan.writes.savedJobs);
      return plan.report;
    });
  } catch (error) {
    // The transaction was aborted as a whole (a full disk, a closed database): nothing was written.
    return { ok: false, error: describeStorageError(error, 'import this backup') };
  }
  return { ok: true, report };
}
