// `npm run bench [-- --json]`: the benchmarks of the project, one section each. A section measures, prints a
// table for a person, returns its figures for --json, and says which budget it missed. Add a section by
// appending to `benchSections` (the saved-jobs CSV export will).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureMedian, measureMediansInterleaved } from '@/lib/eval/measure-median';
import { bareSinglePass, buildNaiveFinder } from '@/lib/eval/naive-finder';
import { analyzeText } from '@/lib/requirements/analyze-text';
import { findMentions } from '@/lib/skills/find-mentions';
import { getSkillIndex } from '@/lib/skills/get-skill-index';
import { prepareText } from '@/lib/text/prepare-text';
import { benchExport } from './bench-export';

export interface BenchOutcome {
  /** Figures for --json. The first section's go at the top level (the contract of `npm run bench`). */
  json: Record<string, unknown>;
  /** Lines for a person. */
  lines: string[];
  /** Budgets missed, as sentences; empty when all were met. */
  missed: string[];
}

export interface BenchSection {
  name: string;
  run(): BenchOutcome | Promise<BenchOutcome>;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = ['snapfix-senior-backend-engineer', 'internations-backend-developer'];

function seedText(): string {
  return SEEDS.map((seed) => {
    const file = path.resolve(repoRoot, '../shared/fixtures/seeds', `${seed}.txt`);
    try {
      return prepareText(readFileSync(file, 'utf8'));
    } catch {
      throw new Error(`bench: seed posting missing: ${file}`);
    }
  }).join('\n\n');
}

function repeatTo(text: string, chars: number): string {
  let out = text;
  while (out.length < chars) out += `\n\n${text}`;
  return out.slice(0, chars);
}

const SIZES = [
  { chars: 5_000, engineRuns: 301, naiveRuns: 7 },
  { chars: 100_000, engineRuns: 61, naiveRuns: 5 },
  { chars: 1_000_000, engineRuns: 9, naiveRuns: 1 }, // the naive baseline takes seconds here
];
const SPEEDUP_BUDGET = 50; // engine vs naive at 100 KB, at least
const FLOOR_BUDGET = 10; // engine vs bare pass at 100 KB, at most

export const skillsEngineBench: BenchSection = {
  name: 'skills engine',
  run() {
    const buildStarted = performance.now();
    const index = getSkillIndex();
    const indexMs = performance.now() - buildStarted;
    const naive = buildNaiveFinder(index.writtenForms);
    const seed = seedText();
    const sizes = SIZES.map(({ chars, engineRuns, naiveRuns }) => {
      const text = repeatTo(seed, chars);
      // Engine and floor alternate so load from elsewhere on the machine hits both alike.
      const [engineMs = 0, floorMs = 0] = measureMediansInterleaved(
        [() => findMentions(text, index), () => bareSinglePass(text)],
        engineRuns,
        3,
      );
      return {
        chars: text.length,
        engineMs,
        naiveMs: measureMedian(() => naive(text), naiveRuns, naiveRuns > 1 ? 1 : 0),
        floorMs,
      };
    });
    const at100 = sizes[1] ?? { engineMs: 1, naiveMs: 0, floorMs: 1, chars: 0 };
    const speedupVsNaive = at100.naiveMs / at100.engineMs;
    const ratioToFloor = at100.engineMs / at100.floorMs;
    const analyzeMs = measureMedian(() => analyzeText(seedText()), 51, 5);

    const lines = [
      `Skills engine vs naive baseline (one RegExp per alias, ${index.forms} aliases) vs bare single pass`,
      `${'chars'.padStart(10)} ${'engine ms'.padStart(11)} ${'naive ms'.padStart(11)} ${'floor ms'.padStart(10)} ${'speedup'.padStart(9)} ${'x floor'.padStart(8)}`,
      ...sizes.map(
        (s) =>
          `${String(s.chars).padStart(10)} ${s.engineMs.toFixed(3).padStart(11)} ${s.naiveMs.toFixed(1).padStart(11)} ${s.floorMs.toFixed(3).padStart(10)} ${`${(s.naiveMs / s.engineMs).toFixed(0)}x`.padStart(9)} ${`${(s.engineMs / s.floorMs).toFixed(1)}x`.padStart(8)}`,
      ),
      `At 100 KB: ${speedupVsNaive.toFixed(0)}x faster than naive (budget >= ${SPEEDUP_BUDGET}x), ${ratioToFloor.toFixed(1)}x the bare pass (budget <= ${FLOOR_BUDGET}x)`,
      `Index build (taxonomy -> trie, first call in this process): ${indexMs.toFixed(1)} ms; analyzeText on both seed postings: ${analyzeMs.toFixed(2)} ms (median)`,
    ];
    const missed: string[] = [];
    if (!(speedupVsNaive >= SPEEDUP_BUDGET))
      missed.push(
        `engine only ${speedupVsNaive.toFixed(1)}x faster than naive at 100 KB (budget ${SPEEDUP_BUDGET}x)`,
      );
    if (!(ratioToFloor <= FLOOR_BUDGET))
      missed.push(`engine ${ratioToFloor.toFixed(1)}x the bare pass at 100 KB (budget ${FLOOR_BUDGET}x)`);
    return {
      json: {
        sizes,
        speedupVsNaive,
        ratioToFloor,
        aliases: index.forms,
        indexBuildMs: indexMs,
        analyzeSeedsMs: analyzeMs,
      },
      lines,
      missed,
    };
  },
};

export const csvExportBench: BenchSection = {
  name: 'csv export',
  async run() {
    const result = await benchExport();
    return {
      json: { ...result },
      lines: [
        `CSV export of ${result.jobs.toLocaleString('en')} saved jobs: ${result.ms} ms (median; budget ${result.budgetMs} ms)`,
      ],
      missed: result.ok ? [] : [`${result.ms} ms is over the ${result.budgetMs} ms budget`],
    };
  },
};

export const benchSections: BenchSection[] = [skillsEngineBench, csvExportBench];

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  const result: Record<string, unknown> = {};
  const missed: string[] = [];
  for (const [i, section] of benchSections.entries()) {
    const outcome = await section.run();
    if (i === 0) Object.assign(result, outcome.json);
    else result[section.name] = outcome.json;
    missed.push(...outcome.missed.map((m) => `${section.name}: ${m}`));
    if (!json) process.stdout.write(`${outcome.lines.join('\n')}\n\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify({ ...result, budgetsMet: missed.length === 0 })}\n`);
  for (const m of missed) process.stderr.write(`bench: budget missed: ${m}\n`);
  return missed.length === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
