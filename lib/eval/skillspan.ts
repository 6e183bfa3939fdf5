import { z } from 'zod';

// SkillSpan (Zhang et al., NAACL 2022): postings split into sentences of tokens with BIO tags for Skill and
// Knowledge spans, marked by experts. The evaluation rebuilds each posting's text from its tokens (one
// sentence per line, tokens joined by one space) so the expert spans become character ranges in it.

export const SkillSpanRowSchema = z.object({
  idx: z.number(),
  tokens: z.array(z.string()),
  tags_skill: z.array(z.string()),
  tags_knowledge: z.array(z.string()),
  source: z.string(),
});
export type SkillSpanRow = z.infer<typeof SkillSpanRowSchema>;

export interface CharRange {
  start: number;
  end: number;
}

export interface SkillSpanPosting {
  idx: number;
  text: string;
  skillSpans: CharRange[];
  knowledgeSpans: CharRange[];
}

/** Rows of the JSON Lines file; a malformed line is an error naming its number. */
export function parseSkillSpan(jsonLines: string): SkillSpanRow[] {
  const rows: SkillSpanRow[] = [];
  jsonLines.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const parsed = SkillSpanRowSchema.safeParse(JSON.parse(line));
    if (!parsed.success)
      throw new Error(`SkillSpan line ${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    rows.push(parsed.data);
  });
  return rows;
}

/** BIO tags to token ranges [first, last + 1). */
export function readBioSpans(tags: readonly string[]): { first: number; end: number }[] {
  const spans: { first: number; end: number }[] = [];
  let open: { first: number; end: number } | null = null;
  tags.forEach((tag, i) => {
    if (tag.startsWith('B')) {
      if (open) spans.push(open);
      open = { first: i, end: i + 1 };
    } else if (tag.startsWith('I') && open) {
      open.end = i + 1;
    } else {
      if (open) spans.push(open);
      open = null;
    }
  });
  if (open) spans.push(open);
  return spans;
}

const SPLIT_DOT_NAME = /^net$/i;

/** Postings of one source ("tech"), in file order, with their text and expert spans as character ranges. */
export function buildPostings(rows: readonly SkillSpanRow[], source: string): SkillSpanPosting[] {
  const postings = new Map<number, SkillSpanPosting>();
  for (const row of rows) {
    if (row.source !== source) continue;
    let posting = postings.get(row.idx);
    if (!posting) {
      posting = { idx: row.idx, text: '', skillSpans: [], knowledgeSpans: [] };
      postings.set(row.idx, posting);
    }
    if (posting.text !== '') posting.text += '\n';
    const starts: number[] = [];
    const ends: number[] = [];
    row.tokens.forEach((token, i) => {
      // SkillSpan's tokeniser split ".NET" into "." and "NET": the name is rebuilt as written.
      if (i > 0 && !(row.tokens[i - 1] === '.' && SPLIT_DOT_NAME.test(token))) posting.text += ' ';
      starts.push(posting.text.length);
      posting.text += token;
      ends.push(posting.text.length);
    });
    const toChars = (span: { first: number; end: number }): CharRange => ({
      start: starts[span.first] ?? 0,
      end: ends[span.end - 1] ?? 0,
    });
    posting.skillSpans.push(...readBioSpans(row.tags_skill).map(toChars));
    posting.knowledgeSpans.push(...readBioSpans(row.tags_knowledge).map(toChars));
  }
  return [...postings.values()];
}

export interface SpanScore {
  finds: number;
  findsInside: number;
  knowledgeSpans: number;
  knowledgeFound: number;
  precision: number; // finds inside an expert Skill or Knowledge span / finds
  recall: number; // Knowledge spans containing a find / Knowledge spans
  falseFinds: CharRange[];
  missedSpans: CharRange[];
}

const inside = (find: CharRange, span: CharRange) => find.start >= span.start && find.end <= span.end;

/** Precision and recall of finds against one posting's expert spans. */
export function scoreSpans(
  finds: readonly CharRange[],
  skillSpans: readonly CharRange[],
  knowledgeSpans: readonly CharRange[],
): SpanScore {
  const expert = [...skillSpans, ...knowledgeSpans];
  const falseFinds = finds.filter((f) => !expert.some((s) => inside(f, s)));
  const missedSpans = knowledgeSpans.filter((s) => !finds.some((f) => inside(f, s)));
  const findsInside = finds.length - falseFinds.length;
  const knowledgeFound = knowledgeSpans.length - missedSpans.length;
  return {
    finds: finds.length,
    findsInside,
    knowledgeSpans: knowledgeSpans.length,
    knowledgeFound,
    precision: finds.length === 0 ? 0 : findsInside / finds.length,
    recall: knowledgeSpans.length === 0 ? 0 : knowledgeFound / knowledgeSpans.length,
    falseFinds,
    missedSpans,
  };
}

/** Scores summed over postings (micro-averaged). */
export function sumScores(scores: readonly SpanScore[]): SpanScore {
  const total: SpanScore = {
    finds: 0,
    findsInside: 0,
    knowledgeSpans: 0,
    knowledgeFound: 0,
    precision: 0,
    recall: 0,
    falseFinds: [],
    missedSpans: [],
  };
  for (const s of scores) {
    total.finds += s.finds;
    total.findsInside += s.findsInside;
    total.knowledgeSpans += s.knowledgeSpans;
    total.knowledgeFound += s.knowledgeFound;
  }
  total.precision = total.finds === 0 ? 0 : total.findsInside / total.finds;
  total.recall = total.knowledgeSpans === 0 ? 0 : total.knowledgeFound / total.knowledgeSpans;
  return total;
}

export interface FindTally {
  finds: number;
  inside: number;
}

/**
 * Where the finds fall, to tell the engine's errors from the labelling convention: per group (the engine's
 * importance: a requirement, or a skill only mentioned, such as the company's own stack), and how many
 * finds lie on a sentence (one line of the rebuilt text) where the experts marked no span at all.
 */
export function tallyFinds(
  posting: SkillSpanPosting,
  finds: readonly (CharRange & { group: string })[],
): { byGroup: Record<string, FindTally>; onUnlabelledSentence: number } {
  const expert = [...posting.skillSpans, ...posting.knowledgeSpans];
  const byGroup: Record<string, FindTally> = {};
  let onUnlabelledSentence = 0;
  for (const find of finds) {
    const tally = (byGroup[find.group] ??= { finds: 0, inside: 0 });
    tally.finds++;
    if (expert.some((s) => inside(find, s))) tally.inside++;
    const lineStart = posting.text.lastIndexOf('\n', find.start - 1) + 1;
    const newline = posting.text.indexOf('\n', find.end);
    const lineEnd = newline < 0 ? posting.text.length : newline;
    if (!expert.some((s) => s.start >= lineStart && s.end <= lineEnd)) onUnlabelledSentence++;
  }
  return { byGroup, onUnlabelledSentence };
}
