import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreMatch } from '@/lib/match/score-match';
import { createSkillRelations } from '@/lib/match/skill-relations';
import { analyzeText } from '@/lib/requirements/analyze-text';
import { MatchSchema } from '@/lib/schemas/match';
import { loadTaxonomy } from '@/lib/skills/load-taxonomy';
import { prepareText } from '@/lib/text/prepare-text';
import { profileSkill } from './build-fixtures';
import { sharedDir } from './seed-analyses';

// The whole chain on the seed postings: the real engine's Analysis, the real taxonomy's relations, and the
// profile of a PHP backend developer. Exact scores are not pinned here (the engine and the taxonomy evolve);
// the verdicts a person would check are.

const relations = createSkillRelations(loadTaxonomy().skills);
const profile = [
  profileSkill('php', 'PHP', { level: 'expert', years: 6 }),
  profileSkill('laravel', 'Laravel', { years: 4 }),
  profileSkill('mysql', 'MySQL', { years: 6 }),
  profileSkill('redis', 'Redis', { years: 3 }),
  profileSkill('docker', 'Docker', { years: 3 }),
  profileSkill('github-actions', 'GitHub Actions', { years: 2 }),
  profileSkill('python', 'Python', { years: 2 }),
  profileSkill('phpunit', 'PHPUnit', { years: 5 }),
];

function analyzeSeed(name: string) {
  return analyzeText(prepareText(readFileSync(path.join(sharedDir, 'fixtures/seeds', name), 'utf8')), {
    source: 'text',
    confidence: 1,
  });
}

describe.each([
  ['snapfix-senior-backend-engineer.txt', ['Apache Kafka', 'Amazon SQS', 'Datadog']],
  ['internations-backend-developer.txt', []],
])('%s with the real engine and taxonomy', (file, mustBeMissing) => {
  const analysis = analyzeSeed(file);
  const match = scoreMatch(analysis, profile, relations);
  const verdict = (id: string) => match.verdicts.find((v) => v.requirementId === id);

  it('scores it and explains it', () => {
    expect(MatchSchema.safeParse(match).success).toBe(true);
    expect(match.score).toBeGreaterThan(0);
    expect(match.score).toBeLessThan(100);
    expect(match.reason).toMatch(/^Meets (\d+ of \d+|all \d+) required/);
  });

  it('meets the language group through PHP or Python', () => {
    const languageGroup = analysis.groups.find((g) => g.requirementIds.includes('python'));
    expect(languageGroup).toBeDefined();
    expect(match.groups?.find((g) => g.groupId === languageGroup?.id)?.verdict).toBe('have');
  });

  it('lists concrete missing skills, and no soft skill as a missed must-have', () => {
    for (const name of mustBeMissing) expect(match.missingRequired).toContain(name);
    const soft = analysis.requirements.filter((r) => r.category === 'soft-skill').map((r) => r.skill);
    for (const name of soft) expect(match.missingRequired).not.toContain(name);
    expect(verdict('php')?.verdict).toBe('have');
  });
});

describe('related credit from the real taxonomy', () => {
  it('MariaDB via MySQL and CI/CD via GitHub Actions', () => {
    const internations = scoreMatch(analyzeSeed('internations-backend-developer.txt'), profile, relations);
    expect(internations.verdicts.find((v) => v.requirementId === 'mariadb')).toMatchObject({
      verdict: 'related',
      via: 'mysql',
    });
    const snapfix = scoreMatch(analyzeSeed('snapfix-senior-backend-engineer.txt'), profile, relations);
    expect(snapfix.verdicts.find((v) => v.requirementId === 'ci-cd')).toMatchObject({
      verdict: 'related',
      via: 'github-actions',
    });
  });
});
