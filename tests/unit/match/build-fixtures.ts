import type { Analysis, Importance, Requirement, RequirementGroup } from '@/lib/schemas/analysis';
import type { ProfileSkill, SkillLevel } from '@/lib/schemas/profile';

// Small builders so each table row reads as the case it tests.

export function requirement(
  id: string,
  skill: string,
  importance: Importance = 'required',
  extra: Partial<Requirement> = {},
): Requirement {
  return { id, skill, category: 'tool', importance, years: null, group: null, mentions: [], ...extra };
}

export function profileSkill(
  skillId: string,
  name: string,
  extra: { level?: SkillLevel; years?: number | null; custom?: boolean } = {},
): ProfileSkill {
  return {
    skillId,
    name,
    category: 'tool',
    level: extra.level ?? 'working',
    years: extra.years ?? null,
    lastUsed: null,
    notes: '',
    custom: extra.custom ?? false,
    addedAt: 0,
    updatedAt: 0,
  };
}

export function analysisOf(
  requirements: Requirement[],
  groups: RequirementGroup[] = [],
  extra: Partial<Analysis> = {},
): Analysis {
  return {
    isJobPosting: true,
    source: 'text',
    confidence: 1,
    posting: { title: null, company: null, location: null, remote: null, employmentType: null, url: null },
    text: '',
    minYears: null,
    requirements,
    groups,
    ...extra,
  };
}
