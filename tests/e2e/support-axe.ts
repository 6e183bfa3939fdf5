import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BROWSER, playwrightPage, puppeteerPage, type E2EPage } from './harness';

// axe-core in the e2e browser. Extension pages forbid eval and inline scripts (their CSP), so axe's source is
// evaluated by the driver itself (CDP in Chromium, WebDriver BiDi in Firefox), which the page's CSP does not bind.

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

async function inject(page: E2EPage) {
  const source = `${AXE_SOURCE};void 0`;
  if (BROWSER === 'firefox') await puppeteerPage(page).evaluate(source);
  else await playwrightPage(page).evaluate(source);
}

/** Runs axe on the page (shadow roots included, as axe does) and returns its serious and critical violations. */
export async function seriousViolations(page: E2EPage, include?: string): Promise<AxeViolation[]> {
  await inject(page);
  const violations = await page.evaluate(async (context) => {
    const axe = (
      globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: never[] }> } }
    ).axe;
    const result = await axe.run(context ?? document, { resultTypes: ['violations'] });
    return (
      result.violations as {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[] }[];
      }[]
    ).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5),
    }));
  }, include ?? null);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
