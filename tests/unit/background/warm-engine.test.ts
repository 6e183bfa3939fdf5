import { describe, expect, it } from 'vitest';
import { createEngineWarmer, warmEngine } from '@/lib/background/warm-engine';
import { safeAnalyzeText } from '@/lib/requirements/analyze-text';
import { createAnalysisHandlers } from '@/lib/background/analysis-handlers';
import { openTestDatabase } from '../saved/open-test-database';

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

describe('createEngineWarmer', () => {
  const timers = () => {
    const queued: (() => void)[] = [];
    return { queued, setTimer: (run: () => void) => void queued.push(run) };
  };

  it('warms in a task of its own when no analysis has started', () => {
    const { queued, setTimer } = timers();
    let warmed = 0;
    const warmer = createEngineWarmer(setTimer, () => void (warmed += 1));
    warmer.warmSoon();
    expect(warmed).toBe(0);
    queued.forEach((run) => run());
    expect(warmed).toBe(1);
  });

  it("skips warming when a page's analysis started first", () => {
    const { queued, setTimer } = timers();
    let warmed = 0;
    const warmer = createEngineWarmer(setTimer, () => void (warmed += 1));
    warmer.warmSoon();
    warmer.analysisStarted();
    queued.forEach((run) => run());
    expect(warmed).toBe(0);
  });
});

it("tells the warmer as a page's analysis starts (analysis.run)", async () => {
  const db = await openTestDatabase();
  let started = 0;
  const handlers = createAnalysisHandlers(db, { onAnalysis: () => void (started += 1) });
  await handlers['analysis.run']({
    text: POSTING,
    source: 'text',
    confidence: 1,
    posting: { title: null, company: null, location: null, remote: null, employmentType: null, url: null },
    identifier: null,
  });
  expect(started).toBe(1);
  db.close();
});
