import { describe, expect, it } from 'vitest';
import {
  findLabelledSkill,
  findOccurrences,
  scorePosting,
  sumGoldScores,
  type ReadFacts,
  type ReadSkill,
} from '@/lib/eval/gold';
import { parseGoldLabels, type GoldPosting } from '@/lib/eval/gold-labels';

const noFacts: ReadFacts = {
  minYears: null,
  degree: null,
  degreeRequired: null,
  seniority: null,
  spokenLanguages: [],
  workplace: null,
  visaSponsorship: null,
  salary: null,
};

function gold(facts: Partial<GoldPosting['facts']> = {}, rest: Partial<GoldPosting> = {}): GoldPosting {
  return {
    facts: {
      minYears: null,
      degree: 'none',
      degreeStatus: null,
      seniority: null,
      spokenLanguages: [],
      workplace: null,
      visaSponsorship: null,
      salary: null,
      ...facts,
    },
    skills: [],
    traps: [],
    ...rest,
  };
}

const byName = (name: string, skill: ReadSkill) => name.toLowerCase() === skill.skill.toLowerCase();
const score = (g: GoldPosting, read: Partial<ReadFacts>, skills: ReadSkill[] = [], text = '') =>
  scorePosting('p.txt', text, g, { ...noFacts, ...read }, skills, byName);

describe('fact cases', () => {
  it.each([
    // [label, read, accurate, false claims]
    [5, 5, true, 0],
    [null, null, true, 0],
    [5, null, false, 0], // a miss
    [null, 3, false, 1], // a value where the label has none
    [5, 3, false, 1], // a different value
  ])('minYears label %j read %j', (label, read, accurate, falseClaims) => {
    const fact = score(gold({ minYears: label }), { minYears: read }).facts.minYears;
    expect([fact.accurate, fact.falseClaims]).toEqual([accurate, falseClaims]);
  });

  it.each([
    ['none', null, null, null, true, 0],
    ['none', null, 'PhD', true, false, 1],
    ["Bachelor's", 'required', "Bachelor's", true, true, 0],
    ["Bachelor's", 'required', "Bachelor's", false, false, 1], // preferred where it is required
    ["Bachelor's", 'preferred', "Bachelor's", null, false, 0], // status not said: a miss
    ["Bachelor's", 'required', 'PhD', true, false, 1],
    ["Bachelor's", 'required', 'Degree', true, false, 0], // says less than the label
    ['Degree', 'preferred', "Master's", false, false, 1], // a level the posting does not give
    ['Degree', 'preferred', null, null, false, 0],
  ] as const)(
    'degree label %s (%s) read %s (%s)',
    (level, status, readLevel, required, accurate, falseClaims) => {
      const fact = score(gold({ degree: level, degreeStatus: status }), {
        degree: readLevel,
        degreeRequired: required,
      }).facts.degree;
      expect([fact.accurate, fact.falseClaims]).toEqual([accurate, falseClaims]);
    },
  );

  it.each([
    [['English', 'German'], ['german', 'English'], true, 0],
    [['English'], ['English', 'French', 'Dutch'], false, 2], // one false claim per language not asked
    [['English', 'German'], ['English'], false, 0],
    [[], [], true, 0],
  ])('languages label %j read %j', (label, read, accurate, falseClaims) => {
    const fact = score(gold({ spokenLanguages: label }), { spokenLanguages: read }).facts.languages;
    expect([fact.accurate, fact.falseClaims]).toEqual([accurate, falseClaims]);
  });

  it('visa and salary count only postings whose label states them, but every stated value can be false', () => {
    const salary = { min: 50000, max: 65000, currency: 'EUR', period: 'year' };
    const scores = [
      score(gold({ visaSponsorship: 'offered', salary }), {
        visaSponsorship: 'offered',
        salary: { min: 50000, max: 65000, currency: 'eur', period: 'year' },
      }),
      score(gold({ visaSponsorship: 'not offered', salary }), {
        visaSponsorship: 'offered',
        salary: { min: 50000, max: 65000, currency: 'EUR', period: 'month' },
      }),
      score(gold(), {
        visaSponsorship: 'not offered',
        salary: { min: 1, max: null, currency: 'USD', period: 'year' },
      }),
      score(gold(), {}),
    ];
    const totals = sumGoldScores(scores);
    expect(totals.facts.visa).toEqual({ accuracy: 0.5, falseClaims: 2, right: 1, counted: 2 });
    expect(totals.facts.salary).toEqual({ accuracy: 0.5, falseClaims: 2, right: 1, counted: 2 });
    expect(totals.facts.workplace).toEqual({ accuracy: 1, falseClaims: 0, right: 4, counted: 4 });
  });
});

describe('skills and traps', () => {
  const text = 'You know Postgres and Go. We go to market with excellent Excel sheets.';
  const skills: ReadSkill[] = [
    { id: 'postgresql', skill: 'PostgreSQL', importance: 'required', mentions: [{ start: 9, end: 17 }] },
    {
      id: 'go',
      skill: 'Go',
      importance: 'mentioned',
      mentions: [
        { start: 22, end: 24 },
        { start: 29, end: 31 },
      ],
    },
  ];

  it('finds a labelled skill by name, else by a mark over its surface', () => {
    expect(findLabelledSkill(text, { skill: 'PostgreSQL', surface: 'x' }, skills, byName)?.id).toBe(
      'postgresql',
    );
    expect(findLabelledSkill(text, { skill: 'Golang', surface: 'Go' }, skills, byName)?.id).toBe('go');
    expect(findLabelledSkill(text, { skill: 'Excel', surface: 'Excel' }, skills, byName)).toBeNull();
  });

  it('scores importance over the found skills, recall over all, and marks a trap any mark overlaps', () => {
    const g = gold(
      {},
      {
        skills: [
          { skill: 'PostgreSQL', surface: 'Postgres', importance: 'required', anyOf: null },
          { skill: 'Go', surface: 'Go', importance: 'required', anyOf: null },
          { skill: 'Microsoft Excel', surface: 'Excel', importance: 'required', anyOf: null },
        ],
        traps: [
          { surface: 'go to market', why: 'not Go' },
          { surface: 'excellent', why: 'not Excel' },
        ],
      },
    );
    const result = score(g, {}, skills, text);
    expect(result.trapsMarked).toEqual([{ surface: 'go to market', why: 'not Go', skill: 'Go' }]);
    const totals = sumGoldScores([result]);
    expect(totals.skillRecall).toBeCloseTo(2 / 3);
    expect(totals.importanceAccuracy).toBe(0.5);
    expect([totals.trapsMarked, totals.traps]).toEqual([1, 2]);
  });

  it('finds every occurrence of a surface', () => {
    expect(findOccurrences('aXbXX', 'X')).toEqual([1, 3, 4]);
    expect(findOccurrences('abc', '')).toEqual([]);
  });
});

describe('parseGoldLabels', () => {
  it('reads a labels file and names the first bad entry', () => {
    const ok = JSON.stringify({ 'a.txt': gold() });
    expect(Object.keys(parseGoldLabels(ok))).toEqual(['a.txt']);
    const bad = JSON.stringify({ 'a.txt': { ...gold(), facts: { ...gold().facts, degree: 'Diploma' } } });
    expect(() => parseGoldLabels(bad)).toThrow(/a\.txt\.facts\.degree/);
    expect(() => parseGoldLabels('{')).toThrow(/not JSON/);
  });
});
