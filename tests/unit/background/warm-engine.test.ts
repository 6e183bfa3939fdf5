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
  // A fake timer queue: each call to the timer is one task, run when the test says.
  const setUp = () => {
    const queued: (() => void)[] = [];
    const ran: number[] = [];
    const warmer = createEngineWarmer(
      (run) => void queued.push(run),
      [0, 1, 2].map((i) => () => void ran.push(i)),
    );
    const runNextTask = () => queued.shift()?.();
    return { queued, ran, warmer, runNextTask };
  };

  it('runs the steps one per task when no analysis starts', () => {
    const { ran, warmer, runNextTask } = setUp();
    warmer.warmSoon();
    expect(ran).toEqual([]);
    runNextTask();
    expect(ran).toEqual([0]);
    runNextTask();
    runNextTask();
    runNextTask();
    expect(ran).toEqual([0, 1, 2]);
  });

  it("stops as soon as a page's analysis has started", () => {
    const { ran, queued, warmer, runNextTask } = setUp();
    warmer.warmSoon();
    runNextTask();
    warmer.analysisStarted();
    while (queued.length) runNextTask();
    expect(ran).toEqual([0]);
  });

  it('warms once when woken twice (the wake-up script and the job script both send analysis.warm)', () => {
    const { ran, warmer, runNextTask } = setUp();
    warmer.warmSoon();
    warmer.warmSoon();
    for (let i = 0; i < 8; i++) runNextTask();
    expect(ran).toEqual([0, 1, 2]);
  });
});

it("starts the warm-up on a page's wake-up message (analysis.warm), not before", async () => {
  const db = await openTestDatabase();
  let woken = 0;
  const handlers = createAnalysisHandlers(db, { onWake: () => void (woken += 1) });
  expect(woken).toBe(0);
  await expect(handlers['analysis.warm']()).resolves.toEqual({ awake: true });
  expect(woken).toBe(1);
  db.close();
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
