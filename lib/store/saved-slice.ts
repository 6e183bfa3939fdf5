import { create, type StateCreator } from 'zustand';
import { DEFAULT_QUERY, type SavedJobsQuery } from '../saved/query-saved-jobs';
import type { SavedJob } from '../schemas/saved-job';

// UI state of the Saved tab only; the saved jobs themselves live in Dexie and are read with useLiveQuery.

export interface SavedNotice {
  kind: 'info' | 'error';
  text: string;
}

export interface SavedSlice {
  savedQuery: SavedJobsQuery;
  savedSelectedId: string | null;
  /** The job just deleted, kept until the person undoes or the undo bar times out. */
  savedUndo: SavedJob | null;
  /** The last export/import outcome ("Saved jobs: 3 added…" or why a file was refused). */
  savedNotice: SavedNotice | null;
  /** The dashboard shows saved jobs as a list or as a board of status columns. */
  savedView: 'list' | 'board';
  setSavedQuery: (patch: Partial<SavedJobsQuery>) => void;
  resetSavedQuery: () => void;
  selectSavedJob: (id: string | null) => void;
  setSavedUndo: (job: SavedJob | null) => void;
  setSavedNotice: (notice: SavedNotice | null) => void;
  setSavedView: (view: 'list' | 'board') => void;
}

/** The slice, for composing into the popup's one store: `create((...a) => ({ ...createSavedSlice(...a), ... }))`. */
export const createSavedSlice: StateCreator<SavedSlice, [], [], SavedSlice> = (set) => ({
  savedQuery: DEFAULT_QUERY,
  savedSelectedId: null,
  savedUndo: null,
  savedNotice: null,
  savedView: 'list',
  setSavedQuery: (patch) => set((state) => ({ savedQuery: { ...state.savedQuery, ...patch } })),
  resetSavedQuery: () => set({ savedQuery: DEFAULT_QUERY }),
  selectSavedJob: (id) => set({ savedSelectedId: id }),
  setSavedUndo: (job) => set({ savedUndo: job }),
  setSavedNotice: (notice) => set({ savedNotice: notice }),
  setSavedView: (view) => set({ savedView: view }),
});

/** A selector hook over any store that contains the slice (the popup's composed store, or a standalone one). */
export type SavedStoreHook = <U>(selector: (state: SavedSlice) => U) => U;

/** A standalone store with just this slice, used when the Saved tab is mounted without the popup's store. */
export const createSavedStore = () => create<SavedSlice>()(createSavedSlice);
