import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import {
  createSavedSlice,
  createSavedStore,
  type SavedSlice,
  type SavedStoreHook,
} from '@/lib/store/saved-slice';
import { DEFAULT_QUERY } from '@/lib/saved/query-saved-jobs';

describe('saved slice', () => {
  it('patches and resets the query', () => {
    const store = createSavedStore();
    store.getState().setSavedQuery({ search: 'kafka', minScore: 70 });
    store.getState().setSavedQuery({ sort: 'score' });
    expect(store.getState().savedQuery).toEqual({
      ...DEFAULT_QUERY,
      search: 'kafka',
      minScore: 70,
      sort: 'score',
    });
    store.getState().resetSavedQuery();
    expect(store.getState().savedQuery).toEqual(DEFAULT_QUERY);
  });

  it('composes into a larger store whose hook the Saved tab accepts', () => {
    interface Other {
      tab: string;
      setTab: (tab: string) => void;
    }
    const useApp = create<SavedSlice & Other>()((...a) => ({
      ...createSavedSlice(...a),
      tab: 'saved',
      setTab: (tab) => a[0]({ tab }),
    }));
    const hook: SavedStoreHook = useApp; // compile-time check that a composed store fits
    expect(typeof hook).toBe('function');
    useApp.getState().selectSavedJob('job-1');
    useApp.getState().setTab('profile');
    expect(useApp.getState()).toMatchObject({ savedSelectedId: 'job-1', tab: 'profile' });
  });
});
