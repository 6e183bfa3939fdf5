import { describe, expect, it } from 'vitest';
import {
  createSkillSearchIndex,
  MatchTier,
  searchSkills,
  shouldOfferCustomSkill,
} from '@/lib/profile/search-skills';
import { TINY_TAXONOMY } from './tiny-taxonomy';

const index = createSkillSearchIndex(TINY_TAXONOMY);
const ids = (query: string, limit?: number) => searchSkills(index, query, { limit }).map((s) => s.skillId);

describe('searchSkills', () => {
  it.each([
    ['k8s', 'kubernetes'],
    ['K8S', 'kubernetes'],
    ['postgres', 'postgresql'],
    ['golang', 'go'],
    ['js', 'javascript'],
    ['c#', 'csharp'],
    ['.net', 'dotnet'],
    ['gcp', 'google-cloud'],
    ['  kafka ', 'apache-kafka'],
  ])('offers the skill an alias names first: %s → %s', (query, expected) => {
    expect(ids(query)[0]).toBe(expected);
  });

  it('says which alias matched', () => {
    expect(searchSkills(index, 'k8s')[0]).toMatchObject({
      name: 'Kubernetes',
      matchedAlias: 'k8s',
      tier: MatchTier.exact,
    });
    expect(searchSkills(index, 'kubernetes')[0]).toMatchObject({ matchedAlias: null, tier: MatchTier.exact });
  });

  it('ranks exact before prefix before word-prefix before substring', () => {
    // "java": exact Java, prefix JavaScript/JavaFX; "script" only as a substring.
    expect(ids('java')).toEqual(['java', 'javascript', 'javafx']);
    expect(searchSkills(index, 'kafka')[0]!.tier).toBe(MatchTier.exact);
    expect(searchSkills(index, 'cloud')[0]).toMatchObject({
      skillId: 'google-cloud',
      tier: MatchTier.wordPrefix,
    });
    expect(searchSkills(index, 'learn')[0]).toMatchObject({
      skillId: 'scikit-learn',
      tier: MatchTier.wordPrefix,
    });
    expect(searchSkills(index, 'script').map((s) => [s.skillId, s.tier])).toEqual([
      ['javascript', MatchTier.substring],
      ['typescript', MatchTier.substring],
    ]);
  });

  it('puts name prefixes before alias prefixes, and whole-word completions first', () => {
    const small = createSkillSearchIndex(
      [
        {
          id: 'comm',
          name: 'Communication skills',
          category: 'soft-skill',
          aliases: ['excellent communication'],
        },
        { id: 'vba', name: 'VBA', category: 'language', aliases: ['Excel VBA'] },
        { id: 'excel', name: 'Microsoft Excel', category: 'business-tool', aliases: ['Excel'] },
        { id: 'incident', name: 'Incident management', category: 'practice', aliases: ['postmortems'] },
        { id: 'postman', name: 'Postman', category: 'tool', aliases: [] },
      ],
      new Set(),
    );
    const order = (q: string) => searchSkills(small, q).map((s) => [s.skillId, s.tier]);
    expect(order('excel')).toEqual([
      ['excel', MatchTier.exact],
      ['vba', MatchTier.aliasPrefix],
      ['comm', MatchTier.aliasPrefix],
    ]);
    expect(order('post')).toEqual([
      ['postman', MatchTier.namePrefix],
      ['incident', MatchTier.aliasPrefix],
    ]);
  });

  it('puts curated skills before others of the same tier', () => {
    // Kubernetes (curated) and Kustomize (not) both start with "ku".
    expect(ids('ku')).toEqual(['kubernetes', 'kustomize']);
  });

  it('leaves out excluded skills and respects the limit', () => {
    expect(searchSkills(index, 'java', { exclude: new Set(['java']) }).map((s) => s.skillId)).toEqual([
      'javascript',
      'javafx',
    ]);
    expect(ids('a', 3)).toHaveLength(3);
    expect(ids('')).toEqual([]);
    expect(ids('zzzz')).toEqual([]);
  });

  it('scans a taxonomy of thousands of skills with the index built once', () => {
    const big = Array.from({ length: 5000 }, (_, i) => ({
      id: `skill-${i}`,
      name: `Skill ${i} framework`,
      category: 'tool',
      aliases: [`s${i}`, `alias ${i}`],
    }));
    const bigIndex = createSkillSearchIndex([...TINY_TAXONOMY, ...big]);
    expect(bigIndex.terms.length).toBeGreaterThan(15_000);
    expect(searchSkills(bigIndex, 'k8s')[0]!.skillId).toBe('kubernetes');
    expect(searchSkills(bigIndex, 's4999')[0]!.skillId).toBe('skill-4999');
  });
});

describe('shouldOfferCustomSkill', () => {
  it.each([
    ['Internal billing DSL', [], true],
    ['k8s', [], false],
    ['Kubernetes', [], false],
    ['   ', [], false],
    ['billing dsl', ['Billing  DSL'], false],
  ])('for %j with profile %j → %s', (query, profile, expected) => {
    expect(shouldOfferCustomSkill(index, query, profile)).toBe(expected);
  });
});
