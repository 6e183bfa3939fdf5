import { describe, expect, it } from 'vitest';
import type { TaxonomySkill } from '@/lib/schemas/taxonomy';
import { buildSkillIndex } from '@/lib/skills/build-skill-index';
import { findMentions } from '@/lib/skills/find-mentions';

const skill = (
  id: string,
  name: string,
  aliases: string[] = [],
  extra: Partial<TaxonomySkill> = {},
): TaxonomySkill => ({
  id,
  name,
  category: 'language',
  aliases,
  ...extra,
});

// A small inline taxonomy: the finder's rules, independent of the compiled one.
const index = buildSkillIndex({
  skills: [
    skill('cpp', 'C++', ['cpp']),
    skill('csharp', 'C#'),
    skill('c', 'C', [], { ambiguous: true, ambiguousAliases: ['C'] }),
    skill('go', 'Go', ['Golang'], { ambiguous: true, ambiguousAliases: ['Go'] }),
    skill('dotnet', '.NET', ['dotnet', 'ASP.NET'], { category: 'framework' }),
    skill('nodejs', 'Node.js', ['NodeJS', 'Node'], { category: 'framework', ambiguousAliases: ['Node'] }),
    skill('ci-cd', 'CI/CD', ['continuous integration'], { category: 'devops' }),
    skill('kubernetes', 'Kubernetes', ['k8s'], { category: 'devops' }),
    skill('vue', 'Vue.js', ['Vue'], { category: 'framework' }),
    skill('javascript', 'JavaScript', ['ES6', 'JS']),
    skill('python', 'Python'),
    skill('java', 'Java'),
    skill('rest', 'REST', ['REST API'], { category: 'practice' }),
    skill('eda', 'Event-driven architecture', ['event-driven'], { category: 'practice' }),
    skill('spring-boot', 'Spring Boot', [], { category: 'framework' }),
    skill('spring', 'Spring', [], { category: 'framework', ambiguous: true }),
    skill('vector-database', 'Vector databases', ['vector store'], { category: 'ai-llm' }),
    skill('google-cloud', 'Google Cloud', ['Google'], { category: 'cloud' }),
  ],
});

const found = (text: string) => findMentions(text, index).map((m) => [m.skillId, m.text]);

describe('findMentions', () => {
  it.each([
    [
      'Strong C++ and C# skills',
      [
        ['cpp', 'C++'],
        ['csharp', 'C#'],
      ],
    ],
    [
      'Backend in .NET and ASP.NET Core',
      [
        ['dotnet', '.NET'],
        ['dotnet', 'ASP.NET'],
      ],
    ],
    [
      'APIs in Node.js or NodeJS',
      [
        ['nodejs', 'Node.js'],
        ['nodejs', 'NodeJS'],
      ],
    ],
    [
      'Pipelines: CI/CD on k8s',
      [
        ['ci-cd', 'CI/CD'],
        ['kubernetes', 'k8s'],
      ],
    ],
    [
      'Frontend with Vue.js 3 and ES6',
      [
        ['vue', 'Vue.js'],
        ['javascript', 'ES6'],
      ],
    ],
    [
      'Python/Go services',
      [
        ['python', 'Python'],
        ['go', 'Go'],
      ],
    ],
    [
      'skills: python,c,java',
      [
        ['python', 'python'],
        ['c', 'c'],
        ['java', 'java'],
      ],
    ],
    ['Design REST APIs', [['rest', 'REST APIs']]],
    [
      'event-driven and event driven systems',
      [
        ['eda', 'event-driven'],
        ['eda', 'event driven'],
      ],
    ],
    ['embeddings in vector stores', [['vector-database', 'vector stores']]],
    [
      'Google’s products and Google’s cloud',
      [
        ['google-cloud', 'Google'],
        ['google-cloud', 'Google’s cloud'],
      ],
    ],
    ['Spring Boot services', [['spring-boot', 'Spring Boot']]],
    [
      'Kubernetes, Kubernetes!',
      [
        ['kubernetes', 'Kubernetes'],
        ['kubernetes', 'Kubernetes'],
      ],
    ],
  ])('finds %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['let us go to the office'],
    ['make C-level decisions'],
    ['a node in the graph'],
    ['spring cleaning'],
    ['cpp2 and java2 and pythonic code'],
    [''],
  ])('finds nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('gives offsets into the text exactly as given (CRLF, bullets, literal \\n)', () => {
    const text = '• Python\r\n\\nKubernetes — and Java';
    for (const mention of findMentions(text, index))
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(found(text).map(([id]) => id)).toEqual(['python', 'kubernetes', 'java']);
  });

  it('finds in any script and does not glue a literal \\n to the next word', () => {
    expect(found('Erfahrung mit Python\\nKubernetes und Java – très bien')).toEqual([
      ['python', 'Python'],
      ['kubernetes', 'Kubernetes'],
      ['java', 'Java'],
    ]);
  });
});
