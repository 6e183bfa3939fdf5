import { expect } from 'vitest';
import { AnalysisSchema, type Analysis } from '@/lib/schemas/analysis';

/**
 * What is wrong with an Analysis of `text` (empty when nothing is): it must parse with its schema, keep `text`
 * as given, have every mention (and evidence) inside the text saying what the text says there, unique ids,
 * and groups that name requirements that exist and carry that group. Plain checks collected into a list, so
 * an analysis with 300,000 mentions is checked in milliseconds, and a failure shows the first problems.
 */
export function analysisProblems(analysis: Analysis, text: string): string[] {
  const problems: string[] = [];
  const parsed = AnalysisSchema.safeParse(analysis);
  if (!parsed.success) problems.push(`schema: ${parsed.error.message.slice(0, 300)}`);
  if (analysis.text !== text) problems.push('analysis.text is not the text given');
  const groupOf = new Map<string, string | null>();
  for (const requirement of analysis.requirements) {
    if (groupOf.has(requirement.id)) problems.push(`duplicate requirement ${requirement.id}`);
    groupOf.set(requirement.id, requirement.group);
    if (requirement.mentions.length === 0) problems.push(`${requirement.id}: no mentions`);
    const spans = requirement.evidence
      ? [...requirement.mentions, requirement.evidence]
      : requirement.mentions;
    for (const m of spans) {
      if (!(m.start >= 0 && m.end > m.start && m.end <= text.length))
        problems.push(`${requirement.id}: span ${m.start}..${m.end} outside 0..${text.length}`);
      else if (text.slice(m.start, m.end) !== m.text)
        problems.push(`${requirement.id}: span ${m.start}..${m.end} is not ${JSON.stringify(m.text)}`);
    }
    if (requirement.years !== null && !Number.isFinite(requirement.years))
      problems.push(`${requirement.id}: years ${requirement.years}`);
    if (problems.length > 10) return problems;
  }
  for (const group of analysis.groups) {
    if (group.requirementIds.length < 2) problems.push(`${group.id}: fewer than two members`);
    for (const id of group.requirementIds) {
      if (!groupOf.has(id)) problems.push(`${group.id}: unknown member ${id}`);
      else if (groupOf.get(id) !== group.id) problems.push(`${group.id}: member ${id} is not marked`);
    }
  }
  if (analysis.minYears !== null && !Number.isFinite(analysis.minYears))
    problems.push(`minYears ${analysis.minYears}`);
  return problems;
}

export function expectValidAnalysis(analysis: Analysis, text: string): void {
  expect(analysisProblems(analysis, text)).toEqual([]);
}
