import { describe, expect, it } from 'vitest';
import {
  buildPostings,
  parseSkillSpan,
  readBioSpans,
  scoreSpans,
  sumScores,
  tallyFinds,
} from '@/lib/eval/skillspan';

const row = (idx: number, tokens: string[], skill: string[], knowledge: string[], source = 'tech') =>
  JSON.stringify({ idx, tokens, tags_skill: skill, tags_knowledge: knowledge, source });

describe('readBioSpans', () => {
  it.each([
    [
      ['O', 'B', 'I', 'O', 'B'],
      [
        { first: 1, end: 3 },
        { first: 4, end: 5 },
      ],
    ],
    [
      ['B', 'B', 'I'],
      [
        { first: 0, end: 1 },
        { first: 1, end: 3 },
      ],
    ],
    [['O', 'I', 'O'], []], // an I without a B opens nothing
    [[], []],
  ])('%j', (tags, spans) => {
    expect(readBioSpans(tags)).toEqual(spans);
  });
});

describe('buildPostings', () => {
  const rows = parseSkillSpan(
    [
      row(1, ['Java', 'Developer'], ['O', 'O'], ['O', 'O']),
      row(1, ['Experience', 'with', 'Apache', 'Kafka'], ['O', 'O', 'O', 'O'], ['O', 'O', 'B', 'I']),
      row(2, ['Ignored'], ['O'], ['B'], 'house'),
      row(3, ['Communicate', 'well'], ['B', 'I'], ['O', 'O']),
    ].join('\n'),
  );

  it('rebuilds each tech posting as lines of space-joined tokens with spans as character ranges', () => {
    const postings = buildPostings(rows, 'tech');
    expect(postings.map((p) => p.idx)).toEqual([1, 3]);
    const first = postings[0];
    expect(first?.text).toBe('Java Developer\nExperience with Apache Kafka');
    expect(first?.knowledgeSpans.map((s) => first.text.slice(s.start, s.end))).toEqual(['Apache Kafka']);
    const third = postings[1];
    expect(third?.skillSpans.map((s) => third.text.slice(s.start, s.end))).toEqual(['Communicate well']);
  });

  it('rebuilds ".NET", which the tokeniser split, as one word; a full stop before another word stays apart', () => {
    const [posting] = buildPostings(
      parseSkillSpan(
        row(
          4,
          ['C#', 'on', '.', 'NET', 'Core', 'e.g', '.', 'AWS'],
          ['O', 'O', 'O', 'O', 'O', 'O', 'O', 'O'],
          ['B', 'O', 'B', 'I', 'I', 'O', 'O', 'B'],
        ),
      ),
      'tech',
    );
    expect(posting?.text).toBe('C# on .NET Core e.g . AWS');
    expect(posting?.knowledgeSpans.map((s) => posting.text.slice(s.start, s.end))).toEqual([
      'C#',
      '.NET Core',
      'AWS',
    ]);
  });

  it('names the line of a malformed row', () => {
    expect(() => parseSkillSpan(`${row(1, ['a'], ['O'], ['O'])}\n{"idx": "x"}`)).toThrow(/line 2/);
  });
});

describe('scoreSpans', () => {
  // text: "Kafka and Python and teamwork" — Knowledge: Kafka [0,5), Python [10,16); Skill: teamwork [21,29)
  const knowledge = [
    { start: 0, end: 5 },
    { start: 10, end: 16 },
  ];
  const skill = [{ start: 21, end: 29 }];

  it('counts finds inside any expert span as precise and knowledge spans with a find as recalled', () => {
    const score = scoreSpans(
      [
        { start: 0, end: 5 }, // Kafka: inside a knowledge span
        { start: 21, end: 29 }, // teamwork: inside a skill span
        { start: 6, end: 9 }, // "and": outside
        { start: 8, end: 12 }, // straddles a span edge: not inside
      ],
      skill,
      knowledge,
    );
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(0.5);
    expect(score.missedSpans).toEqual([{ start: 10, end: 16 }]);
    expect(score.falseFinds).toHaveLength(2);
  });

  it('is zero, not NaN, with nothing to score', () => {
    const score = scoreSpans([], [], []);
    expect([score.precision, score.recall]).toEqual([0, 0]);
  });

  it('sums postings micro-averaged', () => {
    const total = sumScores([
      scoreSpans([{ start: 0, end: 5 }], [], knowledge),
      scoreSpans([{ start: 30, end: 31 }], [], [{ start: 0, end: 3 }]),
    ]);
    expect(total.precision).toBe(0.5);
    expect(total.recall).toBeCloseTo(1 / 3);
  });
});

describe('tallyFinds', () => {
  // Two sentences: the experts marked "Python" in the first and nothing in the second.
  const [posting] = buildPostings(
    parseSkillSpan(
      [
        row(7, ['You', 'know', 'Python'], ['O', 'O', 'O'], ['O', 'O', 'B']),
        row(7, ['We', 'use', 'Go', 'and', 'Python'], ['O', 'O', 'O', 'O', 'O'], ['O', 'O', 'O', 'O', 'O']),
      ].join('\n'),
    ),
    'tech',
  );
  const at = (word: string, from = 0) => {
    const start = posting!.text.indexOf(word, from);
    return { start, end: start + word.length };
  };

  it('counts finds and finds inside per group, and finds on sentences the experts left unlabelled', () => {
    const secondLine = posting!.text.indexOf('\n');
    const tally = tallyFinds(posting!, [
      { ...at('Python'), group: 'required' },
      { ...at('Go'), group: 'mentioned' },
      { ...at('Python', secondLine), group: 'mentioned' },
    ]);
    expect(tally.byGroup).toEqual({
      required: { finds: 1, inside: 1 },
      mentioned: { finds: 2, inside: 0 },
    });
    expect(tally.onUnlabelledSentence).toBe(2);
  });

  it('counts nothing when there are no finds', () => {
    expect(tallyFinds(posting!, [])).toEqual({ byGroup: {}, onUnlabelledSentence: 0 });
  });
});
