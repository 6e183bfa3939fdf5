import { z } from 'zod';

// Settings are stored one row per key; each key has its own schema so a stored value is always parsed on the
// way out and a bad or missing one falls back to the default rather than leaking garbage into the UI.
export const settingSchemas = {
  /** Marks on or off everywhere. */
  highlightsEnabled: z.boolean(),
  /** Hostnames where the person turned marks off ("www.linkedin.com"). */
  disabledSites: z.array(z.string()),
  /** Hostnames (beyond the known boards) where the person granted access. */
  enabledSites: z.array(z.string()),
} as const;

export const settingDefaults: { [K in SettingKey]: SettingValue<K> } = {
  highlightsEnabled: true,
  disabledSites: [],
  enabledSites: [],
};

export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;

export const SettingRowSchema = z.object({ key: z.string().min(1), value: z.unknown() });
export type SettingRow = z.infer<typeof SettingRowSchema>;
