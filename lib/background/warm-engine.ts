import { safeAnalyzeText } from '@/lib/requirements/analyze-text';
import { getSkillIndex } from '@/lib/skills/get-skill-index';
import { scoreWithTaxonomy } from './analysis-handlers';
import { taxonomyRelations } from './taxonomy-relations';

// Short postings with the parts a real one has (sections, bullets, years, degree, languages, workplace, visa,
// salary), so that analysing them goes through the same code and regular expressions as a page's. Three small
// ones, each analysed in a task of its own, rather than one: a page's request waits for one slice at most.
const SAMPLES = [
  [
    'Senior Backend Engineer',
    'What you will do',
    '- Design and build services in Python and Go on AWS.',
    'Requirements',
    '- 5+ years of experience with PostgreSQL, Docker and Kubernetes.',
    'Nice to have',
    '- Experience with Kafka or RabbitMQ.',
  ],
  [
    'About us',
    'We are a leading provider of logistics software. Our customers ship worldwide.',
    'Your profile',
    "- A bachelor's degree in computer science; fluent English, German is a plus.",
  ],
  [
    'Benefits',
    'Hybrid: two days a week in our Berlin office. We are unable to sponsor visas.',
    'Salary: €70,000 – €85,000 per year.',
  ],
].map((lines) => lines.join('\n'));

function analyseSample(text: string): void {
  const analysis = safeAnalyzeText(text, { source: 'text', confidence: 1, isJobPosting: true });
  if (!(analysis instanceof Error)) scoreWithTaxonomy(analysis, []);
}

// A worker's first analysis otherwise pays for unpacking the index and the relations and for compiling the
// code and regular expressions (about 50 ms in a fresh worker against 3 ms after).
const WARM_STEPS: (() => void)[] = [
  getSkillIndex,
  taxonomyRelations,
  ...SAMPLES.map((text) => () => analyseSample(text)),
];

/** Every warm-up step at once. Answers are unaffected (analysis is a pure function of its input). */
export function warmEngine(): void {
  for (const step of WARM_STEPS) step();
}

// A pause before each step: Chromium queues the page's request behind timers that are already due, so steps
// back to back held a request that came right after the wake-up for ~45 ms; with a pause it runs first.
const STEP_GAP_MS = 15;

/**
 * Warms the engine, one step per task, and stops as soon as a page's analysis has started: a stopped worker
 * that a page woke at document_start is often idle before the page's request (a real board's page reaches
 * document_idle hundreds of ms later), and the analysis then runs on warm code; a request that arrives
 * meanwhile waits for one step at most, and finds that much done. The worker starts it on the page's wake-up
 * message, not as soon as the engine's data has loaded: Chromium dispatches the messages that woke the worker
 * some 20 ms after its script ran, and steps run before then delayed the page's request by ~50 ms. Cold bench
 * on the seed pages (bench:browser --cold-only --runs 4, load ~3, medians of two rounds): started on the data
 * 240 / 232 ms; on the wake-up, steps back to back 215 / 227; with the pause 202 / 198; no warm-up 209 / 181.
 */
export function createEngineWarmer(
  setTimer: (run: () => void) => void = (run) => setTimeout(run, STEP_GAP_MS),
  steps: readonly (() => void)[] = WARM_STEPS,
) {
  let analysisStarted = false;
  let warming = false;
  const runFrom = (index: number) => {
    if (analysisStarted || index >= steps.length) return;
    steps[index]!();
    setTimer(() => runFrom(index + 1));
  };
  return {
    /** Call once the engine's data has loaded (again: no effect). */
    warmSoon(): void {
      if (warming) return;
      warming = true;
      setTimer(() => runFrom(0));
    },
    /** Call as a page's analysis starts. */
    analysisStarted(): void {
      analysisStarted = true;
    },
  };
}
