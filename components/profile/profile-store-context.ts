import { createContext, useContext } from 'react';
import { useProfileUiStore, type ProfileSlice, type ProfileStoreHook } from '@/lib/store/profile-slice';

/** The store the Profile tab was mounted with; the standalone profile store when none was given. */
export const ProfileStoreContext = createContext<ProfileStoreHook>(useProfileUiStore);

/** Reads one value of the Profile tab's UI state. */
export function useProfileUi<U>(selector: (state: ProfileSlice) => U): U {
  const useStore = useContext(ProfileStoreContext);
  return useStore(selector);
}
