// `npm run eval:real-pages [-- --json]`: every page of the real-page corpus read the CLI's way (happy-dom +
// readPage), judged against what a person sees on it; prints the share read right per board and each miss.
import { listRealPages, readRealPage } from '../tests/fixtures/real-pages/index';
import { judgeReading } from '../tests/fixtures/real-pages/judge';
import { readHtml } from './read-html';

interface Row {
  id: string;
  group: string;
  right: boolean;
  problems: string[];
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const rows: Row[] = [];
  for (const page of listRealPages()) {
    const reading = await readHtml(readRealPage(page), new URL(page.url));
    const problems = judgeReading(page, {
      isJobPosting: reading.isJobPosting,
      title: reading.posting.title,
      company: reading.posting.company,
      textLength: reading.text.length,
      text: reading.text,
    });
    rows.push({ id: page.id, group: page.group, right: problems.length === 0, problems });
  }
  const groups = [...new Set(rows.map((r) => r.group))].sort();
  const perBoard = groups.map((group) => {
    const of = rows.filter((r) => r.group === group);
    return { board: group, pages: of.length, right: of.filter((r) => r.right).length };
  });
  const right = rows.filter((r) => r.right).length;
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ pages: rows.length, right, perBoard, misses: rows.filter((r) => !r.right) })}\n`,
    );
    return;
  }
  for (const b of perBoard) process.stdout.write(`${b.board.padEnd(16)} ${b.right}/${b.pages}\n`);
  process.stdout.write(
    `${'all'.padEnd(16)} ${right}/${rows.length} (${Math.round((100 * right) / rows.length)}%)\n`,
  );
  for (const r of rows.filter((x) => !x.right))
    process.stdout.write(`miss ${r.id}: ${r.problems.join('; ')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`eval:real-pages: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
