import { describe, expect, it } from 'vitest';
import { createSkillRelations } from '../../../lib/match/skill-relations';
import { loadTaxonomy } from '../../../lib/skills/load-taxonomy';
import { packRelations, unpackRelations } from '../../../lib/skills/relations-table';

// The extension scores with relations built from the compact table it ships (engine-data.json), not from the
// whole taxonomy: they must answer exactly the same for every skill.
describe('relations table', () => {
  const skills = loadTaxonomy().skills;
  const full = createSkillRelations(skills);
  const packed = packRelations(skills);
  const compact = createSkillRelations(unpackRelations(JSON.parse(JSON.stringify(packed)) as typeof packed));

  it('answers implies, impliedBy, similar and aliases as the taxonomy does, for every skill', () => {
    for (const { id } of skills) {
      expect(compact.implies(id)).toEqual(full.implies(id));
      expect(compact.impliedBy(id)).toEqual(full.impliedBy(id));
      expect(compact.similar(id)).toEqual(full.similar(id));
      expect(compact.aliases?.(id)).toEqual(full.aliases?.(id));
    }
    expect(compact.implies('no-such-skill')).toEqual([]);
  });

  it('keeps only the skills that relate to something', () => {
    expect(packed.length).toBeLessThan(skills.length);
    expect(packed.some(([id]) => id === 'laravel')).toBe(true);
  });
});
