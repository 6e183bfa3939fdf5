import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { savedJobsToCsv } from '../lib/export/csv';
import type { Requirement } from '../lib/schemas/analysis';
import type { SavedJob } from '../lib/schemas/saved-job';

// Benchmark: CSV export of 10,000 saved jobs with realistic 3-5 KB descriptions (budget 1 s, from
// ../shared/docs/architecture.md). `npm run bench` includes benchExport(); `tsx scripts/bench-export.ts` runs
// it alone.

export interface ExportBenchResult {
  name: string;
  jobs: number;
  ms: number; // median of the runs
  budgetMs: number;
  ok: boolean;
}

const JOBS = 10_000;
const RUNS = 5;
const BUDGET_MS = 1000;

// A small seeded generator so every run exports the same data.
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SKILLS = [
  'PHP',
  'Python',
  'Go',
  'Kafka',
  'Kubernetes',
  'Terraform',
  'PostgreSQL',
  'Redis',
  'AWS',
  'Docker',
  'React',
  'TypeScript',
];
const SENTENCES = [
  'You will design, build and operate services that handle millions of requests a day.',
  'Experience with event-driven systems, message queues and "at-least-once" delivery is a plus.',
  'We value clear writing, code review, and pragmatic testing, including contract tests.',
  'Vous travaillerez avec une équipe internationale, en anglais et en français.',
  'Ihr Profil: mehrere Jahre Erfahrung mit verteilten Systemen, Datenbanken und Cloud.',
  '=SUM(A1:A9) is not a formula here, but a hostile posting might try it.',
  'Benefits: 30 days of holiday, a learning budget, and flexible, remote-first hours.',
  'Responsibilities:\n- own the backend\n- mentor engineers\n- improve reliability, observability and cost',
];

export function generateSavedJobs(count: number, seed = 42): SavedJob[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const target = 3000 + Math.floor(random() * 2000);
    let description = `Senior Engineer ${i}\n\n`;
    while (description.length < target) description += `${pick(SENTENCES)} `;
    const requirements: Requirement[] = SKILLS.filter(() => random() < 0.5).map((skill) => ({
      id: skill.toLowerCase(),
      skill,
      category: 'tool',
      importance: random() < 0.7 ? 'required' : 'preferred',
      years: random() < 0.3 ? 3 : null,
      group: null,
      mentions: [{ start: 0, end: skill.length, text: skill }],
    }));
    const at = 1_760_000_000_000 + i * 60_000;
    return {
      id: `job-${i}`,
      url: `https://www.linkedin.com/jobs/view/${3_700_000_000 + i}/?trk=bench`,
      canonicalUrl: `https://www.linkedin.com/jobs/view/${3_700_000_000 + i}`,
      identifier: null,
      title: `Senior Backend Engineer, Platform ${i}`,
      company: pick(['Snapfix', 'InterNations', 'Acme, Inc.', 'Zalando SE', 'Société Générale']),
      location: pick(['Berlin, Germany', 'Dublin', 'Paris, Île-de-France', 'Remote']),
      remote: random() < 0.4,
      employmentType: 'FULL_TIME',
      salary: random() < 0.3 ? '€70,000–90,000 a year' : null,
      datePosted: '2026-10-01',
      savedAt: at,
      updatedAt: at,
      source: 'linkedin',
      description,
      minYears: 5,
      requirements,
      groups: [],
      match: {
        score: Math.floor(random() * 100),
        reason: 'Meets 5 of 7 must-haves',
        verdicts: requirements.map((r) => ({
          requirementId: r.id,
          verdict: random() < 0.6 ? 'have' : 'missing',
          credit: 1,
          via: null,
          profileYears: null,
          yearsAsked: r.years,
        })),
        required: { met: 5, total: 7 },
        preferred: { met: 1, total: 2 },
        missingRequired: [],
        missingPreferred: [],
      },
      status: 'applied',
      statusHistory: [
        { status: 'saved', at },
        { status: 'applied', at: at + 86_400_000 },
      ],
      notes: i % 7 === 0 ? 'Called the recruiter, "next week"' : '',
    };
  });
}

export async function benchExport(): Promise<ExportBenchResult> {
  const jobs = generateSavedJobs(JOBS);
  savedJobsToCsv(jobs.slice(0, 200)); // warm up the JIT
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const csv = savedJobsToCsv(jobs);
    times.push(performance.now() - start);
    if (csv.length < JOBS * 3000)
      throw new Error('CSV export produced less than the descriptions it was given');
  }
  times.sort((a, b) => a - b);
  const ms = Math.round(times[Math.floor(times.length / 2)]! * 10) / 10;
  return { name: 'csv-export-10k-saved-jobs', jobs: JOBS, ms, budgetMs: BUDGET_MS, ok: ms <= BUDGET_MS };
}

// Run alone (`tsx scripts/bench-export.ts [--json]`); imported by scripts/bench.ts it does nothing by itself.
// No top-level await, so the module can also be loaded where that is not available.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void benchExport().then((result) => {
    if (process.argv.includes('--json')) console.log(JSON.stringify(result));
    else
      console.log(
        `CSV export of ${result.jobs} saved jobs: ${result.ms} ms median of ${RUNS} runs (budget ${result.budgetMs} ms) ${result.ok ? 'OK' : 'OVER BUDGET'}`,
      );
    if (!result.ok) process.exitCode = 1;
  });
}
