import type { GapmarkDatabase } from '@/lib/db/database';
import { createSettingsRepository } from '@/lib/db/settings-repo';
import { welcomePath } from '@/lib/welcome/welcome-url';

// First run: the welcome page opens once, on install, never on an update or a reload of the extension. An
// update says what changed in one dismissible line of the popup instead (lib/welcome/update-notes.ts).

interface InstalledDetails {
  reason: string;
}

export interface FirstRunApis {
  runtime: {
    getURL(path: string): string;
    getManifest(): { version: string };
    onInstalled: { addListener(listener: (details: InstalledDetails) => void): void };
  };
  tabs: { create(options: { url: string }): Promise<unknown> };
}

/**
 * What to do on `runtime.onInstalled`: open the welcome page on a first install, and only then. The profile's
 * own record that it was shown decides too: Chromium reports an unpacked build loaded again into the same
 * profile as an install, and the person has seen the page already.
 */
export async function onInstalled(db: GapmarkDatabase, apis: FirstRunApis, details: InstalledDetails) {
  if (details.reason !== 'install') return false;
  const settings = createSettingsRepository(db);
  if (await settings.get('welcomeShown')) return false;
  await settings.set('welcomeShown', true);
  // A new person has nothing to catch up on: the notes of this version count as seen.
  await settings.set('lastSeenNotesVersion', apis.runtime.getManifest().version);
  await apis.tabs.create({ url: apis.runtime.getURL(welcomePath()) });
  return true;
}

/** Registers the install listener and answers `welcome.open` (the chip's "Add your skills"). */
export function registerFirstRun(db: GapmarkDatabase, apis: FirstRunApis) {
  apis.runtime.onInstalled.addListener((details) => {
    void onInstalled(db, apis, details).catch((error: unknown) => console.error('Gapmark: welcome', error));
  });
  return {
    'welcome.open': async ({ section }: { section?: 'quick-start' }) => {
      await apis.tabs.create({ url: apis.runtime.getURL(welcomePath(section)) });
      return { opened: true };
    },
  };
}
