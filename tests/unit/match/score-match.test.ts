import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MATCH_OPTIONS,
  NO_SKILLS_REASON,
  UNREADABLE_REASON,
  scoreMatch,
} from '@/lib/match/score-match';
import { createSkillRelations, noRelations } from '@/lib/match/skill-relations';
import { MatchSchema } from '@/lib/schemas/match';
import type { ProfileSkill } from '@/lib/schemas/profile';
import { analysisOf, profileSkill, requirement } from './build-fixtures';

const relations = createSkillRelations([
  { id: 'laravel', implies: ['php'] },
  { id: 'symfony', implies: ['php'] },
  { id: 'mysql', similar: [{ id: 'mariadb', weight: 0.9 }] },
  { id: 'kubernetes', aliases: ['k8s', 'kube'] },
  { id: 'postgresql', similar: [{ id: 'sqlite', weight: 0.3 }] },
]);

function verdictOf(asked: ReturnType<typeof requirement>, profile: ProfileSkill[]) {
  const match = scoreMatch(analysisOf([asked]), profile, relations);
  return match.verdicts[0];
}

describe('scoreMatch: one requirement', () => {
  it.each([
    // [case, asked, profile, verdict, credit, via]
    ['same id', requirement('php', 'PHP'), [profileSkill('php', 'PHP')], 'have', 1, null],
    [
      'custom skill by normalised name',
      requirement('node-js', 'Node.js'),
      [profileSkill('custom:nodejs', 'node .JS', { custom: true })],
      'have',
      1,
      null,
    ],
    [
      'custom skill by a taxonomy alias',
      requirement('kubernetes', 'Kubernetes'),
      [profileSkill('custom:k8s', 'K8s', { custom: true })],
      'have',
      1,
      null,
    ],
    [
      'level learning earns half',
      requirement('php', 'PHP'),
      [profileSkill('php', 'PHP', { level: 'learning' })],
      'have',
      0.5,
      null,
    ],
    [
      'fewer years than asked: proportional',
      requirement('php', 'PHP', 'required', { years: 5 }),
      [profileSkill('php', 'PHP', { years: 3 })],
      'short',
      0.6,
      null,
    ],
    [
      'far fewer years: the floor',
      requirement('php', 'PHP', 'required', { years: 10 }),
      [profileSkill('php', 'PHP', { years: 1 })],
      'short',
      0.25,
      null,
    ],
    [
      'enough years',
      requirement('php', 'PHP', 'required', { years: 5 }),
      [profileSkill('php', 'PHP', { years: 7 })],
      'have',
      1,
      null,
    ],
    [
      'profile silent on years is not short',
      requirement('php', 'PHP', 'required', { years: 5 }),
      [profileSkill('php', 'PHP')],
      'have',
      1,
      null,
    ],
    [
      'profile skill implies the asked one (Laravel → PHP)',
      requirement('php', 'PHP'),
      [profileSkill('laravel', 'Laravel')],
      'related',
      0.8,
      'laravel',
    ],
    [
      'asked skill implies the profile one (asked Laravel, has PHP)',
      requirement('laravel', 'Laravel'),
      [profileSkill('php', 'PHP')],
      'related',
      0.4,
      'php',
    ],
    [
      'similar, stored on the profile skill (MySQL ~ MariaDB 0.9)',
      requirement('mariadb', 'MariaDB'),
      [profileSkill('mysql', 'MySQL')],
      'related',
      0.72,
      'mysql',
    ],
    [
      'similar, stored on the asked skill',
      requirement('mysql', 'MySQL'),
      [profileSkill('mariadb', 'MariaDB')],
      'related',
      0.72,
      'mariadb',
    ],
    [
      'similarity below the minimum earns nothing',
      requirement('sqlite', 'SQLite'),
      [profileSkill('postgresql', 'PostgreSQL')],
      'missing',
      0,
      null,
    ],
    [
      'related at level learning earns less',
      requirement('php', 'PHP'),
      [profileSkill('laravel', 'Laravel', { level: 'learning' })],
      'related',
      0.4,
      'laravel',
    ],
    [
      'the best candidate wins (have over related)',
      requirement('php', 'PHP'),
      [profileSkill('laravel', 'Laravel'), profileSkill('php', 'PHP')],
      'have',
      1,
      null,
    ],
    [
      'a strong related skill beats a short have',
      requirement('php', 'PHP', 'required', { years: 10 }),
      [profileSkill('php', 'PHP', { years: 2 }), profileSkill('symfony', 'Symfony')],
      'related',
      0.8,
      'symfony',
    ],
    ['nothing', requirement('kafka', 'Kafka'), [profileSkill('php', 'PHP')], 'missing', 0, null],
  ] as const)('%s', (_case, asked, profile, verdict, credit, via) => {
    const result = verdictOf(asked, [...profile]);
    expect(result?.verdict).toBe(verdict);
    expect(result?.credit).toBeCloseTo(credit, 3);
    expect(result?.via).toBe(via);
  });

  it('ties between equal related skills go to the lower id, whatever the profile order', () => {
    const asked = requirement('php', 'PHP');
    const a = verdictOf(asked, [profileSkill('symfony', 'Symfony'), profileSkill('laravel', 'Laravel')]);
    const b = verdictOf(asked, [profileSkill('laravel', 'Laravel'), profileSkill('symfony', 'Symfony')]);
    expect(a?.via).toBe('laravel');
    expect(b).toEqual(a);
  });

  it('names the related skill for the reason and keeps years', () => {
    const result = verdictOf(requirement('php', 'PHP', 'required', { years: 3 }), [
      profileSkill('laravel', 'Laravel', { years: 4 }),
    ]);
    expect(result).toMatchObject({ viaName: 'Laravel', profileYears: 4, yearsAsked: 3 });
  });
});

describe('scoreMatch: score and counts', () => {
  const kafka = requirement('kafka', 'Kafka', 'required');
  const php = requirement('php', 'PHP', 'required');
  const k8s = requirement('kubernetes', 'Kubernetes', 'preferred');
  const rest = requirement('rest', 'REST', 'mentioned');

  it.each([
    // [case, profile ids, expected score]: weights required 3, preferred 1, mentioned 0.25 (total 7.25)
    ['everything', ['kafka', 'php', 'kubernetes', 'rest'], 100],
    ['nothing', [], 0],
    ['missing one required', ['php', 'kubernetes', 'rest'], Math.round((100 * 4.25) / 7.25)],
    ['missing one preferred', ['kafka', 'php', 'rest'], Math.round((100 * 6.25) / 7.25)],
    ['missing one mentioned', ['kafka', 'php', 'kubernetes'], Math.round((100 * 7) / 7.25)],
  ])('%s', (_case, ids, score) => {
    const profile = ids.map((id) => profileSkill(id, id));
    const match = scoreMatch(analysisOf([kafka, php, k8s, rest]), profile, noRelations);
    expect(match.score).toBe(score);
  });

  it('a missed required skill costs three times a missed preferred one', () => {
    const all = ['kafka', 'php', 'kubernetes', 'rest'];
    const score = (ids: string[]) =>
      scoreMatch(
        analysisOf([kafka, php, k8s, rest]),
        ids.map((id) => profileSkill(id, id)),
        noRelations,
      ).score ?? NaN;
    const lostRequired = 100 - score(all.filter((id) => id !== 'kafka'));
    const lostPreferred = 100 - score(all.filter((id) => id !== 'kubernetes'));
    expect(lostRequired / lostPreferred).toBeCloseTo(3, 0);
  });

  it('custom weights change the score', () => {
    const analysis = analysisOf([kafka, k8s]);
    const profile = [profileSkill('kubernetes', 'Kubernetes')];
    expect(scoreMatch(analysis, profile, noRelations).score).toBe(25);
    expect(
      scoreMatch(analysis, profile, noRelations, {
        weights: { ...DEFAULT_MATCH_OPTIONS.weights, required: 1 },
      }).score,
    ).toBe(50);
  });

  it('counts met and total per importance and lists the missing', () => {
    const match = scoreMatch(analysisOf([kafka, php, k8s, rest]), [profileSkill('php', 'PHP')], noRelations);
    expect(match.required).toEqual({ met: 1, total: 2 });
    expect(match.preferred).toEqual({ met: 0, total: 1 });
    expect(match.mentioned).toEqual({ met: 0, total: 1 });
    expect(match.missingRequired).toEqual(['Kafka']);
    expect(match.missingPreferred).toEqual(['Kubernetes']);
    expect(MatchSchema.safeParse(match).success).toBe(true);
  });
});

describe('scoreMatch: any-of groups', () => {
  const group = { id: 'g1', mode: 'any' as const, requirementIds: ['python', 'go', 'node-js'] };
  const members = [
    requirement('python', 'Python', 'required', { group: 'g1' }),
    requirement('go', 'Go', 'required', { group: 'g1' }),
    requirement('node-js', 'Node.js', 'required', { group: 'g1' }),
  ];
  const php = requirement('php', 'PHP', 'required');

  it.each([
    ['any member meets it', [profileSkill('go', 'Go')], 'have', 100, 'Meets 2 of 2 required'],
    [
      'the best member counts',
      [profileSkill('python', 'Python', { level: 'learning' }), profileSkill('node-js', 'Node.js')],
      'have',
      100,
      'Meets 2 of 2 required',
    ],
    [
      'none of them',
      [],
      'missing',
      50,
      'Meets 1 of 2 required; missing one of Python / Go / Node.js. Add one of Python / Go / Node.js: +50',
    ],
  ])('%s', (_case, extra, verdict, score, reason) => {
    const match = scoreMatch(
      analysisOf([...members, php], [group]),
      [profileSkill('php', 'PHP'), ...extra],
      noRelations,
    );
    expect(match.groups?.[0]?.verdict).toBe(verdict);
    expect(match.score).toBe(score);
    expect(match.reason).toBe(reason);
    expect(match.required.total).toBe(2);
    // Each member still has its own verdict, for the marks on the page.
    expect(match.verdicts).toHaveLength(4);
  });

  it('a group takes the highest importance of its members', () => {
    const mixed = [
      requirement('python', 'Python', 'preferred', { group: 'g1' }),
      requirement('go', 'Go', 'required', { group: 'g1' }),
    ];
    const match = scoreMatch(
      analysisOf(mixed, [{ ...group, requirementIds: ['python', 'go'] }]),
      [],
      noRelations,
    );
    expect(match.required.total).toBe(1);
    expect(match.preferred.total).toBe(0);
  });
});

describe('scoreMatch: postings it cannot score', () => {
  it.each([
    [
      'not a posting',
      analysisOf([requirement('php', 'PHP')], [], { isJobPosting: false }),
      UNREADABLE_REASON,
    ],
    ['no requirements', analysisOf([]), NO_SKILLS_REASON],
  ])('%s: no score, and the reason says why', (_case, analysis, reason) => {
    const match = scoreMatch(analysis, [profileSkill('php', 'PHP')], noRelations);
    expect(match.score).toBeNull();
    expect(match.reason).toBe(reason);
    expect(match.verdicts).toEqual([]);
  });
});

describe('scoreMatch: reason line', () => {
  it('names what is met, the missing must-haves and the change that would raise the score most', () => {
    const analysis = analysisOf(
      [
        requirement('php', 'PHP', 'required', { years: 5 }),
        requirement('mariadb', 'MariaDB', 'required'),
        requirement('kafka', 'Kafka', 'required'),
        requirement('terraform', 'Terraform', 'required'),
        requirement('kubernetes', 'Kubernetes', 'preferred'),
      ],
      [],
      { minYears: 8 },
    );
    const match = scoreMatch(
      analysis,
      [profileSkill('php', 'PHP', { years: 3 }), profileSkill('mysql', 'MySQL', { years: 6 })],
      relations,
    );
    expect(match.reason).toBe(
      'Meets 2 of 4 required; missing Kafka, Terraform; asks 8+ years overall (you list 6). Add Kafka: +24',
    );
    // Partly met and nice-to-have skills stay in the Match for the popup's lists.
    expect(match.missingPreferred).toEqual(['Kubernetes']);
    expect(match.verdicts.find((v) => v.requirementId === 'php')?.verdict).toBe('short');
  });

  it('the gain it names is the score the change would really give', () => {
    const asked = [
      requirement('php', 'PHP', 'required', { category: 'language' }),
      requirement('redis', 'Redis', 'required', { category: 'database' }),
      requirement('kafka', 'Kafka', 'preferred', { category: 'devops' }),
      requirement('scalability', 'Scalability', 'required', { category: 'practice' }),
    ];
    const before = scoreMatch(analysisOf(asked), [profileSkill('php', 'PHP')], noRelations);
    const gain = /\. Add (\w+): \+(\d+)$/.exec(before.reason);
    expect(gain?.[1]).toBe('Redis');
    const after = scoreMatch(
      analysisOf(asked),
      [profileSkill('php', 'PHP'), profileSkill('redis', 'Redis')],
      noRelations,
    );
    expect((after.score ?? 0) - (before.score ?? 0)).toBe(Number(gain?.[2]));
  });

  it.each([
    ['fewer years than asked', { years: 2 }, '5 years of PHP: +'],
    ['only learning it', { level: 'learning' as const }, 'PHP beyond learning: +'],
  ])('a partly met skill: %s', (_case, extra, words) => {
    const match = scoreMatch(
      analysisOf([requirement('php', 'PHP', 'required', { years: 5 })]),
      [profileSkill('php', 'PHP', extra)],
      noRelations,
    );
    expect(match.reason).toContain(words);
  });

  it('says nothing about gains when everything is met', () => {
    const match = scoreMatch(
      analysisOf([requirement('php', 'PHP')]),
      [profileSkill('php', 'PHP')],
      noRelations,
    );
    expect(match.reason).toBe('Meets 1 of 1 required');
  });

  it('leads with preferred when nothing is required', () => {
    const match = scoreMatch(
      analysisOf([requirement('a', 'A', 'preferred'), requirement('b', 'B', 'preferred')]),
      [profileSkill('a', 'A')],
      noRelations,
    );
    expect(match.reason).toBe('Meets 1 of 2 preferred; missing B. Add B: +50');
  });

  it('is deterministic', () => {
    const analysis = analysisOf([requirement('php', 'PHP'), requirement('kafka', 'Kafka', 'preferred')]);
    const profile = [profileSkill('laravel', 'Laravel'), profileSkill('symfony', 'Symfony')];
    expect(scoreMatch(analysis, profile, relations)).toEqual(
      scoreMatch(analysis, [...profile].reverse(), relations),
    );
  });
});

describe('scoreMatch: implication chains, soft skills and broad practices', () => {
  const chain = createSkillRelations([
    { id: 'phpunit', implies: ['php', 'unit-testing'] },
    { id: 'unit-testing', implies: ['automated-testing'] },
    { id: 'automated-testing', implies: ['testing'] },
    { id: 'testing', implies: ['quality'] },
    // A cycle must not hang the walk.
    { id: 'a', implies: ['b'] },
    { id: 'b', implies: ['a'] },
  ]);

  it.each([
    ['one step', 'unit-testing', 'related', 0.8],
    ['two steps', 'automated-testing', 'related', 0.7],
    ['three steps', 'testing', 'related', 0.7],
    ['four steps is too far', 'quality', 'missing', 0],
  ])('%s: PHPUnit → %s', (_case, asked, verdict, credit) => {
    const match = scoreMatch(
      analysisOf([requirement(asked, asked)]),
      [profileSkill('phpunit', 'PHPUnit')],
      chain,
    );
    expect(match.verdicts[0]).toMatchObject({ verdict, credit });
  });

  it('walks a cycle without hanging', () => {
    const match = scoreMatch(analysisOf([requirement('b', 'B')]), [profileSkill('a', 'A')], chain);
    expect(match.verdicts[0]?.verdict).toBe('related');
  });

  it('counts a required soft skill as mentioned: never a missed must-have', () => {
    const analysis = analysisOf([
      requirement('php', 'PHP', 'required'),
      requirement('communication', 'Communication skills', 'required', { category: 'soft-skill' }),
    ]);
    const match = scoreMatch(analysis, [profileSkill('php', 'PHP')], noRelations);
    expect(match.required).toEqual({ met: 1, total: 1 });
    expect(match.missingRequired).toEqual([]);
    expect(match.verdicts[1]).toMatchObject({ verdict: 'missing', importance: 'mentioned' });
    expect(match.score).toBe(Math.round((100 * 3) / 3.25));
  });

  it('names concrete missing skills before broad practices', () => {
    const analysis = analysisOf([
      requirement('backend', 'Backend development', 'required', { category: 'practice' }),
      requirement('kafka', 'Kafka', 'required', { category: 'devops' }),
      requirement('scalability', 'Scalability', 'required', { category: 'practice' }),
      requirement('datadog', 'Datadog', 'required', { category: 'observability' }),
    ]);
    const match = scoreMatch(analysis, [], noRelations);
    expect(match.missingRequired).toEqual(['Kafka', 'Datadog', 'Backend development', 'Scalability']);
    expect(match.reason).toBe(
      'Meets 0 of 4 required; missing Kafka, Datadog, Backend development, Scalability. Add Kafka: +38',
    );
  });
});

describe('scoreMatch: concrete skills weigh more than broad practices', () => {
  // PHP, Symfony, MySQL and Redis with scalability and distributed systems, all required.
  const asked = [
    requirement('php', 'PHP', 'required', { category: 'language' }),
    requirement('symfony', 'Symfony', 'required', { category: 'framework' }),
    requirement('mysql', 'MySQL', 'required', { category: 'database' }),
    requirement('redis', 'Redis', 'required', { category: 'database' }),
    requirement('scalability', 'Scalability', 'required', { category: 'practice' }),
    requirement('distributed-systems', 'Distributed systems', 'required', { category: 'practice' }),
  ];
  const four = ['php', 'symfony', 'mysql', 'redis'].map((id) => profileSkill(id, id));

  it('the four concrete skills make a strong match', () => {
    const match = scoreMatch(analysisOf(asked), four, noRelations);
    // 4 × 3 of 4 × 3 + 2 × 3 × 1/3 = 12 of 14
    expect(match.score).toBe(Math.round((100 * 12) / 14));
    expect(match.score).toBeGreaterThanOrEqual(80);
  });

  it('the two broad practices without the stack make a weak one', () => {
    const profile = [profileSkill('scalability', 'S'), profileSkill('distributed-systems', 'D')];
    expect(scoreMatch(analysisOf(asked), profile, noRelations).score).toBe(Math.round((100 * 2) / 14));
  });

  it('a broad must-have weighs as much as a concrete nice-to-have', () => {
    const broad = scoreMatch(
      analysisOf([asked[0]!, asked[4]!]),
      [profileSkill('php', 'PHP')],
      noRelations,
    ).score;
    const niceToHave = scoreMatch(
      analysisOf([asked[0]!, requirement('kafka', 'Kafka', 'preferred', { category: 'devops' })]),
      [profileSkill('php', 'PHP')],
      noRelations,
    ).score;
    expect(broad).toBe(niceToHave);
  });

  it('broadFactor 1 weighs them alike again', () => {
    expect(scoreMatch(analysisOf(asked), four, noRelations, { broadFactor: 1 }).score).toBe(67);
  });

  it('a concrete skill that implies a broad one asked meets it fully; a base skill only nearly', () => {
    const implied = createSkillRelations([
      { id: 'kafka', implies: ['event-driven-architecture'] },
      { id: 'laravel', implies: ['php'] },
    ]);
    const match = scoreMatch(
      analysisOf([
        requirement('event-driven-architecture', 'Event-driven architecture', 'required', {
          category: 'practice',
        }),
        requirement('php', 'PHP', 'required', { category: 'language' }),
      ]),
      [profileSkill('kafka', 'Kafka'), profileSkill('laravel', 'Laravel')],
      implied,
    );
    expect(match.verdicts.map((v) => [v.requirementId, v.verdict, v.credit])).toEqual([
      ['event-driven-architecture', 'related', 1],
      ['php', 'related', 0.8],
    ]);
  });
});
