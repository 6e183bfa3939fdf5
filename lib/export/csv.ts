import Papa from 'papaparse';
import type { SavedJob } from '../schemas/saved-job';
import { dateOfStatus } from '../saved/status-history';

export const CSV_BOM = '\uFEFF';

// papaparse's own `escapeFormulae: true` uses /^[=+\-@\t\r].*$/, whose `.` stops at a line break: a multi-line
// cell starting with "=" would slip through. Descriptions are multi-line, so test the first character only.
// Full-width forms are included because some spreadsheet locales treat them as formula starts too.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export const CSV_COLUMNS = [
  'Title',
  'Company',
  'Location',
  'Remote',
  'Employment type',
  'Salary',
  'Status',
  'Score',
  'Required skills',
  'Preferred skills',
  'Matched',
  'Missing',
  'Min years',
  'Seniority',
  'Degree',
  'Languages',
  'Workplace',
  'Visa sponsorship',
  'Work conditions',
  'Salary min',
  'Salary max',
  'Salary currency',
  'Salary period',
  'Salary per year',
  'Salary source',
  'Evidence',
  'Date posted',
  'First seen',
  'Saved',
  'Updated',
  'Applied',
  'Follow up',
  'Status history',
  'URL',
  'Canonical URL',
  'Identifier',
  'Notes',
  'Description',
] as const;

const isoDate = (ms: number | null): string => (ms === null ? '' : new Date(ms).toISOString());
const list = (names: string[]): string => names.join('; ');

const num = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));

// The facts columns; empty for a job saved before the facts existed.
function factCells(job: SavedJob): string[] {
  const f = job.facts;
  const degree = f?.degree
    ? `${f.degree}${f.degreeRequired === true ? ' (required)' : f.degreeRequired === false ? ' (preferred)' : ''}`
    : '';
  return [
    f?.seniority ?? '',
    degree,
    list(
      (f?.languageRequirements ?? []).map((l) =>
        l.importance === 'preferred' ? `${l.language} (a plus)` : l.language,
      ) ?? [],
    ),
    f?.workplace ?? '',
    f?.visaSponsorship ?? '',
    list((f?.workConditions ?? []).map((c) => c.kind) ?? []),
    num(f?.salary?.min),
    num(f?.salary?.max),
    f?.salary?.currency ?? '',
    f?.salary?.period ?? '',
    num(f?.salary?.annual),
    f?.salary?.source ?? '',
    list(Object.entries(f?.evidence ?? {}).map(([fact, sentence]) => `${fact}: ${sentence}`)),
  ];
}

function rowOf(job: SavedJob): string[] {
  const score = job.match?.score;
  const verdictOf = new Map(job.match?.verdicts.map((v) => [v.requirementId, v.verdict]) ?? []);
  const skillsWith = (test: (id: string) => boolean) =>
    job.requirements.filter((r) => test(r.id)).map((r) => r.skill);
  const met = (id: string) => {
    const verdict = verdictOf.get(id);
    return verdict === 'have' || verdict === 'related' || verdict === 'short';
  };
  return [
    job.title,
    job.company ?? '',
    job.location ?? '',
    job.remote === null ? '' : job.remote ? 'yes' : 'no',
    job.employmentType ?? '',
    job.salary ?? '',
    job.status,
    score == null ? '' : String(Math.round(score)),
    list(job.requirements.filter((r) => r.importance === 'required').map((r) => r.skill)),
    list(job.requirements.filter((r) => r.importance === 'preferred').map((r) => r.skill)),
    list(skillsWith(met)),
    list(skillsWith((id) => verdictOf.get(id) === 'missing')),
    job.minYears === null ? '' : String(job.minYears),
    ...factCells(job),
    job.datePosted ?? '',
    isoDate(job.firstSeenAt ?? null),
    isoDate(job.savedAt),
    isoDate(job.updatedAt),
    isoDate(dateOfStatus(job, 'applied')),
    isoDate(job.followUpAt ?? null),
    job.statusHistory.map((change) => `${change.status} ${isoDate(change.at)}`).join('; '),
    job.url,
    job.canonicalUrl ?? '',
    job.identifier ?? '',
    job.notes,
    job.description,
  ];
}

/**
 * Saved jobs as an RFC 4180 CSV (CRLF line ends, every field quoted) with a UTF-8 byte-order mark so
 * spreadsheets read non-Latin text correctly. Every cell that a spreadsheet would run as a formula is prefixed
 * with a single quote, so a hostile posting cannot inject one.
 */
export function savedJobsToCsv(jobs: readonly SavedJob[]): string {
  // Quoting every field is valid RFC 4180 and spares papaparse scanning each multi-KB description four more
  // times for characters that would force quotes; it halves the export time of 10,000 jobs.
  const body = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: jobs.map(rowOf) },
    { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: true },
  );
  return CSV_BOM + body + '\r\n';
}
