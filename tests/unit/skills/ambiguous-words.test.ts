import { describe, expect, it } from 'vitest';
import { findMentions } from '@/lib/skills/find-mentions';
import { getSkillIndex } from '@/lib/skills/get-skill-index';

// Every ambiguous word of issue 3, both ways: it counts in a list of technologies or after a cue, and does
// not count in ordinary prose. Run against the full taxonomy, as the extension runs.
const WORDS: [word: string, id: string, prose: string][] = [
  ['Go', 'go', 'Our go-to-market team will go ahead and go to the client.'],
  ['R', 'r', 'Join our R&D team; the plan B and plan R are ready.'],
  ['C', 'c', 'We report to the C-level and grade C is fine.'],
  ['React', 'react', 'You react to changes quickly and react with calm.'],
  ['Spring', 'spring', 'We start in the spring and this spring we move offices; Spring 2025 is busy.'],
  ['Swift', 'swift', 'We value a swift response to customers.'],
  ['Rust', 'rust', 'The old pipes rust in the rain.'],
  ['Rails', 'rails', 'The trains run on rails and the project went off the rails.'],
  ['Express', 'express', 'Feel free to express your ideas to the team.'],
  ['Excel', 'excel', 'You excel at teamwork and have excellent manners.'],
  ['Make', 'make', 'Make sure to make the most of your time.'],
  ['Chef', 'chef', 'Our chef cooks lunch every day.'],
  ['Puppet', 'puppet', 'He is nobody’s puppet and runs a puppet show.'],
  ['Shell', 'shell-scripting', 'She came out of her shell at the beach.'],
  ['Julia', 'julia', 'Your manager will be Julia, who leads the team.'],
  ['Dart', 'dart', 'We throw a dart at the board on Fridays.'],
  ['Elm', 'elm', 'The office faces an elm tree.'],
  ['Ant', 'ant', 'An ant colony works together.'],
  ['Flask', 'flask', 'Bring a flask of coffee to the offsite.'],
  ['Lean', 'lean', 'We lean on each other and keep a lean budget.'],
  ['Scheme', 'scheme', 'We offer a pension scheme and a bike scheme.'],
  ['Slack', 'slack', 'Cut yourself some slack when you start.'],
  [
    'Analytics',
    'data-analysis',
    'We are an online platform providing analytics insights, from analytics to strategy.',
  ],
  [
    'Security',
    'cybersecurity',
    'You must hold an active security clearance; we offer job security and pay social security.',
  ],
];

describe('ambiguous skill words', () => {
  const index = getSkillIndex();
  const ids = (text: string) => findMentions(text, index).map((m) => m.skillId);

  it.each(WORDS)('%s counts in a list of technologies', (word, id) => {
    expect(ids(`Tech stack: Python, ${word}, Docker and Kubernetes.`)).toContain(id);
    expect(ids(`- python, ${word.toLowerCase()}, java`)).toContain(id);
  });

  it.each(WORDS)('%s counts after "experience with"', (word, id) => {
    expect(ids(`You have solid experience with ${word} in production.`)).toContain(id);
  });

  it.each(WORDS)('%s does not count in prose', (_word, id, prose) => {
    expect(ids(prose)).not.toContain(id);
  });
});

describe('acronyms that are also words count only in capitals', () => {
  const index = getSkillIndex();
  const ids = (text: string) => findMentions(text, index).map((m) => m.skillId);

  it.each([
    ['Solid with relational databases (MySQL), caching (Redis).', 'design-patterns', false],
    ['Strong Python or Go.\nSolid SQL and experience with PostgreSQL at scale', 'design-patterns', false],
    ['You know the SOLID principles and write clean code.', 'design-patterns', true],
    ['Take a rest, then design REST APIs.', 'rest', true],
  ])('%s → %s found: %s', (text, id, found) => {
    expect(ids(text).includes(id)).toBe(found);
  });
});

describe('ordinary words the finder skips (EXCLUDED_FORMS)', () => {
  const index = getSkillIndex();
  const ids = (text: string) => findMentions(text, index).map((m) => m.skillId);

  it.each([['Fluent coding in Java and fluent English', 'fluent', 'java']])(
    '%j has no %s but has %s',
    (text, skipped, kept) => {
      expect(ids(text)).not.toContain(skipped);
      expect(ids(text)).toContain(kept);
    },
  );
});

describe('a field label alone on the line before its values', () => {
  const index = getSkillIndex();
  const ids = (text: string) => findMentions(text, index).map((m) => m.skillId);

  it.each([
    ['Industry:\nBanking Healthcare', ['banking', 'healthcare']],
    ['Sector: Banking', ['banking']],
    ['Technologies\nsecurity cloud', ['cybersecurity', 'cloud-computing']],
  ])('%j vouches for the one-word names under it', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    'Our clients:\nBanking and healthcare firms trust us.',
    'Industry news\nMeet the team\nBanking on our growth, we hire.',
    'Benefits\nJob security and a healthcare plan',
  ])('%j: a line under another label, or two lines down, gets no such help', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
