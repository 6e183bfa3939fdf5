import { describe, expect, it } from 'vitest';
import { scoreMatch } from '@/lib/match/score-match';
import { createSkillRelations } from '@/lib/match/skill-relations';
import { analyzeText } from '@/lib/requirements/analyze-text';
import { loadTaxonomy } from '@/lib/skills/load-taxonomy';
import { profileSkill } from './build-fixtures';

// The whole chain, real engine and real taxonomy, on a posting written for this test: a stack of four
// concrete skills plus two broad practices.
const relations = createSkillRelations(loadTaxonomy().skills);
const posting = [
  'Senior PHP Engineer',
  'Requirements',
  '- Several years of PHP and Symfony in production',
  '- MySQL and Redis',
  '- Experience with scalability and distributed systems',
  '- Good knowledge of relational databases',
].join('\n');
const analysis = analyzeText(posting, { isJobPosting: true });
const has = (...ids: string[]) => ids.map((id) => profileSkill(id, id));

describe('a score that feels right (real engine and taxonomy)', () => {
  it('reads the stack as concrete and the practices as broad', () => {
    const category = (id: string) => analysis.requirements.find((r) => r.id === id)?.category;
    expect(['php', 'symfony', 'mysql', 'redis'].map(category)).toEqual([
      'language',
      'framework',
      'database',
      'database',
    ]);
    expect(category('scalability')).toBe('practice');
    expect(category('distributed-systems')).toBe('practice');
  });

  it('PHP, Symfony, MySQL and Redis are a strong match', () => {
    const match = scoreMatch(analysis, has('php', 'symfony', 'mysql', 'redis'), relations);
    expect(match.score).toBeGreaterThanOrEqual(80);
    expect(match.missingRequired).toEqual(['Scalability', 'Distributed systems']);
  });

  it('MySQL counts for relational databases', () => {
    const match = scoreMatch(analysis, has('php', 'symfony', 'mysql', 'redis'), relations);
    expect(match.verdicts.find((v) => v.requirementId === 'sql-databases')).toMatchObject({
      verdict: 'related',
      via: 'mysql',
    });
  });

  it('without Redis the line says adding it raises the score most, by what it really adds', () => {
    const without = scoreMatch(analysis, has('php', 'symfony', 'mysql'), relations);
    const withIt = scoreMatch(analysis, has('php', 'symfony', 'mysql', 'redis'), relations);
    expect(without.reason).toMatch(/^Meets \d+ of \d+ required; missing Redis, /);
    expect(without.reason.endsWith(`. Add Redis: +${(withIt.score ?? 0) - (without.score ?? 0)}`)).toBe(true);
  });
});
