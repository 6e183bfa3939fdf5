import type { TaxonomySkill } from '@/lib/schemas/taxonomy';
import { loadTaxonomy } from './load-taxonomy';
import { buildSkillIndex, type SkillIndex } from './build-skill-index';
import { EXCLUDED_FORMS, EXTRA_ALIASES } from './extra-aliases';

let cached: SkillIndex | undefined;

/** The finder's index over the full taxonomy, built once per process (or service worker) and kept. */
export function getSkillIndex(): SkillIndex {
  cached ??= buildSkillIndex({ skills: withExtraAliases(loadTaxonomy().skills) }, EXCLUDED_FORMS);
  return cached;
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
