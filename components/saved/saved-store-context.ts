import { createContext, useContext } from 'react';
import type { SavedSlice, SavedStoreHook } from '@/lib/store/saved-slice';

export const SavedStoreContext = createContext<SavedStoreHook | null>(null);

/** Reads one value of the Saved tab's UI state from the store the tab was mounted with. */
export function useSavedUi<U>(selector: (state: SavedSlice) => U): U {
  const useStore = useContext(SavedStoreContext);
  if (!useStore) throw new Error('useSavedUi must be used inside <SavedTab>');
  return useStore(selector);
}
