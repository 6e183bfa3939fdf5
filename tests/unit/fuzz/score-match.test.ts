import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { taxonomyRelations } from '@/lib/background/taxonomy-relations';
import { NO_SKILLS_REASON, UNREADABLE_REASON, scoreMatch } from '@/lib/match/score-match';
import { createSkillRelations, noRelations, type SkillRelations } from '@/lib/match/skill-relations';
import { AnalysisSchema, type Analysis, type Requirement } from '@/lib/schemas/analysis';
import { MatchSchema } from '@/lib/schemas/match';
import { SkillLevelSchema, type ProfileSkill } from '@/lib/schemas/profile';
import { loadTaxonomy } from '@/lib/skills/load-taxonomy';
import { HOSTILE_SNIPPETS, fuzzParams } from './fuzz-support';

// The match on generated analyses and profiles: a schema-valid Match, a score in 0..100 (or null exactly when
// there is nothing to score), the same answer twice, and never a lower score for learning a missing skill.

const taxonomy = loadTaxonomy();
// Ids with relations, so implied/similar paths are exercised, plus plain ones and ids the taxonomy lacks.
const related = taxonomy.skills.filter((s) => (s.implies?.length ?? 0) > 0 || (s.similar?.length ?? 0) > 0);
const ID_POOL = [
  ...related.slice(0, 40).flatMap((s) => [s.id, ...(s.implies ?? []), ...(s.similar ?? []).map((x) => x.id)]),
  ...taxonomy.skills.slice(0, 20).map((s) => s.id),
  'custom:foo',
  'not-in-taxonomy',
];
const skillId = fc.constantFrom(...new Set(ID_POOL));
const name = fc.oneof(
  fc.constantFrom(...taxonomy.skills.slice(0, 60).map((s) => s.name)),
  fc.constantFrom(...HOSTILE_SNIPPETS),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 16 }),
);

const requirement: fc.Arbitrary<Requirement> = fc.record({
  id: skillId,
  skill: name,
  category: fc.constantFrom('language', 'soft-skill', 'practice', 'knowledge', 'devops', ''),
  importance: fc.constantFrom('required', 'preferred', 'mentioned'),
  years: fc.option(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 60, noNaN: true }))),
  group: fc.constant(null),
  mentions: fc.constant([{ start: 0, end: 0, text: '' }]),
});

const analysis: fc.Arbitrary<Analysis> = fc
  .record({
    isJobPosting: fc.boolean(),
    requirements: fc.uniqueArray(requirement, { selector: (r) => r.id, maxLength: 14 }),
    groupPicks: fc.array(fc.array(fc.nat(), { minLength: 2, maxLength: 4 }), { maxLength: 3 }),
    minYears: fc.option(fc.integer({ min: 0, max: 20 })),
  })
  .map(({ isJobPosting, requirements, groupPicks, minYears }) => {
    // Any-of groups over distinct, not yet grouped requirements, as the engine builds them.
    const groups: Analysis['groups'] = [];
    for (const picks of groupPicks) {
      const ids = [
        ...new Set(picks.map((p) => requirements[p % Math.max(1, requirements.length)]?.id)),
      ].filter((id): id is string => !!id && requirements.find((r) => r.id === id)?.group === null);
      if (ids.length < 2) continue;
      const id = `any-${groups.length + 1}`;
      for (const r of requirements) if (ids.includes(r.id)) r.group = id;
      groups.push({ id, mode: 'any', requirementIds: ids });
    }
    return {
      isJobPosting,
      source: 'fuzz',
      confidence: 0.5,
      posting: { title: null, company: null, location: null, remote: null, employmentType: null, url: null },
      text: '',
      minYears,
      requirements,
      groups,
    };
  });

const profileSkill: fc.Arbitrary<ProfileSkill> = fc.record({
  skillId,
  name,
  category: fc.constantFrom('language', 'custom', 'soft-skill'),
  level: fc.constantFrom(...SkillLevelSchema.options),
  years: fc.option(fc.integer({ min: 0, max: 60 })),
  lastUsed: fc.option(fc.integer({ min: 1950, max: 2100 })),
  notes: fc.string({ maxLength: 10 }),
  custom: fc.boolean(),
  addedAt: fc.nat(),
  updatedAt: fc.nat(),
});
const profile = fc.uniqueArray(profileSkill, { selector: (s) => s.skillId, maxLength: 12 });

// Relations with cycles and self-references, which the taxonomy does not have but a future one might.
const randomRelations: fc.Arbitrary<SkillRelations> = fc
  .array(
    fc.record({
      id: skillId,
      implies: fc.array(skillId, { maxLength: 3 }),
      similar: fc.array(fc.record({ id: skillId, weight: fc.double({ min: 0, max: 1, noNaN: true }) }), {
        maxLength: 2,
      }),
      aliases: fc.array(name, { maxLength: 2 }),
    }),
    { maxLength: 30 },
  )
  .map(createSkillRelations);

const relations = fc.oneof(fc.constant(taxonomyRelations()), fc.constant(noRelations), randomRelations);

describe('scoreMatch fuzz', () => {
  it('the generated analyses are schema-valid', () => {
    fc.assert(
      fc.property(analysis, (a) => {
        expect(AnalysisSchema.safeParse(a).success).toBe(true);
      }),
      fuzzParams(100),
    );
  });

  it('gives a schema-valid match, score 0..100 or null exactly when there is nothing to score, twice the same', () => {
    fc.assert(
      fc.property(analysis, profile, relations, (a, p, r) => {
        const match = scoreMatch(a, p, r);
        const parsed = MatchSchema.safeParse(match);
        expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
        if (!a.isJobPosting) {
          expect(match.score).toBeNull();
          expect(match.reason).toBe(UNREADABLE_REASON);
        } else if (a.requirements.length === 0) {
          expect(match.score).toBeNull();
          expect(match.reason).toBe(NO_SKILLS_REASON);
        } else {
          expect(Number.isInteger(match.score)).toBe(true);
          expect(match.score).toBeGreaterThanOrEqual(0);
          expect(match.score).toBeLessThanOrEqual(100);
          expect(match.verdicts.map((v) => v.requirementId)).toEqual(a.requirements.map((q) => q.id));
          expect(match.required.met).toBeLessThanOrEqual(match.required.total);
          expect(match.preferred.met).toBeLessThanOrEqual(match.preferred.total);
        }
        expect(scoreMatch(a, p, r)).toEqual(match);
        // The profile's order does not matter.
        expect(scoreMatch(a, [...p].reverse(), r)).toEqual(match);
      }),
      fuzzParams(400),
    );
  });

  it('an empty profile scores 0 on a posting with requirements; having every asked skill scores 100', () => {
    fc.assert(
      fc.property(analysis, relations, (a, r) => {
        fc.pre(a.isJobPosting && a.requirements.length > 0);
        expect(scoreMatch(a, [], r).score).toBe(0);
        const all: ProfileSkill[] = a.requirements.map((q) => ({
          skillId: q.id,
          name: q.skill,
          category: q.category,
          level: 'expert',
          years: 60,
          lastUsed: null,
          notes: '',
          custom: false,
          addedAt: 0,
          updatedAt: 0,
        }));
        expect(scoreMatch(a, all, r).score).toBe(100);
      }),
      fuzzParams(200),
    );
  });

  it('adding a missing asked skill at a strong level never lowers the score', () => {
    fc.assert(
      fc.property(analysis, profile, relations, fc.nat(), (a, p, r, pick) => {
        fc.pre(a.isJobPosting && a.requirements.length > 0);
        const asked = a.requirements[pick % a.requirements.length]!;
        fc.pre(!p.some((s) => s.skillId === asked.id));
        const before = scoreMatch(a, p, r).score ?? 0;
        const added: ProfileSkill = {
          skillId: asked.id,
          name: asked.skill,
          category: asked.category,
          level: 'strong',
          years: 60,
          lastUsed: null,
          notes: '',
          custom: false,
          addedAt: 0,
          updatedAt: 0,
        };
        expect(scoreMatch(a, [...p, added], r).score ?? 0).toBeGreaterThanOrEqual(before);
      }),
      fuzzParams(300),
    );
  });
});
