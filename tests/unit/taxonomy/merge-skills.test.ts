import { describe, expect, it } from 'vitest';
import {
  listSpellingVariants,
  mergeSkills,
  serializeTaxonomy,
  slugifySkillName,
} from '../../../lib/skills/taxonomy/merge-skills';
import type { CuratedSkill } from '../../../lib/skills/taxonomy/parse-curated';

function curated(id: string, name: string, extra: Partial<CuratedSkill> = {}): CuratedSkill {
  return {
    id,
    name,
    category: 'language',
    aliases: [],
    ambiguousForms: [],
    implies: [],
    similar: [],
    ...extra,
  };
}

describe('mergeSkills', () => {
  it('makes "similar" symmetric and keeps an explicit weight on the other side', () => {
    const { taxonomy } = mergeSkills(
      [
        curated('a', 'A', { similar: [{ id: 'b', weight: 0.8 }] }),
        curated('b', 'B'),
        curated('c', 'C', { similar: [{ id: 'a', weight: 0.2 }] }),
      ],
      [],
    );
    const byId = new Map(taxonomy.skills.map((skill) => [skill.id, skill]));
    expect(byId.get('b')?.similar).toEqual([{ id: 'a', weight: 0.8 }]);
    expect(byId.get('a')?.similar).toEqual([
      { id: 'b', weight: 0.8 },
      { id: 'c', weight: 0.2 },
    ]);
  });

  it('refuses relations to unknown ids and duplicate curated ids', () => {
    expect(() => mergeSkills([curated('a', 'A', { implies: ['nope'] })], [])).toThrow(
      /unknown ids: a implies nope/,
    );
    expect(() => mergeSkills([curated('a', 'A'), curated('a', 'B')], [])).toThrow(/duplicate curated id/);
  });

  it('gives a written form to the first skill and reports the collision', () => {
    const { taxonomy, report } = mergeSkills(
      [curated('go', 'Go', { aliases: ['Golang'] }), curated('other', 'Other', { aliases: ['golang'] })],
      [],
    );
    expect(taxonomy.skills.find((skill) => skill.id === 'other')?.aliases).toEqual([]);
    expect(report.collisions).toEqual([
      { form: 'golang', keptBy: 'go', droppedFrom: 'other', source: 'curated' },
    ]);
  });

  it('merges a candidate into the skill that owns one of its forms, and adds its new forms', () => {
    const { taxonomy } = mergeSkills(
      [curated('excel', 'Microsoft Excel', { category: 'business-tool', aliases: ['MS Excel'] })],
      [{ name: 'Excel', aliases: ['MS Excel', 'Excel 365'], category: 'tool', source: 'onet' }],
    );
    expect(taxonomy.skills).toHaveLength(1);
    expect(taxonomy.skills[0]).toMatchObject({
      id: 'excel',
      category: 'business-tool',
      aliases: ['MS Excel', 'Excel', 'Excel 365'],
      source: ['curated', 'onet'],
    });
  });

  it('creates a skill for an unknown candidate, with a unique slug id', () => {
    const { taxonomy } = mergeSkills(
      [curated('c-sharp-tool', 'Existing')],
      [{ name: 'C# Tool', aliases: [], category: 'tool', source: 'onet', ambiguousForms: ['C# Tool'] }],
    );
    expect(taxonomy.skills.map((skill) => skill.id)).toEqual(['c-sharp-tool', 'csharp-tool']);
    expect(taxonomy.skills[1]).toMatchObject({
      ambiguous: true,
      ambiguousAliases: ['C# Tool'],
      source: ['onet'],
    });
  });

  it.each([
    [{ mergeOnly: true }, 1],
    [{ sameCategoryOnly: true }, 1],
    [{}, 1],
  ])('honours candidate options %j', (options, expected) => {
    const { taxonomy } = mergeSkills(
      [curated('lean', 'Lean', { category: 'practice' })],
      [{ name: 'Lean', aliases: ['Lean 4'], category: 'language', source: 'linguist', ...options }],
    );
    expect(taxonomy.skills).toHaveLength(expected);
    const lean = taxonomy.skills[0];
    expect(lean?.aliases.includes('Lean 4')).toBe(!('sameCategoryOnly' in options));
  });

  it('does not create skills from merge-only candidates, and matches them by name only', () => {
    const { taxonomy } = mergeSkills(
      [curated('gps', 'GPS')],
      [
        {
          name: 'geographic information systems',
          aliases: ['GPS', 'GIS'],
          category: 'knowledge',
          source: 'esco',
          mergeOnly: true,
        },
        {
          name: 'GPS',
          aliases: ['global positioning'],
          category: 'knowledge',
          source: 'esco',
          mergeOnly: true,
        },
      ],
    );
    expect(taxonomy.skills).toHaveLength(1);
    expect(taxonomy.skills[0]?.aliases).toEqual(['global positioning']);
  });

  it('merges into the id a mapping names, and fails on an unknown one', () => {
    const { taxonomy } = mergeSkills(
      [curated('teamwork', 'Teamwork', { category: 'soft-skill' })],
      [{ name: 'work in teams', aliases: [], category: 'soft-skill', source: 'esco', mergeInto: 'teamwork' }],
    );
    expect(taxonomy.skills[0]?.aliases).toEqual(['work in teams']);
    expect(() =>
      mergeSkills(
        [],
        [{ name: 'x', aliases: [], category: 'soft-skill', source: 'esco', mergeInto: 'missing' }],
      ),
    ).toThrow(/unknown id missing/);
  });

  it('serialises one skill per line, sorted by id, deterministically', () => {
    const skills = [curated('b', 'B'), curated('a', 'A', { aliases: ['AA'] })];
    const first = serializeTaxonomy(mergeSkills(skills, []).taxonomy);
    expect(first).toBe(serializeTaxonomy(mergeSkills([...skills].reverse(), []).taxonomy));
    expect(first.split('\n')).toEqual([
      '{"version":1,"skills":[',
      '{"id":"a","name":"A","category":"language","aliases":["AA"],"source":["curated"]},',
      '{"id":"b","name":"B","category":"language","aliases":[],"source":["curated"]}',
      ']}',
      '',
    ]);
  });
});

describe('slugifySkillName', () => {
  it.each([
    ['C++', 'cplusplus'],
    ['C#', 'csharp'],
    ['.NET Core', 'dotnet-core'],
    ['Français', 'francais'],
    ['Node.js', 'node-js'],
    ['***', 'skill'],
  ])('%j -> %j', (name, slug) => {
    expect(slugifySkillName(name)).toBe(slug);
  });
});

describe('mergeSkills and ordinary words', () => {
  const eda = curated('event-driven-architecture', 'Event-driven architecture', {
    category: 'practice',
    aliases: ['EDA'],
    ambiguousForms: ['EDA'],
  });

  it('does not merge a candidate of another kind through an ambiguous form, and names it by a free spelling', () => {
    const { taxonomy, report } = mergeSkills(
      [eda],
      [{ name: 'EDA', aliases: ['Electronic design automation'], category: 'tool', source: 'onet' }],
    );
    expect(taxonomy.skills.map((skill) => [skill.id, skill.name, skill.aliases])).toEqual([
      ['electronic-design-automation', 'Electronic design automation', []],
      ['event-driven-architecture', 'Event-driven architecture', ['EDA', 'Event driven architecture']],
    ]);
    expect(report.collisions).toContainEqual({
      form: 'EDA',
      keptBy: 'event-driven-architecture',
      droppedFrom: 'electronic-design-automation',
      source: 'onet',
    });
  });

  it('merges through an ambiguous form when the kind or the very name is the same', () => {
    const ruby = curated('ruby', 'Ruby', { aliases: [], ambiguousForms: ['Ruby'] });
    const { taxonomy } = mergeSkills(
      [ruby],
      [{ name: 'Ruby', aliases: ['Ruby 3'], category: 'library', source: 'onet' }],
    );
    expect(taxonomy.skills.map((skill) => [skill.id, skill.aliases, skill.source])).toEqual([
      ['ruby', ['Ruby 3'], ['curated', 'onet']],
    ]);
  });

  it('marks generated single words that the word list knows, never curated ones', () => {
    const { taxonomy } = mergeSkills(
      [curated('loom-c', 'Loom')],
      [{ name: 'Blink', aliases: ['Blink Browser'], category: 'tool', source: 'onet' }],
      { isOrdinaryWord: (form) => ['loom', 'blink'].includes(form.toLowerCase()) },
    );
    expect(taxonomy.skills.map((skill) => [skill.id, skill.ambiguousAliases ?? null])).toEqual([
      ['blink', ['Blink']],
      ['loom-c', null],
    ]);
  });

  it('never keeps a banned prose abbreviation', () => {
    const { taxonomy } = mergeSkills(
      [],
      [{ name: 'Electronic Time Clock', aliases: ['ETC'], category: 'tool', source: 'onet' }],
    );
    expect(taxonomy.skills[0]?.aliases).toEqual([]);
  });
});

describe('listSpellingVariants', () => {
  it.each([
    ['Vue.js', ['VueJS', 'Vue JS']],
    ['e-commerce', ['ecommerce', 'e commerce']],
    ['event-driven', ['event driven']],
    ['CI/CD', []],
    ['C++', []],
    ['Node.js', ['NodeJS', 'Node JS']],
  ])('%j -> %j', (form, variants) => {
    expect(listSpellingVariants(form)).toEqual(variants);
  });
});
