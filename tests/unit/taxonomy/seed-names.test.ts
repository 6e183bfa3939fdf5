import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listImpliedSkills, loadTaxonomy, resolveSkillName } from '../../../lib/skills/load-taxonomy';
import { sharedPath } from './shared-path';

// Only the parts of the seed expectations that name skills.
const NameSlot = z.array(z.string()).min(1);
const SeedExpectation = z.object({
  required: z.array(NameSlot),
  requiredOrPreferred: z.array(NameSlot),
  preferred: z.array(NameSlot),
  mentioned: z.array(NameSlot),
  anyOf: z.array(z.array(NameSlot)),
  mustNotFind: z.array(z.string()),
});

const seedDir = sharedPath('fixtures/seeds');
const seedFiles = readdirSync(seedDir).filter((file) => file.endsWith('.expected.json'));
const slots = seedFiles.flatMap((file) => {
  const seed = SeedExpectation.parse(JSON.parse(readFileSync(`${seedDir}/${file}`, 'utf8')));
  return [
    ...seed.required,
    ...seed.requiredOrPreferred,
    ...seed.preferred,
    ...seed.mentioned,
    ...seed.anyOf.flat(),
  ].map((names) => ({ file, names }));
});

// Two names in one slot are "the same skill" when they resolve to one id or to skills that imply one another
// or are declared similar (Spring / Spring Boot, Automated Testing / Unit Testing).
function related(a: string, b: string): boolean {
  if (a === b) return true;
  const { similarTo } = loadTaxonomy();
  return (
    listImpliedSkills(a).includes(b) ||
    listImpliedSkills(b).includes(a) ||
    (similarTo.get(a) ?? []).some((entry) => entry.id === b)
  );
}

describe('seed expectations', () => {
  it('exist', () => {
    expect(seedFiles.length).toBeGreaterThanOrEqual(2);
    expect(slots.length).toBeGreaterThan(20);
  });

  it.each(slots.map(({ file, names }) => [names.join(' | '), file, names] as const))(
    '%s resolves to one skill (%s)',
    (_label, _file, names) => {
      const ids = names.map((name) => resolveSkillName(name)?.id ?? `unresolved:${name}`);
      expect(ids.filter((id) => id.startsWith('unresolved:'))).toEqual([]);
      const first = ids[0] ?? '';
      expect(ids.filter((id) => !related(first, id))).toEqual([]);
    },
  );

  it('knows every mustNotFind word as a skill, so the finder has something to refuse', () => {
    const names = seedFiles.flatMap(
      (file) => SeedExpectation.parse(JSON.parse(readFileSync(`${seedDir}/${file}`, 'utf8'))).mustNotFind,
    );
    expect(names.filter((name) => resolveSkillName(name) === null)).toEqual([]);
  });
});
