// `npm run eval:gold [-- --json] [--dir <gold folder>] [--skills]`: the engine over the hand-labelled postings of
// ../shared/fixtures/gold-dev (texts/ + labels.json). Prints per-fact accuracy and false claims, importance
// accuracy over the labelled skills found, skill recall and every trap marked (scoring: lib/eval/gold.ts).
// `--skills` also lists every labelled skill found with a different importance, and every one missed.
// With --json the last line is one object: { facts: { minYears: { accuracy, falseClaims }, ... },
// importanceAccuracy, skillRecall, trapsMarked }.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FACT_NAMES, scorePosting, sumGoldScores, type PostingScore, type ReadSkill } from '@/lib/eval/gold';
import { parseGoldLabels } from '@/lib/eval/gold-labels';
import { readAnalysisFacts, readAnalysisSkills } from '@/lib/eval/read-analysis-facts';
import { analyzeText } from '@/lib/requirements/analyze-text';
import { resolveSkillName } from '@/lib/skills/load-taxonomy';
import { looseSkillKey } from '@/lib/skills/normalize-skill-name';
import { prepareText } from '@/lib/text/prepare-text';

function sameSkill(labelName: string, skill: ReadSkill): boolean {
  if (resolveSkillName(labelName)?.id === skill.id) return true;
  return looseSkillKey(labelName) === looseSkillKey(skill.skill);
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function main(): number {
  const args = process.argv.slice(2);
  const dirArg = args.indexOf('--dir');
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dir = dirArg >= 0 ? (args[dirArg + 1] ?? '') : path.resolve(repoRoot, '../shared/fixtures/gold-dev');
  let labelsText: string;
  try {
    labelsText = readFileSync(path.join(dir, 'labels.json'), 'utf8');
  } catch {
    process.stderr.write(`eval:gold: cannot read ${path.join(dir, 'labels.json')}\n`);
    return 2;
  }
  const labels = parseGoldLabels(labelsText);
  const scores: PostingScore[] = [];
  for (const [file, gold] of Object.entries(labels)) {
    let raw: string;
    try {
      raw = readFileSync(path.join(dir, 'texts', file), 'utf8');
    } catch {
      process.stderr.write(`eval:gold: cannot read texts/${file}\n`);
      return 2;
    }
    // Read exactly as `npm run analyze -- file.txt` reads a text file.
    const analysis = analyzeText(prepareText(raw), { source: 'text', confidence: 1 });
    scores.push(
      scorePosting(
        file,
        analysis.text,
        gold,
        readAnalysisFacts(analysis),
        readAnalysisSkills(analysis),
        sameSkill,
      ),
    );
  }
  const totals = sumGoldScores(scores);
  const lines: string[] = [
    `gold-dev: ${scores.length} postings (${dir})`,
    '',
    `${'fact'.padEnd(48)}false claims`,
  ];
  for (const name of FACT_NAMES) {
    const t = totals.facts[name];
    const scope = name === 'visa' || name === 'salary' ? ' of those stated' : '';
    lines.push(
      `${name.padEnd(11)} ${percent(t.accuracy).padStart(6)} right (${t.right}/${t.counted}${scope})`.padEnd(
        48,
      ) + String(t.falseClaims),
    );
  }
  lines.push(
    '',
    `importance: ${percent(totals.importanceAccuracy)} right (${totals.importanceRight} of ${totals.skillsFound} labelled skills found)`,
    `skill recall: ${percent(totals.skillRecall)} (${totals.skillsFound} of ${totals.skillsLabelled} labelled skills found)`,
    `traps marked: ${totals.trapsMarked} of ${totals.traps}`,
    '',
    'False claims:',
  );
  for (const score of scores)
    for (const name of FACT_NAMES) {
      const c = score.facts[name];
      if (c.falseClaims > 0) lines.push(`  ${name}: ${score.file}: read ${c.read}, label ${c.gold}`);
    }
  lines.push('', 'Misses (said less than the label):');
  for (const score of scores)
    for (const name of FACT_NAMES) {
      const c = score.facts[name];
      if (c.counted && !c.accurate && c.falseClaims === 0)
        lines.push(`  ${name}: ${score.file}: read ${c.read}, label ${c.gold}`);
    }
  lines.push('', 'Traps marked:');
  for (const score of scores)
    for (const trap of score.trapsMarked)
      lines.push(`  ${score.file}: "${trap.surface}" marked as ${trap.skill} (${trap.why})`);
  if (args.includes('--skills')) {
    lines.push('', 'Importance differs (label -> read):');
    for (const score of scores)
      for (const s of score.skills)
        if (s.found && s.read !== s.gold)
          lines.push(`  ${score.file}: ${s.skill} "${s.surface}": ${s.gold} -> ${s.read}`);
    lines.push('', 'Labelled skills not found:');
    for (const score of scores)
      for (const s of score.skills) if (!s.found) lines.push(`  ${score.file}: ${s.skill} "${s.surface}"`);
  }
  const summary = {
    facts: Object.fromEntries(
      FACT_NAMES.map((name) => [
        name,
        { accuracy: totals.facts[name].accuracy, falseClaims: totals.facts[name].falseClaims },
      ]),
    ),
    importanceAccuracy: totals.importanceAccuracy,
    skillRecall: totals.skillRecall,
    trapsMarked: totals.trapsMarked,
  };
  if (args.includes('--json')) {
    const perPosting = scores.map((s) => ({
      file: s.file,
      falseClaims: FACT_NAMES.filter((n) => s.facts[n].falseClaims > 0).map(
        (n) => `${n}: read ${s.facts[n].read}, label ${s.facts[n].gold}`,
      ),
      trapsMarked: s.trapsMarked,
    }));
    process.stdout.write(`${JSON.stringify({ postings: perPosting })}\n${JSON.stringify(summary)}\n`);
  } else process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`eval:gold: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
