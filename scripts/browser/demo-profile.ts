import type { ExtensionSession } from './launch';

// The sample profile the demo starts with, so the postings show all three kinds of marks.
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

/** Fills the demo profile through the extension (when the profile store exists); returns how many skills it has. */
export async function seedDemoProfile(_session: ExtensionSession): Promise<number> {
  return 0;
}
