import { z } from 'zod';
import { DEFAULT_PREFERENCES, PreferencesSchema } from '../schemas/preferences';
import { lazySchema } from '@/lib/schemas/lazy-schema';

// Settings are stored one row per key; each key has its own schema so a stored value is always parsed on the
// way out and a bad or missing one falls back to the default rather than leaking garbage into the UI. Each is
// built on first use (lazySchema): a worker woken for an analysis reads a few of them.
export const settingSchemas = {
  /** Marks on or off everywhere. */
  highlightsEnabled: lazySchema(() => z.boolean()),
  /** Hostnames where the person turned marks off ("www.linkedin.com"). */
  disabledSites: lazySchema(() => z.array(z.string())),
  /** Hostnames (beyond the known boards) where the person granted access. */
  enabledSites: lazySchema(() => z.array(z.string())),
  /** Dealbreakers: visa, workplace, minimum salary, languages, hidden companies. */
  preferences: PreferencesSchema,
  /** Days from "Applied" to the follow-up reminder that marking a job applied sets. */
  followUpDays: lazySchema(() => z.number().int().min(1).max(365)),
  /** The optional notifications permission was asked for once (on the first follow-up date set). */
  notificationsAsked: lazySchema(() => z.boolean()),
  /** Companies the person does not want: flagged on their postings, dimmed on search lists. */
  hiddenCompanies: lazySchema(() => z.array(z.string())),
  /** The version whose update notes the person has seen or dismissed ('' before any). */
  lastSeenNotesVersion: lazySchema(() => z.string()),
  /** The welcome page opened once already (a browser may report a reloaded unpacked build as an install). */
  welcomeShown: lazySchema(() => z.boolean()),
  /** Status badges on the boards' search lists (and dimmed cards); off: no badge and no list observer. */
  listBadges: lazySchema(() => z.boolean()),
} as const;

export const settingDefaults: { [K in SettingKey]: SettingValue<K> } = {
  highlightsEnabled: true,
  disabledSites: [],
  enabledSites: [],
  preferences: DEFAULT_PREFERENCES,
  followUpDays: 7,
  notificationsAsked: false,
  hiddenCompanies: [],
  lastSeenNotesVersion: '',
  welcomeShown: false,
  listBadges: true,
};

export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;

export const SettingRowSchema = lazySchema(() => z.object({ key: z.string().min(1), value: z.unknown() }));
export type SettingRow = z.infer<typeof SettingRowSchema>;
