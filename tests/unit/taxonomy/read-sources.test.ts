import { describe, expect, it } from 'vitest';
import { readEscoCandidates } from '../../../lib/skills/taxonomy/read-esco';
import { readLinguistCandidates } from '../../../lib/skills/taxonomy/read-linguist';
import { readOnetCandidates, splitTrailingAcronym } from '../../../lib/skills/taxonomy/read-onet';

describe('splitTrailingAcronym', () => {
  it.each([
    ['Structured query language SQL', { long: 'Structured query language', acronym: 'SQL' }],
    ['JavaScript Object Notation JSON', { long: 'JavaScript Object Notation', acronym: 'JSON' }],
    ['Amazon Elastic Compute Cloud EC2', { long: 'Amazon Elastic Compute Cloud', acronym: 'EC2' }],
    ['Microsoft Dynamics AX', null],
    ['Plexis Software Plexis POS', null],
    ['Docker', null],
    ['Apache Kafka', null],
  ])('%j', (name, expected) => {
    expect(splitTrailingAcronym(name)).toEqual(expected);
  });
});

const ONET_HEADER = 'O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand';
function onetRow(occupation: string, name: string, commodity: string, hot = 'N', inDemand = 'N'): string {
  return [occupation, name, '1', commodity, hot, inDemand].join('\t');
}

describe('readOnetCandidates', () => {
  const tsv = [
    ONET_HEADER,
    onetRow('11-1011.00', 'Microsoft Excel', 'Spreadsheet software', 'Y'),
    onetRow(
      '11-1011.00',
      'Structured query language SQL',
      'Data base user interface and query software',
      'Y',
    ),
    onetRow('11-1011.00', 'Time reporting software', 'Time accounting software', 'Y'),
    onetRow('11-1011.00', 'Obscure Product', 'Medical software'),
    onetRow('15-1252.00', 'Loom', 'Video creation and editing software'),
    onetRow('15-1253.00', 'Loom', 'Video creation and editing software'),
    onetRow('15-1252.00', 'Microsoft Project', 'Project management software', 'N', 'Y'),
  ].join('\n');
  const candidates = readOnetCandidates(tsv);
  const byName = new Map(candidates.map((candidate) => [candidate.name, candidate]));

  it('keeps flagged products and those two computer occupations list, skips the rest and class names', () => {
    expect([...byName.keys()].sort()).toEqual(['Loom', 'Microsoft Excel', 'Microsoft Project', 'SQL']);
  });

  it('adds the bare product name and the MS abbreviation, marking ordinary words ambiguous', () => {
    expect(byName.get('Microsoft Excel')).toMatchObject({
      aliases: ['Excel', 'MS Excel'],
      ambiguousForms: ['Excel'],
      category: 'business-tool',
      source: 'onet',
    });
  });

  it('never makes a vague bare word an alias', () => {
    expect(byName.get('Microsoft Project')?.aliases).toEqual([]);
  });

  it('names a generic expansion by its acronym', () => {
    expect(byName.get('SQL')).toMatchObject({ aliases: ['Structured query language'], category: 'database' });
  });

  it('marks a one-word product that is also a word', () => {
    expect(byName.get('Loom')?.ambiguousForms).toEqual(['Loom']);
  });
});

describe('readLinguistCandidates', () => {
  const candidates = readLinguistCandidates([
    { name: 'Go', type: 'programming', aliases: ['golang'] },
    { name: 'JSON', type: 'data', aliases: ['geojson'] },
    { name: 'TSX', type: 'programming', group: 'TypeScript' },
    { name: 'Brainfuck', type: 'programming' },
    { name: 'Pony', type: 'programming' },
    { name: 'Objective-C', type: 'programming', aliases: ['objc', 'objectivec'] },
    { name: 'CoffeeScript', type: 'programming', aliases: ['coffee', 'coffee-script'] },
  ]);
  const byName = new Map(candidates.map((candidate) => [candidate.name, candidate]));

  it('takes programming languages only, without groups or joke languages', () => {
    expect([...byName.keys()]).toEqual(['CoffeeScript', 'Go', 'Objective-C', 'Pony']);
  });

  it('keeps aliases of four letters or more that are not ordinary words', () => {
    expect(byName.get('Objective-C')?.aliases).toEqual(['objc', 'objectivec']);
    expect(byName.get('CoffeeScript')?.aliases).toEqual(['coffee-script']);
  });

  it('marks ordinary-word and short names ambiguous; short ones only enrich existing skills', () => {
    expect(byName.get('Pony')?.ambiguousForms).toEqual(['Pony']);
    expect(byName.get('Go')).toMatchObject({ ambiguousForms: ['Go'], mergeOnly: true });
    expect(byName.get('Objective-C')?.ambiguousForms).toEqual([]);
  });
});

describe('readEscoCandidates', () => {
  const csv = [
    'preferredLabel,altLabels,skillType',
    'work in teams,"collaborate in teams\nteamwork\nwork as part of a very large and diverse team",skill/competence',
    'German,"German language\nDeutsch",knowledge',
    'understand spoken German,"",skill/competence',
    'Python (computer programming),"Python\nPython 3",knowledge',
    'design principles,"balance\nvisual design principles",knowledge',
    'Christianity,"",knowledge',
  ].join('\n');
  const candidates = readEscoCandidates(csv, '@category soft-skill\nwork in teams\n');
  const names = candidates.filter((candidate) => !candidate.mergeOnly);
  const labels = candidates.filter((candidate) => candidate.aliases.length > 0);

  it('places every name before any alternative label', () => {
    expect(names.map((candidate) => [candidate.name, candidate.category])).toEqual([
      ['Work in teams', 'soft-skill'],
      ['German', 'spoken-language'],
      ['Python', 'language'],
    ]);
    expect(names.every((candidate) => candidate.aliases.length === 0)).toBe(true);
    expect(candidates.indexOf(labels[0]!)).toBeGreaterThan(candidates.indexOf(names.at(-1)!));
  });

  it('keeps short multi-word labels of generic entries and any label of named ones', () => {
    const aliasesOf = (name: string) => labels.find((candidate) => candidate.name === name)?.aliases;
    expect(aliasesOf('Work in teams')).toEqual(['collaborate in teams']);
    expect(aliasesOf('German')).toEqual(['German language', 'Deutsch']);
    expect(aliasesOf('Python')).toEqual(['Python 3']);
    expect(aliasesOf('design principles')).toEqual(['visual design principles']);
  });

  it('marks a language name ambiguous (it is also the adjective)', () => {
    expect(names.find((candidate) => candidate.name === 'German')?.ambiguousForms).toEqual(['German']);
  });

  it('fails on a selected label ESCO does not have', () => {
    expect(() => readEscoCandidates(csv, '@category soft-skill\nfly\n')).toThrow(/no skill labelled "fly"/);
  });
});
