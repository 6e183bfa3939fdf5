import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyzeText } from '@/lib/requirements/analyze-text';
import { AnalysisSchema, type Analysis, type Requirement } from '@/lib/schemas/analysis';
import { loadTaxonomy } from '@/lib/skills/load-taxonomy';
import { looseSkillKey } from '@/lib/skills/normalize-skill-name';
import { prepareText } from '@/lib/text/prepare-text';
import { sharedFile } from './shared-path';

const NamesSchema = z.array(z.string()).min(1);
const ExpectedSchema = z.object({
  minYears: z.number().nullable(),
  required: z.array(NamesSchema),
  requiredOrPreferred: z.array(NamesSchema),
  preferred: z.array(NamesSchema),
  mentioned: z.array(NamesSchema),
  anyOf: z.array(z.array(NamesSchema).min(2)),
  mustNotFind: z.array(z.string()),
});

const SEEDS = ['snapfix-senior-backend-engineer', 'internations-backend-developer'];

// The README's comparison: no case, spaces or punctuation other than + # and .; a requirement answers to its
// display name, its id and every alias the taxonomy gives it.
function namesOf(requirement: Requirement): Set<string> {
  const skill = loadTaxonomy().byId.get(requirement.id);
  return new Set(
    [requirement.skill, requirement.id, ...(skill ? [skill.name, ...skill.aliases] : [])].map((n) =>
      looseSkillKey(n.replace(/\?$/, '')),
    ),
  );
}

function findRequirement(analysis: Analysis, names: string[]): Requirement | undefined {
  const wanted = names.map(looseSkillKey);
  return analysis.requirements.find((r) => {
    const own = namesOf(r);
    return wanted.some((w) => own.has(w));
  });
}

describe.each(SEEDS)('seed posting %s', (seed) => {
  const expected = ExpectedSchema.parse(
    JSON.parse(readFileSync(sharedFile('fixtures/seeds', `${seed}.expected.json`), 'utf8')),
  );
  const raw = readFileSync(sharedFile('fixtures/seeds', `${seed}.txt`), 'utf8');
  const text = prepareText(raw);
  const analysis = analyzeText(text);

  it('is a schema-valid analysis of the given text', () => {
    expect(AnalysisSchema.parse(analysis).text).toBe(text);
    expect(analysis.isJobPosting).toBe(true);
    for (const r of analysis.requirements)
      for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it.each(expected.required.map((names) => [names.join(' / '), names]))('requires %s', (_label, names) => {
    expect(findRequirement(analysis, names)?.importance).toBe('required');
  });

  it.each(expected.requiredOrPreferred.map((names) => [names.join(' / '), names]))(
    'requires or prefers %s',
    (_label, names) => {
      expect(['required', 'preferred']).toContain(findRequirement(analysis, names)?.importance);
    },
  );

  it.each(expected.preferred.map((names) => [names.join(' / '), names]))('prefers %s', (_label, names) => {
    expect(findRequirement(analysis, names)?.importance).toBe('preferred');
  });

  it.each(expected.mentioned.map((names) => [names.join(' / '), names]))('mentions %s', (_label, names) => {
    expect(findRequirement(analysis, names)).toBeDefined();
  });

  it.each(expected.anyOf.map((alternatives) => [alternatives.map((a) => a[0]).join(' | '), alternatives]))(
    'reports the any-of group %s',
    (_label, alternatives) => {
      const members = alternatives.map((names) => findRequirement(analysis, names));
      const groupId = members[0]?.group;
      expect(groupId).toBeTruthy();
      for (const member of members) expect(member?.group).toBe(groupId);
      const group = analysis.groups.find((g) => g.id === groupId);
      expect(group?.requirementIds.length).toBe(alternatives.length);
    },
  );

  it.each(expected.mustNotFind)('does not report %s', (name) => {
    expect(findRequirement(analysis, [name])).toBeUndefined();
  });

  it('reads the overall years', () => {
    expect(analysis.minYears).toBe(expected.minYears);
  });
});
