import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, CSV_COLUMNS, savedJobsToCsv } from '@/lib/export/csv';
import { makeMatch, makeRequirement, makeSavedJob } from '../saved/saved-job-factory';

const parseBack = (csv: string) => {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(CSV_BOM.length), { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
};
const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

describe('savedJobsToCsv', () => {
  it('writes a BOM, a header and one CRLF-terminated row per job', () => {
    const csv = savedJobsToCsv([makeSavedJob(), makeSavedJob()]);
    const rows = parseBack(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it.each([
    ['a comma', 'Acme, Inc.'],
    ['double quotes', 'The "best" team'],
    ['a quote at the start', '"quoted" start'],
    ['newlines', 'line one\nline two\r\nline three'],
    ['non-Latin text', 'Разработчик · 软件工程师 · エンジニア · مهندس · Ärger über Straße'],
    ['emoji', 'Rocket 🚀 team'],
    ['leading and trailing spaces', '  padded  '],
  ])('keeps %s intact', (_label, text) => {
    const rows = parseBack(savedJobsToCsv([makeSavedJob({ title: text, notes: text, description: text })]));
    expect(rows[1]?.[column('Title')]).toBe(text);
    expect(rows[1]?.[column('Notes')]).toBe(text);
    expect(rows[1]?.[column('Description')]).toBe(text);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")'],
    ['+1+2'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\tleading tab'],
    ['\rleading carriage return'],
    ["=cmd|' /C calc'!A0\nsecond line"],
    ['＝1+1'],
  ])('neutralises a cell starting a formula: %j', (text) => {
    const rows = parseBack(savedJobsToCsv([makeSavedJob({ title: text, company: text, description: text })]));
    for (const name of ['Title', 'Company', 'Description'] as const) {
      expect(rows[1]?.[column(name)]).toBe(`'${text}`);
    }
  });

  it('leaves harmless cells alone', () => {
    const rows = parseBack(savedJobsToCsv([makeSavedJob({ title: 'C++ dev = good', company: 'a-b' })]));
    expect(rows[1]?.[column('Title')]).toBe('C++ dev = good');
    expect(rows[1]?.[column('Company')]).toBe('a-b');
  });

  it('lists required, preferred, matched and missing skills, score, status and dates', () => {
    const job = makeSavedJob({
      requirements: [
        makeRequirement('PHP'),
        makeRequirement('Kafka'),
        makeRequirement('Terraform', 'preferred'),
      ],
      match: makeMatch({ php: 'have', kafka: 'missing', terraform: 'missing' }, 61.6),
      status: 'applied',
      savedAt: Date.UTC(2026, 0, 2),
      statusHistory: [
        { status: 'saved', at: Date.UTC(2026, 0, 2) },
        { status: 'applied', at: Date.UTC(2026, 0, 5) },
      ],
      datePosted: '2025-12-30',
    });
    const row = parseBack(savedJobsToCsv([job]))[1]!;
    expect(row[column('Required skills')]).toBe('PHP; Kafka');
    expect(row[column('Preferred skills')]).toBe('Terraform');
    expect(row[column('Matched')]).toBe('PHP');
    expect(row[column('Missing')]).toBe('Kafka; Terraform');
    expect(row[column('Score')]).toBe('62');
    expect(row[column('Status')]).toBe('applied');
    expect(row[column('Saved')]).toBe('2026-01-02T00:00:00.000Z');
    expect(row[column('Applied')]).toBe('2026-01-05T00:00:00.000Z');
    expect(row[column('Date posted')]).toBe('2025-12-30');
  });

  it('writes empty cells for an unscored job', () => {
    const row = parseBack(savedJobsToCsv([makeSavedJob({ match: null })]))[1]!;
    expect(row[column('Score')]).toBe('');
    expect(row[column('Missing')]).toBe('');
  });

  it('writes a header-only file for no jobs', () => {
    expect(parseBack(savedJobsToCsv([]))).toEqual([[...CSV_COLUMNS]]);
  });
});
