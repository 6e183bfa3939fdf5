import type { BrowserPage } from './page';
import { clickOn, setInputFiles, waitForText } from './ui';

/** Anything that opens the extension's popup as a page (the e2e harness, the demo). */
export interface PopupOpener {
  openPopup(): Promise<BrowserPage>;
}

// The sample profile the demo (and the e2e tests) start with, so the postings show every kind of mark. It goes
// in the way a person's would: a JSON Resume file imported in the popup's Profile tab.
export const DEMO_PROFILE = [
  { name: 'PHP', level: 'expert', years: 8 },
  { name: 'MySQL', level: 'strong', years: 7 },
  { name: 'Redis', level: 'working', years: 4 },
  { name: 'Docker', level: 'strong', years: 5 },
  { name: 'Python', level: 'working', years: 3 },
  { name: 'Symfony', level: 'strong', years: 6 },
  { name: 'GitHub Actions', level: 'working', years: 3 },
  { name: 'AWS', level: 'working', years: 4 },
] as const;

export const demoJsonResume = (
  skills: readonly { name: string; level: string; years: number }[] = DEMO_PROFILE,
) =>
  JSON.stringify({
    skills: skills.map((s) => ({ name: s.name, level: s.level, years: s.years, keywords: [] })),
  });

/** Imports a JSON Resume through the popup's Profile tab; returns how many skills the profile then lists. */
export async function importProfileThroughPopup(
  session: PopupOpener,
  json = demoJsonResume(),
): Promise<number> {
  const popup = await session.openPopup();
  await clickOn(popup, { role: 'tab', name: 'Profile' });
  await setInputFiles(popup, { selector: 'input[type=file]' }, [
    { name: 'demo-resume.json', mimeType: 'application/json', text: json },
  ]);
  await waitForText(popup, /^Imported demo-resume\.json/);
  const count = await popup.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('gapmark');
        open.onsuccess = () => {
          const tx = open.result.transaction('profileSkills', 'readonly');
          const req = tx.objectStore('profileSkills').count();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await popup.close();
  return count;
}

/** Fills the demo profile (idempotent: importing merges without duplicates). */
export const seedDemoProfile = (session: PopupOpener) => importProfileThroughPopup(session);
