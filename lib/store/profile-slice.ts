import { create, type StateCreator } from 'zustand';
import type { CvSkillFinding } from '@/lib/profile/extract-cv-skills';
import type { ProfileSkill } from '@/lib/schemas/profile';

// UI state of the Profile tab only. The profile itself lives in Dexie and reaches components through
// useLiveQuery, so nothing here is persisted or duplicated from the database.

export type ProfilePanel = 'none' | 'cv';

export interface ProfileNotice {
  kind: 'info' | 'error';
  text: string;
  details?: string[];
}

export interface ProfileUiState {
  /** Text of the filter over the profile's own skills. */
  profileFilter: string;
  /** What is typed in the "Add a skill" combobox, whether its list is open, and the highlighted option. */
  profileAddQuery: string;
  profileAddOpen: boolean;
  profileActiveOption: number;
  /** The skill whose details (last used, notes) are expanded. */
  profileExpandedId: string | null;
  /** The last removed skill, kept for Undo until the snackbar goes. */
  profileUndo: ProfileSkill | null;
  profilePanel: ProfilePanel;
  profileCvText: string;
  /** Skills found in the pasted CV (null before "Find skills"), and the ids ticked to keep. */
  profileCvFindings: CvSkillFinding[] | null;
  profileCvChosen: string[];
  profileNotice: ProfileNotice | null;
}

export interface ProfileUiActions {
  setProfileFilter(filter: string): void;
  setProfileAddQuery(query: string): void;
  setProfileAddOpen(open: boolean): void;
  /** Moves the highlighted option by `delta`, wrapping within `count` options (-1 means none). */
  moveProfileActiveOption(delta: number, count: number): void;
  setProfileActiveOption(index: number): void;
  toggleProfileExpanded(skillId: string): void;
  setProfileUndo(skill: ProfileSkill | null): void;
  openProfilePanel(panel: ProfilePanel): void;
  setProfileCvText(text: string): void;
  setProfileCvFindings(findings: CvSkillFinding[] | null, chosen: string[]): void;
  toggleProfileCvChoice(skillId: string): void;
  setProfileNotice(notice: ProfileNotice | null): void;
  resetProfileUi(): void;
}

export type ProfileSlice = ProfileUiState & ProfileUiActions;

export const initialProfileUiState: ProfileUiState = {
  profileFilter: '',
  profileAddQuery: '',
  profileAddOpen: false,
  profileActiveOption: -1,
  profileExpandedId: null,
  profileUndo: null,
  profilePanel: 'none',
  profileCvText: '',
  profileCvFindings: null,
  profileCvChosen: [],
  profileNotice: null,
};

/**
 * The slice, for composing into the popup's one store:
 * `create<PopupStore>()((...a) => ({ ...createUiSlice(...a), ...createProfileSlice(...a) }))`. Every key starts
 * with "profile" so it cannot collide with another tab's slice.
 */
export const createProfileSlice: StateCreator<ProfileSlice, [], [], ProfileSlice> = (set) => ({
  ...initialProfileUiState,
  setProfileFilter: (profileFilter) => set({ profileFilter }),
  setProfileAddQuery: (query) =>
    set({ profileAddQuery: query, profileAddOpen: query.trim().length > 0, profileActiveOption: -1 }),
  setProfileAddOpen: (open) =>
    set(open ? { profileAddOpen: true } : { profileAddOpen: false, profileActiveOption: -1 }),
  moveProfileActiveOption: (delta, count) =>
    set((state) => {
      if (count <= 0) return { profileActiveOption: -1 };
      const current = state.profileActiveOption;
      const from = current < 0 ? (delta > 0 ? -1 : count) : current;
      return { profileAddOpen: true, profileActiveOption: (((from + delta) % count) + count) % count };
    }),
  setProfileActiveOption: (index) => set({ profileActiveOption: index }),
  toggleProfileExpanded: (skillId) =>
    set((state) => ({ profileExpandedId: state.profileExpandedId === skillId ? null : skillId })),
  setProfileUndo: (skill) => set({ profileUndo: skill }),
  openProfilePanel: (panel) => set({ profilePanel: panel, profileNotice: null }),
  setProfileCvText: (text) => set({ profileCvText: text }),
  setProfileCvFindings: (findings, chosen) => set({ profileCvFindings: findings, profileCvChosen: chosen }),
  toggleProfileCvChoice: (skillId) =>
    set((state) => ({
      profileCvChosen: state.profileCvChosen.includes(skillId)
        ? state.profileCvChosen.filter((id) => id !== skillId)
        : [...state.profileCvChosen, skillId],
    })),
  setProfileNotice: (notice) => set({ profileNotice: notice }),
  resetProfileUi: () => set(initialProfileUiState),
});

/** A selector hook over any store that contains the slice (the popup's composed store, or the standalone one). */
export type ProfileStoreHook = <U>(selector: (state: ProfileSlice) => U) => U;

/** A store with only this slice: the Profile tab's default when it is not given the popup's store. */
export const useProfileUiStore = create<ProfileSlice>()((...a) => createProfileSlice(...a));
