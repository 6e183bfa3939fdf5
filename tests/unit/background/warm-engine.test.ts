import { expect, it } from 'vitest';
import { warmEngine } from '@/lib/background/warm-engine';
import { safeAnalyzeText } from '@/lib/requirements/analyze-text';

// The worker runs the engine once on a sample as it starts (entrypoints/background.ts): that run must leave
// nothing behind that changes a page's analysis.

const POSTING = [
  'Data Engineer (m/w/d)',
  'Deine Aufgaben',
  '- Du baust Datenpipelines mit Airflow und Spark.',
  'Dein Profil',
  '- Mindestens 3 Jahre Erfahrung mit Scala oder Java',
  '- Sehr gute Deutschkenntnisse, gute Englischkenntnisse',
  'Wünschenswert',
  '- Erfahrung mit Snowflake',
  '100% remote innerhalb Deutschlands.',
].join('\n');
const analyse = () => safeAnalyzeText(POSTING, { source: 'text', confidence: 1, isJobPosting: true });

it("leaves a posting's analysis as it was", () => {
  const before = analyse();
  if (before instanceof Error) throw before;
  expect(before.requirements.length).toBeGreaterThan(0);
  warmEngine();
  expect(analyse()).toEqual(before);
});
