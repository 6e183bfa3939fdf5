// `npm run analyze -- <file>... [--url <url>] [--profile <profile.json>] [--json]`: the engine on saved pages
// (.html, read exactly as the content script reads them, on happy-dom) or posting text (.txt, .md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { analyzeText } from '@/lib/requirements/analyze-text';
import { salaryFromPage } from '@/lib/requirements/facts/salary-from-page';
import { formatAnalysisReport } from '@/lib/requirements/format-analysis-report';
import { AnalysisSchema, type Analysis } from '@/lib/schemas/analysis';
import { MatchSchema } from '@/lib/schemas/match';
import { ProfileSkillSchema, SkillLevelSchema, type ProfileSkill } from '@/lib/schemas/profile';
import { loadTaxonomy, resolveSkillName } from '@/lib/skills/load-taxonomy';
import { prepareText } from '@/lib/text/prepare-text';

interface Args {
  files: string[];
  url: string | null;
  profile: string | null;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], url: null, profile: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') args.json = true;
    else if (arg === '--url' || arg === '--profile') {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      if (arg === '--url') args.url = value;
      else args.profile = value;
    } else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (args.files.length === 0)
    throw new Error('Usage: npm run analyze -- <file>... [--url <url>] [--profile <profile.json>] [--json]');
  return args;
}

// A profile file: ProfileSkill records (as the extension stores them), or the short hand-written form
// { name, level?, years? }, either as an array or under "skills".
const LooseSkillSchema = z.object({
  name: z.string().min(1),
  skillId: z.string().min(1).optional(),
  level: SkillLevelSchema.optional(),
  years: z.number().min(0).max(60).nullable().optional(),
});
const ProfileFileSchema = z.union([
  z.array(z.union([ProfileSkillSchema, LooseSkillSchema])),
  z.object({ skills: z.array(z.union([ProfileSkillSchema, LooseSkillSchema])) }),
]);

function readProfile(file: string): ProfileSkill[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read profile ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = ProfileFileSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`Malformed profile ${file}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const items = Array.isArray(parsed.data) ? parsed.data : parsed.data.skills;
  const now = Date.now();
  return items.map((item) => {
    const full = ProfileSkillSchema.safeParse(item);
    if (full.success) return full.data;
    const known = item.skillId ? null : resolveSkillName(item.name);
    return {
      skillId:
        item.skillId ?? known?.id ?? `custom:${item.name.toLowerCase().replace(/[^\p{L}\p{N}+#.]+/gu, '-')}`,
      name: known?.name ?? item.name,
      category: known?.category ?? 'tool',
      level: 'level' in item && item.level ? item.level : 'working',
      years: 'years' in item ? (item.years ?? null) : null,
      lastUsed: null,
      notes: '',
      custom: known === null && !item.skillId,
      addedAt: now,
      updatedAt: now,
    };
  });
}

async function analyzeHtml(html: string, url: URL): Promise<Analysis> {
  let readHtml: typeof import('./read-html').readHtml;
  try {
    ({ readHtml } = await import('./read-html'));
  } catch {
    throw new Error('Reading .html needs lib/sites (readPage), which is not available in this build');
  }
  const reading = await readHtml(html, url);
  return analyzeText(reading.text, {
    source: reading.source,
    confidence: reading.confidence,
    isJobPosting: reading.isJobPosting,
    posting: {
      title: reading.posting.title,
      company: reading.posting.company,
      location: reading.posting.location,
      remote: reading.posting.remote,
      employmentType: reading.posting.employmentType,
      url: reading.posting.url ?? url.href,
    },
    salary: salaryFromPage(reading.posting.salary),
  });
}

async function analyzeFile(file: string, url: string | null): Promise<Analysis> {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new Error(`Cannot read ${file} (${reason})`);
  }
  const extension = path.extname(file).toLowerCase();
  if (extension === '.html' || extension === '.htm') {
    return analyzeHtml(content, new URL(url ?? pathToFileURL(path.resolve(file)).href));
  }
  return analyzeText(prepareText(content), { source: 'text', confidence: 1, posting: { url } });
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  let profile: ProfileSkill[] | null = null;
  if (args.profile) profile = readProfile(args.profile);
  let failed = false;
  for (const file of args.files) {
    let analysis: Analysis;
    try {
      analysis = await analyzeFile(file, args.url);
    } catch (error) {
      process.stderr.write(`analyze: ${error instanceof Error ? error.message : String(error)}\n`);
      failed = true;
      continue;
    }
    if (profile) {
      let match: typeof import('@/lib/match/score-match');
      let relations: typeof import('@/lib/match/skill-relations');
      try {
        match = await import('@/lib/match/score-match');
        relations = await import('@/lib/match/skill-relations');
      } catch {
        throw new Error('--profile needs lib/match (scoreMatch), which is not available in this build');
      }
      analysis.match = match.scoreMatch(
        analysis,
        profile,
        relations.createSkillRelations(loadTaxonomy().skills),
      );
    }
    const valid = AnalysisSchema.parse(analysis);
    if (args.json) process.stdout.write(`${JSON.stringify(valid)}\n`);
    else {
      process.stdout.write(`${formatAnalysisReport(valid, file)}\n`);
      const match = MatchSchema.safeParse(valid.match);
      if (profile && match.success)
        process.stdout.write(`\nMatch: ${match.data.score ?? '—'} · ${match.data.reason}\n`);
      if (args.files.length > 1) process.stdout.write('\n');
    }
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`analyze: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
