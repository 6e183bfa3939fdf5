import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { createProfileSlice, initialProfileUiState, type ProfileSlice } from '@/lib/store/profile-slice';
import { createUiSlice, type UiSlice } from '@/lib/store/ui-slice';

const freshStore = () =>
  create<UiSlice & ProfileSlice>()((...a) => ({ ...createUiSlice(...a), ...createProfileSlice(...a) }));

describe('profile slice', () => {
  it('composes with the popup slices without clobbering their keys', () => {
    const store = freshStore();
    expect(store.getState().activeTab).toBe('job');
    expect(store.getState().profileAddQuery).toBe('');
    const profileKeys = Object.keys(
      createProfileSlice(
        () => undefined,
        () => initialProfileUiState as never,
        {} as never,
      ),
    );
    expect(
      profileKeys.every((k) =>
        /^(profile|setProfile|moveProfile|toggleProfile|openProfile|resetProfile)/.test(k),
      ),
    ).toBe(true);
  });

  it('opens the list when something is typed and closes it when cleared', () => {
    const store = freshStore();
    store.getState().setProfileAddQuery('k8s');
    expect(store.getState()).toMatchObject({ profileAddOpen: true, profileActiveOption: -1 });
    store.getState().setProfileAddQuery('  ');
    expect(store.getState().profileAddOpen).toBe(false);
  });

  it.each([
    // [start, delta, count, expected]
    [-1, 1, 3, 0],
    [-1, -1, 3, 2],
    [2, 1, 3, 0],
    [0, -1, 3, 2],
    [1, 1, 3, 2],
    [1, 1, 0, -1],
  ])('moves the highlighted option from %i by %i over %i options to %i', (start, delta, count, expected) => {
    const store = freshStore();
    store.setState({ profileActiveOption: start });
    store.getState().moveProfileActiveOption(delta, count);
    expect(store.getState().profileActiveOption).toBe(expected);
  });

  it('ticks and unticks CV findings, and resets', () => {
    const store = freshStore();
    store.getState().setProfileCvFindings([], ['python', 'go']);
    store.getState().toggleProfileCvChoice('go');
    store.getState().toggleProfileCvChoice('kafka');
    expect(store.getState().profileCvChosen).toEqual(['python', 'kafka']);
    store.getState().openProfilePanel('cv');
    store.getState().resetProfileUi();
    expect(store.getState()).toMatchObject(initialProfileUiState);
    expect(store.getState().activeTab).toBe('job');
  });
});
