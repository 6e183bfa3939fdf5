import { safeAnalyzeText } from '@/lib/requirements/analyze-text';
import { getSkillIndex } from '@/lib/skills/get-skill-index';
import { scoreWithTaxonomy } from './analysis-handlers';

// A short posting with the parts a real one has (sections, bullets, years, degree, languages, workplace, visa,
// salary), so that one analysis of it goes through the same code and regular expressions as a page's.
const SAMPLE = [
  'Senior Backend Engineer',
  'About us',
  'We are a leading provider of logistics software. Our customers ship worldwide.',
  'What you will do',
  '- Design and build services in Python and Go on AWS.',
  'Requirements',
  "- 5+ years of experience with PostgreSQL, Docker and Kubernetes; a bachelor's degree in computer science.",
  '- Fluent English; German is a plus.',
  'Nice to have',
  '- Experience with Kafka or RabbitMQ.',
  'Benefits',
  'Hybrid: two days a week in our Berlin office. We are unable to sponsor visas. Salary: €70,000 – €85,000 per year.',
].join('\n');

/**
 * Runs one analysis and one score of a sample posting: a worker's first analysis otherwise pays for
 * unpacking the index and the relations and compiling the code and regular expressions (about 50 ms in a
 * fresh worker against 3 ms after). Answers are unaffected (analysis is a pure function of its input).
 */
export function warmEngine(): void {
  getSkillIndex();
  const analysis = safeAnalyzeText(SAMPLE, { source: 'text', confidence: 1, isJobPosting: true });
  if (!(analysis instanceof Error)) scoreWithTaxonomy(analysis, []);
}

// How long after the engine's data has loaded the warm-up waits for a page's analysis. A stopped worker that a
// page's wake-up started is ready before the page's job script reads it (at document_idle): on a light page
// the analysis request follows within a few tens of ms (and is only delayed by warming first, which then
// costs more than it saves), on a real board's page it comes hundreds of ms later.
const WARM_AFTER_MS = 50;

/**
 * Warms the engine once the engine's data has loaded, in a task of its own after WARM_AFTER_MS, unless a
 * page's analysis has started by then: the page's analysis then runs on warm code.
 */
export function createEngineWarmer(
  setTimer: (run: () => void) => void = (run) => setTimeout(run, WARM_AFTER_MS),
  warm: () => void = warmEngine,
) {
  let analysisStarted = false;
  return {
    /** Call once the engine's data has loaded. */
    warmSoon(): void {
      setTimer(() => {
        if (!analysisStarted) warm();
      });
    },
    /** Call as a page's analysis starts. */
    analysisStarted(): void {
      analysisStarted = true;
    },
  };
}
