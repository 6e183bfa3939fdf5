import type { TaxonomySkill } from '@/lib/schemas/taxonomy';
import { buildSkillIndex, type SkillIndex } from './build-skill-index';
import { EXCLUDED_FORMS, EXTRA_ALIASES } from './extra-aliases';
import { loadTaxonomy } from './load-taxonomy';

/**
 * The finder's index over the full taxonomy with the extra aliases, built from scratch (~0.3–0.5 s): what
 * `npm run build:skill-index` packs into lib/skills/data/skill-index.json and what its test compares it with.
 */
export function buildFullSkillIndex(): SkillIndex {
  return buildSkillIndex({ skills: withExtraAliases(loadTaxonomy().skills) }, EXCLUDED_FORMS);
}

function withExtraAliases(skills: readonly TaxonomySkill[]): TaxonomySkill[] {
  return skills.map((skill) => {
    const extra = EXTRA_ALIASES[skill.id] ?? [];
    const aliases = [...skill.aliases, ...extra].filter(
      (a) => !EXCLUDED_FORMS.has(a.replace(/\?$/, '').toLowerCase()),
    );
    return { ...skill, aliases };
  });
}
