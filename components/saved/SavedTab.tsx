import { notifySavedJobsChanged } from '@/lib/popup/notify-saved-jobs-changed';
import { ListBadgesToggle } from './ListBadgesToggle';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { GapmarkDatabase } from '@/lib/db/database';
import { createSavedJobsRepository } from '@/lib/db/saved-jobs-repo';
import {
  describeImportReport,
  exportBackupReport,
  importBackup,
  type ImportReport,
} from '@/lib/export/backup';
import { savedJobsToCsv } from '@/lib/export/csv';
import { datedFilename, downloadFile } from '@/lib/export/download-file';
import { savedJobsToJsonLd } from '@/lib/export/jobposting-jsonld';
import { summariseMissingSkills } from '@/lib/saved/missing-across-jobs';
import {
  companiesOf,
  DEFAULT_QUERY,
  querySavedJobs,
  type SavedJobsQuery,
} from '@/lib/saved/query-saved-jobs';
import { dueFollowUps } from '@/lib/saved/reminders';
import type { JobStatus } from '@/lib/schemas/saved-job';
import { createSavedStore, type SavedStoreHook } from '@/lib/store/saved-slice';
import { DueFollowUps } from './DueFollowUps';
import { ExportImportBar } from './ExportImportBar';
import { SavedBoard } from './SavedBoard';
import { MissingAcrossJobs, type SkillToAdd } from './MissingAcrossJobs';
import { SavedFilters } from './SavedFilters';
import { SavedJobDetail } from './SavedJobDetail';
import { SavedJobRow } from './SavedJobRow';
import { SavedStoreContext, useSavedUi } from './saved-store-context';
import { UndoBar } from './UndoBar';
import { VirtualList } from './VirtualList';
import './saved.css';

export type { SkillToAdd } from './MissingAcrossJobs';

export interface SavedTabProps {
  /** The extension's database (the popup and the dashboard are extension pages, so they may open it). */
  db: GapmarkDatabase;
  /** "Add to profile" next to a skill missing across jobs; without it the button is not shown. */
  onAddToProfile?: (skill: SkillToAdd) => void | Promise<void>;
  /** Shows an "Open full page" button (the popup passes one that opens dashboard.html). */
  onOpenDashboard?: () => void;
  /** Called after a backup import wrote data (e.g. to re-score saved jobs against the imported profile). */
  onImported?: (report: ImportReport) => void;
  /** The popup's composed store; without it the tab keeps its own. */
  store?: SavedStoreHook;
  layout?: 'popup' | 'page';
  /** Height of the scrolling list in px. */
  listHeight?: number;
  /**
   * Called, inside the click, when the person sets a follow-up date (directly, or by marking a job applied):
   * the place to ask for the optional notifications permission, which needs the click.
   */
  onReminderSet?: () => void;
  /** Called after a follow-up date or a status was written (the background sets its alarm again). */
  onRemindersChanged?: () => void;
}

const CLOCK_TICK_MS = 60_000;

/** The current time, refreshed every minute (what is due changes as time passes). */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

const ROW_HEIGHT = 52;
const TOP_MISSING = 12;
const FIRST_PAGE = 30;

const isDefaultQuery = (query: SavedJobsQuery) =>
  query.search === '' &&
  query.statuses.length === 0 &&
  query.company === null &&
  query.minScore === null &&
  query.savedSince === null &&
  query.sort === DEFAULT_QUERY.sort &&
  query.direction === DEFAULT_QUERY.direction;

/** The Saved tab: list, filters, detail, missing-across-jobs, export and import. */
export function SavedTab({ store, ...props }: SavedTabProps) {
  const [ownStore] = useState(() => createSavedStore());
  return (
    <SavedStoreContext.Provider value={store ?? ownStore}>
      <SavedView {...props} />
    </SavedStoreContext.Provider>
  );
}

function SavedView({
  db,
  onAddToProfile,
  onOpenDashboard,
  onImported,
  layout = 'popup',
  listHeight,
  onReminderSet,
  onRemindersChanged,
}: Omit<SavedTabProps, 'store'>) {
  // Open tabs show a job's status (chip, search-list badges): tell them when it changes here.
  const repo = useMemo(() => createSavedJobsRepository(db, { onChange: notifySavedJobsChanged }), [db]);
  // The newest few load first (a small indexed read) so the default view paints before the full list, whose
  // descriptions make it several MB at 1,000 jobs, has been read.
  const firstPage = useLiveQuery(
    () => db.savedJobs.orderBy('savedAt').reverse().limit(FIRST_PAGE).toArray(),
    [db],
  );
  const jobs = useLiveQuery(() => db.savedJobs.toArray(), [db]);
  const query = useSavedUi((s) => s.savedQuery);
  const selectedId = useSavedUi((s) => s.savedSelectedId);
  const select = useSavedUi((s) => s.selectSavedJob);
  const undo = useSavedUi((s) => s.savedUndo);
  const setUndo = useSavedUi((s) => s.setSavedUndo);
  const notice = useSavedUi((s) => s.savedNotice);
  const setNotice = useSavedUi((s) => s.setSavedNotice);
  const view = useSavedUi((s) => s.savedView);
  const setView = useSavedUi((s) => s.setSavedView);
  const now = useNow();
  const due = useMemo(() => dueFollowUps(jobs ?? [], now), [jobs, now]);

  const all = useMemo(() => jobs ?? [], [jobs]);
  const visible = useMemo(() => querySavedJobs(all, query), [all, query]);
  const loaded = jobs !== undefined;
  const companies = useMemo(() => companiesOf(all), [all]);
  // Archived jobs are out of the search, so their gaps should not steer what to learn next.
  const missing = useMemo(
    () =>
      summariseMissingSkills(
        all.filter((job) => job.status !== 'archived'),
        TOP_MISSING,
      ),
    [all],
  );
  const selected = selectedId ? all.find((job) => job.id === selectedId) : undefined;

  const fail = useCallback(
    (error: unknown) =>
      setNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) }),
    [setNotice],
  );
  const expireUndo = useCallback(() => setUndo(null), [setUndo]);

  const showFirstPage = !loaded && firstPage !== undefined && firstPage.length > 0 && isDefaultQuery(query);
  if (!loaded && !showFirstPage) return <p className="gm-saved-loading">Loading saved jobs…</p>;
  const rows = loaded ? visible : (firstPage ?? []);

  // Marking a job applied sets its follow-up date: ask for the permission inside this click.
  const setStatus = (id: string, status: JobStatus) => {
    if (status === 'applied') onReminderSet?.();
    repo.setStatus(id, status).then(() => onRemindersChanged?.(), fail);
  };
  const setFollowUp = (id: string, at: number | null) => {
    if (at !== null) onReminderSet?.();
    repo.setFollowUp(id, at).then(() => onRemindersChanged?.(), fail);
  };

  const remove = (id: string) =>
    repo.remove(id).then((job) => {
      select(null);
      setUndo(job);
    }, fail);
  const restore = () => {
    if (!undo) return;
    repo.restore(undo).then(() => setUndo(null), fail);
  };

  const io = (
    <ExportImportBar
      disabled={!loaded || all.length === 0}
      notice={notice}
      onExportCsv={() =>
        downloadFile(
          datedFilename('gapmark-saved-jobs', 'csv'),
          savedJobsToCsv(all),
          'text/csv;charset=utf-8',
        )
      }
      onExportJsonLd={() =>
        downloadFile(
          datedFilename('gapmark-jobpostings', 'jsonld'),
          JSON.stringify(savedJobsToJsonLd(all), null, 2),
          'application/ld+json',
        )
      }
      onExportBackup={() =>
        exportBackupReport(db).then(({ text, leftOut, unreadableTables }) => {
          downloadFile(datedFilename('gapmark-backup', 'json'), text, 'application/json');
          if (leftOut > 0 || unreadableTables.length > 0) {
            const parts = [
              leftOut > 0 ? `${leftOut} damaged record${leftOut === 1 ? ' was' : 's were'} left out` : '',
              unreadableTables.length > 0 ? `could not read: ${unreadableTables.join(', ')}` : '',
            ].filter(Boolean);
            setNotice({ kind: 'error', text: `Backup saved with what could be read (${parts.join('; ')}).` });
          }
        }, fail)
      }
      onImportBackup={async (text) => {
        try {
          const result = await importBackup(db, text);
          if (!result.ok) return setNotice({ kind: 'error', text: result.error });
          setNotice({ kind: 'info', text: `Imported. ${describeImportReport(result.report)}` });
          onImported?.(result.report);
        } catch (error) {
          fail(error);
        }
      }}
    />
  );

  const detail = selected && (
    <SavedJobDetail
      key={selected.id}
      job={selected}
      onClose={() => select(null)}
      onStatus={(status: JobStatus) => setStatus(selected.id, status)}
      onFollowUp={(at) => setFollowUp(selected.id, at)}
      onNotes={(notes) => void repo.setNotes(selected.id, notes).catch(fail)}
      onDelete={() => void remove(selected.id)}
    />
  );

  const list = (
    <>
      <SavedFilters companies={companies} />
      <div className="gm-saved-head">
        <p className="gm-saved-count" aria-live="polite">
          {!loaded
            ? 'Loading all saved jobs…'
            : visible.length === all.length
              ? `${all.length} saved`
              : `${visible.length} of ${all.length} shown`}
        </p>
        {onOpenDashboard && (
          <button type="button" className="gm-saved-open-page" onClick={onOpenDashboard}>
            Open full page
          </button>
        )}
      </div>
      {rows.length === 0 && all.length === 0 ? (
        <p className="gm-saved-empty">
          No saved jobs yet. Save a posting from the chip on its page or from “This job”.
        </p>
      ) : rows.length === 0 ? (
        <p className="gm-saved-empty">No saved job matches these filters.</p>
      ) : (
        <VirtualList
          label="Saved jobs"
          items={rows}
          rowHeight={ROW_HEIGHT}
          height={listHeight ?? (layout === 'page' ? 560 : 300)}
          getKey={(job) => job.id}
          renderRow={(job) => <SavedJobRow job={job} selected={job.id === selectedId} onSelect={select} />}
        />
      )}
    </>
  );

  const across = (
    <details className="gm-saved-across" open={layout === 'page'}>
      <summary>Missing most often across saved jobs</summary>
      {loaded ? (
        <MissingAcrossJobs summary={missing} onAddToProfile={onAddToProfile} onSelectJob={select} />
      ) : (
        <p className="gm-missing-empty">Loading…</p>
      )}
    </details>
  );

  return (
    <div className={`gm-saved is-${layout}`}>
      {layout === 'popup' ? (
        detail || (
          <>
            {list}
            {across}
          </>
        )
      ) : (
        <>
          <DueFollowUps due={due} onSelect={select} />
          <div className="gm-saved-view" role="group" aria-label="View">
            <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
              List
            </button>
            <button type="button" aria-pressed={view === 'board'} onClick={() => setView('board')}>
              Board
            </button>
          </div>
          <div className={`gm-saved-columns is-${view}`}>
            <div className="gm-saved-main">
              {view === 'board' && loaded ? (
                <>
                  <SavedFilters companies={companies} />
                  <SavedBoard
                    jobs={visible}
                    selectedId={selectedId}
                    now={now}
                    onMove={setStatus}
                    onSelect={select}
                  />
                </>
              ) : (
                list
              )}
            </div>
            <aside className="gm-saved-side">
              {detail}
              {across}
            </aside>
          </div>
        </>
      )}
      {undo && (
        <UndoBar key={undo.id} message={`Deleted “${undo.title}”`} onUndo={restore} onExpire={expireUndo} />
      )}
      {io}
      <ListBadgesToggle />
    </div>
  );
}
