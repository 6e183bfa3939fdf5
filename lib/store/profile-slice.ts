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
  filter: string;
  /** What is typed in the "Add a skill" combobox, whether its list is open, and the highlighted option. */
  addQuery: string;
  addOpen: boolean;
  activeOption: number;
  /** The skill whose details (last used, notes) are expanded. */
  expandedId: string | null;
  /** The last removed skill, kept for Undo until the snackbar goes. */
  pendingUndo: ProfileSkill | null;
  panel: ProfilePanel;
  cvText: string;
  /** Skills found in the pasted CV (null before "Find skills"), and the ids ticked to keep. */
  cvFindings: CvSkillFinding[] | null;
  cvChosen: string[];
  notice: ProfileNotice | null;
}

export interface ProfileUiActions {
  setFilter(filter: string): void;
  setAddQuery(query: string): void;
  setAddOpen(open: boolean): void;
  /** Moves the highlighted option by `delta`, wrapping within `count` options (-1 means none). */
  moveActiveOption(delta: number, count: number): void;
  setActiveOption(index: number): void;
  toggleExpanded(skillId: string): void;
  setPendingUndo(skill: ProfileSkill | null): void;
  openPanel(panel: ProfilePanel): void;
  setCvText(text: string): void;
  setCvFindings(findings: CvSkillFinding[] | null, chosen: string[]): void;
  toggleCvChoice(skillId: string): void;
  setNotice(notice: ProfileNotice | null): void;
  resetProfileUi(): void;
}

export type ProfileSlice = ProfileUiState & ProfileUiActions;

export const initialProfileUiState: ProfileUiState = {
  filter: '',
  addQuery: '',
  addOpen: false,
  activeOption: -1,
  expandedId: null,
  pendingUndo: null,
  panel: 'none',
  cvText: '',
  cvFindings: null,
  cvChosen: [],
  notice: null,
};

/** The slice, typed so the app's one store can combine it with the others (`create<AppState>()((...a) => ({ ...createProfileSlice(...a), ... }))`). */
export const createProfileSlice = <T extends ProfileSlice>(
  ...[set]: Parameters<StateCreator<T, [], [], ProfileSlice>>
): ProfileSlice => {
  const patch = (partial: Partial<ProfileUiState>) => set(partial as Partial<T>);
  return {
    ...initialProfileUiState,
    setFilter: (filter) => patch({ filter }),
    setAddQuery: (addQuery) => patch({ addQuery, addOpen: addQuery.trim().length > 0, activeOption: -1 }),
    setAddOpen: (addOpen) => patch(addOpen ? { addOpen } : { addOpen, activeOption: -1 }),
    moveActiveOption: (delta, count) =>
      set((state) => {
        if (count <= 0) return { activeOption: -1 } as Partial<T>;
        const from = state.activeOption < 0 ? (delta > 0 ? -1 : count) : state.activeOption;
        return { addOpen: true, activeOption: (((from + delta) % count) + count) % count } as Partial<T>;
      }),
    setActiveOption: (activeOption) => patch({ activeOption }),
    toggleExpanded: (skillId) =>
      set((state) => ({ expandedId: state.expandedId === skillId ? null : skillId }) as Partial<T>),
    setPendingUndo: (pendingUndo) => patch({ pendingUndo }),
    openPanel: (panel) => patch({ panel, notice: null }),
    setCvText: (cvText) => patch({ cvText }),
    setCvFindings: (cvFindings, cvChosen) => patch({ cvFindings, cvChosen }),
    toggleCvChoice: (skillId) =>
      set(
        (state) =>
          ({
            cvChosen: state.cvChosen.includes(skillId)
              ? state.cvChosen.filter((id) => id !== skillId)
              : [...state.cvChosen, skillId],
          }) as Partial<T>,
      ),
    setNotice: (notice) => patch({ notice }),
    resetProfileUi: () => patch(initialProfileUiState),
  };
};

/**
 * The Profile tab's store. If the popup combines every slice into one store, point this at it instead
 * (`export const useProfileUiStore = useAppStore`): components only select ProfileSlice fields.
 */
export const useProfileUiStore = create<ProfileSlice>()((...args) =>
  createProfileSlice<ProfileSlice>(...args),
);
