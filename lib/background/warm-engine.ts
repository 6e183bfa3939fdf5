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

/**
 * Warms the engine once the engine's data has loaded, one step per task, and stops as soon as a page's
 * analysis has started: a stopped worker that a page woke at document_start is often idle before the page's
 * request (a real board's page reaches document_idle hundreds of ms later), and the analysis then runs on
 * warm code; a request that arrives meanwhile waits for one step at most, and finds that much done.
 */
export function createEngineWarmer(
  setTimer: (run: () => void) => void = (run) => setTimeout(run, 0),
  steps: readonly (() => void)[] = WARM_STEPS,
) {
  let analysisStarted = false;
  const runFrom = (index: number) => {
    if (analysisStarted || index >= steps.length) return;
    steps[index]!();
    setTimer(() => runFrom(index + 1));
  };
  return {
    /** Call once the engine's data has loaded. */
    warmSoon(): void {
      setTimer(() => runFrom(0));
    },
    /** Call as a page's analysis starts. */
    analysisStarted(): void {
      analysisStarted = true;
    },
  };
}
