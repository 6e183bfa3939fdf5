import { findMentions } from '@/lib/skills/find-mentions';
import { getSkillIndex } from '@/lib/skills/get-skill-index';
import { loadTaxonomy, resolveSkillName } from '@/lib/skills/load-taxonomy';
import { prepareText } from '@/lib/text/prepare-text';
import type { MentionFinder } from './extract-cv-skills';
import { extractCvSkills, type CvSkillFinding } from './extract-cv-skills';
import { createSkillSearchIndex, type SkillSearchIndex } from './search-skills';
import type { SkillLookup } from './skill-lookup';

/** What the Profile tab needs from the skills engine: lookup, autocomplete index and the CV finder. */
export interface ProfileSkillServices {
  lookup: SkillLookup;
  searchIndex: SkillSearchIndex;
  findMentions: MentionFinder;
  /** A pasted CV to the skills found in it (text normalised the way the engine reads postings). */
  extractCv(rawText: string): CvSkillFinding[];
}

/** Builds the services once over the full taxonomy and the engine's finder (its indexes are memoised). */
export function createProfileSkillServices(): ProfileSkillServices {
  const taxonomy = loadTaxonomy();
  const lookup: SkillLookup = {
    skills: taxonomy.skills,
    getSkill: (skillId) => taxonomy.byId.get(skillId) ?? null,
    resolveSkillName,
  };
  const finder: MentionFinder = (text) => findMentions(text, getSkillIndex());
  return {
    lookup,
    searchIndex: createSkillSearchIndex(taxonomy.skills),
    findMentions: finder,
    extractCv: (rawText) => extractCvSkills(prepareText(rawText), finder, lookup),
  };
}
