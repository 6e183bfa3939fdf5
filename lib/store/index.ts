import { create } from 'zustand';
import { createProfileSlice, type ProfileSlice } from './profile-slice';
import { createSavedSlice, type SavedSlice } from './saved-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

// One store for the popup's UI state, made of typed slices (each slice's keys carry its tab's prefix). Persisted
// data lives in Dexie, not here.
export type PopupStore = UiSlice & ProfileSlice & SavedSlice;

export const usePopupStore = create<PopupStore>()((set, get, store) => ({
  ...createUiSlice(set, get, store),
  ...createProfileSlice(set, get, store),
  ...createSavedSlice(set, get, store),
}));
