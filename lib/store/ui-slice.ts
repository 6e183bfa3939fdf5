import type { StateCreator } from 'zustand';

export type PopupTab = 'job' | 'profile' | 'saved';

export interface UiSlice {
  activeTab: PopupTab;
  setActiveTab(tab: PopupTab): void;
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  activeTab: 'job',
  setActiveTab: (activeTab) => set({ activeTab }),
});
