import type { GapmarkDatabase } from './database';
import { settingDefaults, settingSchemas, type SettingKey, type SettingValue } from './settings-schema';

/** Typed access to the settings table: values are parsed on the way in and out, defaults fill the gaps. */
export function createSettingsRepository(db: GapmarkDatabase) {
  return {
    async get<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
      const row = await db.settings.get(key);
      const parsed = settingSchemas[key].safeParse(row?.value);
      // A missing or unreadable value falls back to the default; the stored row is left for a later fix.
      return (parsed.success ? parsed.data : settingDefaults[key]) as SettingValue<K>;
    },

    async set<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void> {
      const parsed = settingSchemas[key].safeParse(value);
      if (!parsed.success) throw new Error(`Invalid value for setting "${key}": ${parsed.error.message}`);
      await db.settings.put({ key, value: parsed.data });
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
