import { describe, expect, it } from 'vitest';
import { looseSkillKey, normalizeSkillName } from '../../../lib/skills/normalize-skill-name';

describe('normalizeSkillName', () => {
  it.each([
    ['  Node.JS ', 'node.js'],
    ['C++', 'c++'],
    ['C#', 'c#'],
    ['.NET   Core', '.net core'],
    ['CI/CD', 'ci/cd'],
    ['Ｋｕｂｅｒｎｅｔｅｓ', 'kubernetes'], // full-width letters (NFKC)
    ['Bachelor\u2019s degree', "bachelor's degree"],
    ['Event\u2010driven', 'event-driven'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeSkillName(input)).toBe(expected);
  });
});

describe('looseSkillKey', () => {
  it.each([
    ['Event-Driven Architecture', 'eventdrivenarchitecture'],
    ['REST APIs', 'restapis'],
    ['C++', 'c++'],
    ['C#', 'c#'],
    ['Node.js', 'node.js'],
    ['CI/CD', 'cicd'],
  ])('%j -> %j', (input, expected) => {
    expect(looseSkillKey(input)).toBe(expected);
  });
});
