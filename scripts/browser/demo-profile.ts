import type { ExtensionSession } from './launch';

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
  session: ExtensionSession,
  json = demoJsonResume(),
): Promise<number> {
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await popup.getByRole('tab', { name: 'Profile' }).click();
  await popup.locator('input[type=file]').setInputFiles({
    name: 'demo-resume.json',
    mimeType: 'application/json',
    buffer: Buffer.from(json),
  });
  await popup.getByText(/^Imported demo-resume\.json/).waitFor({ timeout: 10_000 });
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
export const seedDemoProfile = (session: ExtensionSession) => importProfileThroughPopup(session);
