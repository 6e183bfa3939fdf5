import { describe, expect, it } from 'vitest';
import { buildJobRows } from '@/components/job/build-job-rows';
import { scoreMatch } from '@/lib/match/score-match';
import { createSkillRelations, noRelations } from '@/lib/match/skill-relations';
import { analysisOf, profileSkill, requirement } from '../match/build-fixtures';
import { snapfixAnalysis } from '../match/seed-analyses';

const lang = { id: 'lang', mode: 'any' as const, requirementIds: ['python', 'go', 'node-js'] };
const analysis = analysisOf(
  [
    requirement('php', 'PHP', 'required', { years: 5 }),
    requirement('python', 'Python', 'required', { group: 'lang' }),
    requirement('go', 'Go', 'required', { group: 'lang' }),
    requirement('node-js', 'Node.js', 'required', { group: 'lang', years: 2 }),
    requirement('mariadb', 'MariaDB', 'required'),
    requirement('kafka', 'Kafka', 'required'),
    requirement('terraform', 'Terraform', 'preferred'),
    requirement('rest', 'REST', 'mentioned'),
  ],
  [lang],
);
const relations = createSkillRelations([{ id: 'mysql', similar: [{ id: 'mariadb', weight: 0.9 }] }]);

describe('buildJobRows', () => {
  it('collapses an any-of group into one row where its first member stood', () => {
    const rows = buildJobRows(analysis, scoreMatch(analysis, [], noRelations));
    expect(rows.required.map((r) => r.label)).toEqual([
      'PHP',
      'One of Python / Go / Node.js',
      'MariaDB',
      'Kafka',
    ]);
    expect(rows.preferred.map((r) => r.label)).toEqual(['Terraform']);
    expect(rows.mentioned.map((r) => r.label)).toEqual(['REST']);
    const group = rows.required[1];
    expect(group).toMatchObject({ isGroup: true, verdict: 'missing', yearsAsked: 2 });
    // An unmet group offers each of its members.
    expect(group?.addable.map((s) => s.skillId)).toEqual(['python', 'go', 'node-js']);
  });

  it.each([
    ['php', [profileSkill('php', 'PHP', { years: 7 })], 'have', 'You have it', false],
    ['php', [profileSkill('php', 'PHP', { years: 3 })], 'short', '3 of 5 years', false],
    ['mariadb', [profileSkill('mysql', 'MySQL')], 'related', 'related: you have MySQL', true],
    ['kafka', [], 'missing', 'Missing', true],
  ])('row %s → %s "%s" (addable: %s)', (key, profile, verdict, text, addable) => {
    const rows = buildJobRows(analysis, scoreMatch(analysis, profile, relations));
    const row = rows.required.find((r) => r.key === key);
    expect(row).toMatchObject({ verdict, verdictText: text });
    expect(row!.addable.length > 0).toBe(addable);
  });

  it('a met group says which member met it and offers nothing to add', () => {
    const rows = buildJobRows(analysis, scoreMatch(analysis, [profileSkill('go', 'Go')], noRelations));
    expect(rows.required[1]).toMatchObject({ verdict: 'have', verdictText: 'You have Go', addable: [] });
  });

  it('without a match shows the requirements with no verdict', () => {
    const rows = buildJobRows(analysis, null);
    expect(rows.required.every((r) => r.verdict === null && r.addable.length === 0)).toBe(true);
    expect(rows.required).toHaveLength(4);
  });

  it('shows the Snapfix seed with its language group as one row', () => {
    const seed = snapfixAnalysis();
    const rows = buildJobRows(seed, scoreMatch(seed, [profileSkill('php', 'PHP')], noRelations));
    expect(rows.required.filter((r) => r.isGroup).map((r) => r.label)).toEqual([
      'One of Python / Go / Node.js',
    ]);
    expect(rows.required).toHaveLength(14);
    expect(rows.preferred.map((r) => r.label)).toEqual(['AWS', 'Kubernetes', 'Terraform']);
  });
});
