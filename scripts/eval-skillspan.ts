// `npm run eval:skillspan [-- --json] [--file <dev.json>]`: the finder against SkillSpan's expert spans in the
// `tech` postings. Precision: share of finds inside an expert Skill or Knowledge span (>= 85% wanted).
// Recall: share of expert Knowledge spans that contain a find (>= 65% wanted).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildPostings,
  parseSkillSpan,
  scoreSpans,
  sumScores,
  tallyFinds,
  type FindTally,
  type SpanScore,
} from '@/lib/eval/skillspan';
import { analyzeText } from '@/lib/requirements/analyze-text';

const PRECISION_BAR = 0.85; // issue 12 (was 0.75)
const RECALL_BAR = 0.65; // issue 12 (was 0.55)

function topCounts(items: string[], n: number): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
}

function main(): number {
  const args = process.argv.slice(2);
  const fileArg = args.indexOf('--file');
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const file =
    fileArg >= 0 ? (args[fileArg + 1] ?? '') : path.resolve(repoRoot, '../shared/data/skillspan/dev.json');
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`eval:skillspan: cannot read ${file}\n`);
    return 2;
  }
  const postings = buildPostings(parseSkillSpan(content), 'tech');
  const scores: SpanScore[] = [];
  const falseFinds: string[] = [];
  const misses: string[] = [];
  const verbose = args.includes('--verbose');
  const lines: string[] = [];
  const sentenceOf = (text: string, at: number) => {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const end = text.indexOf('\n', at);
    return text.slice(start, end < 0 ? text.length : end);
  };
  const byImportance: Record<string, FindTally> = {};
  let onUnlabelledSentence = 0;
  for (const posting of postings) {
    const analysis = analyzeText(posting.text, { isJobPosting: true });
    const finds = analysis.requirements.flatMap((r) => r.mentions);
    const tally = tallyFinds(
      posting,
      analysis.requirements.flatMap((r) => r.mentions.map((m) => ({ ...m, group: r.importance }))),
    );
    for (const [group, { finds: n, inside }] of Object.entries(tally.byGroup)) {
      const sum = (byImportance[group] ??= { finds: 0, inside: 0 });
      sum.finds += n;
      sum.inside += inside;
    }
    onUnlabelledSentence += tally.onUnlabelledSentence;
    const score = scoreSpans(finds, posting.skillSpans, posting.knowledgeSpans);
    scores.push(score);
    falseFinds.push(...score.falseFinds.map((f) => posting.text.slice(f.start, f.end)));
    misses.push(...score.missedSpans.map((s) => posting.text.slice(s.start, s.end)));
    if (verbose) {
      const groupOf = new Map(
        analysis.requirements.flatMap((r) =>
          r.mentions.map((m) => [`${m.start}:${m.end}`, `${r.importance}\t${r.category}`]),
        ),
      );
      for (const f of score.falseFinds)
        lines.push(
          `FALSE\t${groupOf.get(`${f.start}:${f.end}`) ?? '?'}\t${posting.text.slice(f.start, f.end)}\t${sentenceOf(posting.text, f.start)}`,
        );
      for (const m of score.missedSpans)
        lines.push(`MISS\t${posting.text.slice(m.start, m.end)}\t${sentenceOf(posting.text, m.start)}`);
    }
  }
  const total = sumScores(scores);
  const report = {
    postings: postings.length,
    finds: total.finds,
    precision: total.precision,
    knowledgeSpans: total.knowledgeSpans,
    recall: total.recall,
    // Not the bar: where the finds fall, since the experts mark only what a posting asks of the candidate.
    precisionByImportance: Object.fromEntries(
      Object.entries(byImportance).map(([k, t]) => [k, { finds: t.finds, precision: t.inside / t.finds }]),
    ),
    findsOnUnlabelledSentences: onUnlabelledSentence,
    topMisses: topCounts(misses, 10),
    topFalseFinds: topCounts(falseFinds, 10),
  };
  if (verbose) process.stdout.write(`${lines.join('\n')}\n`);
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(report)}\n`);
  else {
    process.stdout.write(
      [
        `SkillSpan ${path.basename(file, '.json')}, tech postings: ${report.postings}`,
        `Precision: ${(total.precision * 100).toFixed(1)}% (${total.findsInside} of ${total.finds} finds inside an expert span; bar ${(PRECISION_BAR * 100).toFixed(0)}%)`,
        `Recall:    ${(total.recall * 100).toFixed(1)}% (${total.knowledgeFound} of ${total.knowledgeSpans} Knowledge spans found; bar ${(RECALL_BAR * 100).toFixed(0)}%)`,
        `By importance: ${Object.entries(report.precisionByImportance)
          .map(([k, v]) => `${k} ${(v.precision * 100).toFixed(1)}% of ${v.finds}`)
          .join(
            ', ',
          )}; ${report.findsOnUnlabelledSentences} of ${total.finds - total.findsInside} false finds lie on sentences with no expert span`,
        `Commonest misses: ${report.topMisses.map(([t, n]) => `${t} (${n})`).join(', ')}`,
        `Commonest false finds: ${report.topFalseFinds.map(([t, n]) => `${t} (${n})`).join(', ')}`,
      ].join('\n') + '\n',
    );
  }
  return total.precision >= PRECISION_BAR && total.recall >= RECALL_BAR ? 0 : 1;
}

process.exitCode = main();
