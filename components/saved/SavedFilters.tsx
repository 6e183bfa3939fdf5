import { SORT_KEYS, type SortKey } from '@/lib/saved/query-saved-jobs';
import { JobStatusSchema, type JobStatus } from '@/lib/schemas/saved-job';
import { useSavedUi } from './saved-store-context';
import { STATUS_LABELS } from './status-labels';

const SORT_LABELS: Record<SortKey, string> = {
  savedAt: 'Date saved',
  updatedAt: 'Last change',
  score: 'Score',
  company: 'Company',
  title: 'Title',
  status: 'Status',
  datePosted: 'Date posted',
};

const MIN_SCORES = [50, 70, 85];

export function SavedFilters({ companies }: { companies: string[] }) {
  const query = useSavedUi((s) => s.savedQuery);
  const setQuery = useSavedUi((s) => s.setSavedQuery);
  return (
    <div className="gm-saved-filters">
      <input
        type="search"
        className="gm-saved-search"
        placeholder="Search title, company, skill, notes"
        aria-label="Search saved jobs"
        value={query.search}
        onChange={(event) => setQuery({ search: event.target.value })}
      />
      <div className="gm-saved-filter-row">
        <select
          aria-label="Filter by status"
          value={query.statuses[0] ?? ''}
          onChange={(event) =>
            setQuery({ statuses: event.target.value ? [event.target.value as JobStatus] : [] })
          }
        >
          <option value="">All statuses</option>
          {JobStatusSchema.options.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by company"
          value={query.company ?? ''}
          onChange={(event) => setQuery({ company: event.target.value || null })}
        >
          <option value="">All companies</option>
          {companies.map((company) => (
            <option key={company} value={company}>
              {company}
            </option>
          ))}
        </select>
        <select
          aria-label="Minimum score"
          value={query.minScore ?? ''}
          onChange={(event) => setQuery({ minScore: event.target.value ? Number(event.target.value) : null })}
        >
          <option value="">Any score</option>
          {MIN_SCORES.map((min) => (
            <option key={min} value={min}>
              Score ≥ {min}
            </option>
          ))}
        </select>
      </div>
      <div className="gm-saved-filter-row">
        <label className="gm-saved-sort">
          Sort
          <select
            aria-label="Sort by"
            value={query.sort}
            onChange={(event) => setQuery({ sort: event.target.value as SortKey })}
          >
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {SORT_LABELS[key]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="gm-saved-direction"
          aria-label={
            query.direction === 'desc' ? 'Descending; switch to ascending' : 'Ascending; switch to descending'
          }
          onClick={() => setQuery({ direction: query.direction === 'desc' ? 'asc' : 'desc' })}
        >
          {query.direction === 'desc' ? '↓' : '↑'}
        </button>
      </div>
    </div>
  );
}
