import { describe, expect, it } from 'vitest';
import { parseCurated } from '../../../lib/skills/taxonomy/parse-curated';

describe('parseCurated', () => {
  it('reads id, name, aliases, ambiguous forms, implies and similar', () => {
    const [skill] = parseCurated(
      '# comment\n@category framework\nrails | Ruby on Rails | Rails?, RoR | ruby | laravel:0.4, django:0.3\n',
      'test.txt',
    );
    expect(skill).toEqual({
      id: 'rails',
      name: 'Ruby on Rails',
      category: 'framework',
      aliases: ['Rails', 'RoR'],
      ambiguousForms: ['Rails'],
      implies: ['ruby'],
      similar: [
        { id: 'laravel', weight: 0.4 },
        { id: 'django', weight: 0.3 },
      ],
    });
  });

  it('keeps the category until the next @category line', () => {
    const skills = parseCurated('@category language\na | A\n@category database\nb | B | | |\n', 't.txt');
    expect(skills.map((skill) => [skill.id, skill.category])).toEqual([
      ['a', 'language'],
      ['b', 'database'],
    ]);
  });

  it.each([
    ['a | A\n', /before any @category/],
    ['@category nonsense\n', /unknown category/],
    ['@category language\nBad Id | A\n', /bad id/],
    ['@category language\na | \n', /missing name/],
    ['@category language\na | A | | | b:1.5\n', /bad similar/],
    ['@category language\na | A | | | | extra\n', /too many fields/],
  ])('rejects %j', (text, message) => {
    expect(() => parseCurated(text, 'bad.txt')).toThrow(message);
  });
});
