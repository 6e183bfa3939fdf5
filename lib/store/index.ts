import { create } from 'zustand';
import { createUiSlice, type UiSlice } from './ui-slice';

// One store for the popup's UI state, made of typed slices. Persisted data lives in Dexie, not here.
export type PopupStore = UiSlice;

export const usePopupStore = create<PopupStore>()((...a) => ({
  ...createUiSlice(...a),
}));
