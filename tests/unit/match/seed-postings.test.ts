import { describe, expect, it } from 'vitest';
import { scoreMatch } from '@/lib/match/score-match';
import { createSkillRelations } from '@/lib/match/skill-relations';
import { AnalysisSchema } from '@/lib/schemas/analysis';
import { MatchSchema } from '@/lib/schemas/match';
import { profileSkill } from './build-fixtures';
import { internationsAnalysis, snapfixAnalysis } from './seed-analyses';

// A PHP backend developer's profile, scored against both seed postings.
const profile = [
  profileSkill('php', 'PHP', { level: 'expert', years: 6 }),
  profileSkill('laravel', 'Laravel', { level: 'strong', years: 4 }),
  profileSkill('mysql', 'MySQL', { years: 6 }),
  profileSkill('redis', 'Redis', { years: 3 }),
  profileSkill('docker', 'Docker', { years: 3 }),
  profileSkill('github-actions', 'GitHub Actions', { years: 2 }),
  profileSkill('custom:ci-cd', 'CI/CD', { custom: true }),
  profileSkill('python', 'Python', { years: 2 }),
  profileSkill('aws', 'AWS', { years: 2 }),
  profileSkill('kubernetes', 'Kubernetes', { level: 'learning' }),
  profileSkill('phpunit', 'PHPUnit', { years: 5 }),
];

const relations = createSkillRelations([
  { id: 'laravel', implies: ['php'] },
  { id: 'symfony', implies: ['php'] },
  { id: 'mysql', similar: [{ id: 'mariadb', weight: 0.9 }] },
  { id: 'phpunit', implies: ['php', 'test-automation'] },
]);

describe('seed posting: Snapfix, Senior Backend Engineer', () => {
  const analysis = snapfixAnalysis();
  const match = scoreMatch(analysis, profile, relations);
  const verdict = (id: string) => match.verdicts.find((v) => v.requirementId === id)?.verdict;

  it('is a valid Analysis with real offsets', () => {
    expect(AnalysisSchema.safeParse(analysis).success).toBe(true);
    for (const r of analysis.requirements) {
      for (const m of r.mentions) expect(analysis.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it.each([
    ['php', 'have'],
    ['mysql', 'have'],
    ['ci-cd', 'have'], // a custom profile skill, by name
    ['python', 'have'],
    ['go', 'missing'],
    ['kafka', 'missing'],
    ['amazon-sqs', 'missing'],
    ['kubernetes', 'have'],
    ['terraform', 'missing'],
  ])('%s is %s', (id, expected) => {
    expect(verdict(id)).toBe(expected);
  });

  it('counts the any-of language group as one met requirement', () => {
    // 13 single required skills + the group; met: PHP, MySQL, Redis, Docker, GitHub Actions, CI/CD, the group.
    expect(match.required).toEqual({ met: 7, total: 14 });
    expect(match.groups?.[0]).toMatchObject({ verdict: 'have', bestRequirementId: 'python' });
  });

  it('scores by the documented weights', () => {
    // required 7 × 3 · preferred AWS 1 + Kubernetes (learning) 0.5 + Terraform 0 · mentioned 0 of 2
    // = 22.5 of 14 × 3 + 3 × 1 + 2 × 0.25 = 45.5 → 49
    expect(match.score).toBe(Math.round((100 * 22.5) / 45.5));
    expect(MatchSchema.safeParse(match).success).toBe(true);
  });

  it('gives a reason a person can check', () => {
    expect(match.reason).toBe(
      'Meets 7 of 14 required; missing Kafka, Amazon SQS, Datadog, Embeddings +3 more. Add Kafka: +7',
    );
  });
});

describe('seed posting: InterNations, Backend Developer', () => {
  const analysis = internationsAnalysis();
  const match = scoreMatch(analysis, profile, relations);
  const byId = (id: string) => match.verdicts.find((v) => v.requirementId === id);

  it('meets both any-of groups and earns related credit', () => {
    expect(match.groups?.map((g) => [g.groupId, g.verdict, g.bestRequirementId])).toEqual([
      ['lang', 'have', 'php'],
      ['framework', 'have', 'laravel'],
    ]);
    expect(byId('mariadb')).toMatchObject({ verdict: 'related', via: 'mysql', viaName: 'MySQL' });
    expect(byId('test-automation')).toMatchObject({ verdict: 'related', via: 'phpunit', credit: 0.8 });
    // Asked Symfony, which implies the PHP the profile has: the base language, not the framework.
    expect(byId('symfony')).toMatchObject({ verdict: 'related', via: 'php', credit: 0.4 });
  });

  it('scores and explains', () => {
    // required: lang 1, framework 1, automated testing 0.8 (via PHPUnit) → 2.8 × 3 = 8.4 of 9
    // mentioned (× 0.25): MariaDB 0.72, Redis 1, PHPUnit 1, the other 7 nothing → 2.72 × 0.25 = 0.68 of 2.5
    expect(match.score).toBe(Math.round((100 * (8.4 + 0.68)) / (9 + 2.5)));
    expect(match.reason).toBe('Meets all 3 required. Add Automated testing: +5');
  });
});
