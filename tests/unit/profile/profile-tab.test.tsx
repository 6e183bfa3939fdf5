// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProfileTab } from '@/components/profile/ProfileTab';
import { Dexie } from 'dexie';
import { GapmarkDatabase, openDatabase } from '@/lib/db/database';
import { declareSchemaVersions } from '@/lib/db/schema-versions';
import { createSimpleMentionFinder } from './simple-mention-finder';
import { extractCvSkills } from '@/lib/profile/extract-cv-skills';
import { createSkillSearchIndex } from '@/lib/profile/search-skills';
import { createSkillLookup } from '@/lib/profile/skill-lookup';
import type { ProfileSkillServices } from '@/lib/profile/taxonomy-skill-services';
import {
  createProfileSlice,
  initialProfileUiState,
  useProfileUiStore,
  type ProfileSlice,
  type ProfileStoreHook,
} from '@/lib/store/profile-slice';
import { createUiSlice, type UiSlice } from '@/lib/store/ui-slice';
import { create } from 'zustand';
import { TINY_TAXONOMY } from './tiny-taxonomy';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const lookup = createSkillLookup(TINY_TAXONOMY);
const finder = createSimpleMentionFinder(TINY_TAXONOMY);
const services: ProfileSkillServices = {
  lookup,
  searchIndex: createSkillSearchIndex(TINY_TAXONOMY),
  findMentions: finder,
  extractCv: (text) => extractCvSkills(text, finder, lookup),
};
const loadServices = async () => services;

let counter = 0;
let db: GapmarkDatabase;
let roots: Root[] = [];
let onChange: ReturnType<typeof vi.fn<() => void>>;
let saveFile: ReturnType<typeof vi.fn<(value: unknown, fileName: string) => void>>;

async function mount(useStore?: ProfileStoreHook, load = loadServices): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  roots.push(root);
  await act(async () => {
    root.render(
      <ProfileTab
        db={db}
        loadServices={load}
        onProfileChanged={onChange}
        saveFile={saveFile}
        useStore={useStore}
      />,
    );
  });
  await waitFor(() => !container.textContent?.includes('Loading your profile'));
  return container;
}

/** Lets Dexie's live queries and React settle until `check` holds (fails after ~2 s, not a timing test). */
async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
  throw new Error('condition never held');
}

function setValue(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto =
    element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value);
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

const press = (element: Element, key: string) =>
  act(async () => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });

const click = (element: Element) =>
  act(async () => {
    (element as HTMLElement).click();
  });

const byLabel = <T extends Element>(root: HTMLElement, label: string) => {
  const found = root.querySelector<T>(`[aria-label="${label}"]`);
  if (!found) throw new Error(`no element labelled "${label}"`);
  return found;
};

const button = (root: HTMLElement, text: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};

async function addByTyping(root: HTMLElement, text: string, arrow = true) {
  const input = root.querySelector<HTMLInputElement>('[role="combobox"]')!;
  await act(async () => input.focus());
  await act(async () => setValue(input, text));
  await waitFor(() => root.querySelectorAll('[role="option"]').length > 0);
  if (arrow) await press(input, 'ArrowDown');
  await press(input, 'Enter');
}

beforeEach(async () => {
  db = await openDatabase(`gapmark-tab-test-${++counter}-${Math.random().toString(36).slice(2)}`);
  useProfileUiStore.setState(initialProfileUiState);
  onChange = vi.fn<() => void>();
  saveFile = vi.fn<(value: unknown, fileName: string) => void>();
});

afterEach(async () => {
  for (const root of roots) await act(async () => root.unmount());
  roots = [];
  document.body.innerHTML = '';
  db.close();
});

describe('ProfileTab', () => {
  it('explains how to start when the profile is empty', async () => {
    const root = await mount();
    expect(root.textContent).toContain('Your profile is empty');
    expect(root.textContent).toContain('paste your CV');
    expect(root.textContent).toContain('import a JSON Resume file');
  });

  it('offers Kubernetes for "k8s" in an ARIA combobox and adds it with the keyboard', async () => {
    const root = await mount();
    const input = root.querySelector<HTMLInputElement>('[role="combobox"]')!;
    await act(async () => input.focus());
    await act(async () => setValue(input, 'k8s'));
    await waitFor(() => root.querySelectorAll('[role="option"]').length > 0);

    const listbox = root.querySelector('[role="listbox"]')!;
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    const first = root.querySelector('[role="option"]')!;
    expect(first.textContent).toContain('Kubernetes');
    expect(first.textContent).toContain('(k8s)');

    await press(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    expect(first.getAttribute('aria-selected')).toBe('true');

    await press(input, 'Enter');
    await waitFor(() => root.querySelector('[data-skill-id="kubernetes"]') !== null);
    expect(await db.profileSkills.get('kubernetes')).toMatchObject({ name: 'Kubernetes', level: 'working' });
    expect(input.value).toBe('');
    expect(root.querySelector('section[aria-label="DevOps"]')).not.toBeNull();
    expect(onChange).toHaveBeenCalled();
  });

  it('closes the list with Escape, and clears the text with a second Escape', async () => {
    const root = await mount();
    const input = root.querySelector<HTMLInputElement>('[role="combobox"]')!;
    await act(async () => input.focus());
    await act(async () => setValue(input, 'java'));
    await waitFor(() => input.getAttribute('aria-expanded') === 'true');
    await press(input, 'Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await press(input, 'Escape');
    expect(input.value).toBe('');
  });

  it('adds a name the taxonomy does not know as a custom skill', async () => {
    const root = await mount();
    const input = root.querySelector<HTMLInputElement>('[role="combobox"]')!;
    await act(async () => input.focus());
    await act(async () => setValue(input, 'Billing DSL'));
    await waitFor(() => root.querySelectorAll('[role="option"]').length > 0);
    expect(root.querySelector('[role="option"]')!.textContent).toBe('Add “Billing DSL” as a custom skill');
    await press(input, 'Enter');
    await waitFor(() => root.querySelector('[data-skill-id="custom:billing-dsl"]') !== null);
    expect(await db.profileSkills.get('custom:billing-dsl')).toMatchObject({
      custom: true,
      category: 'custom',
    });
  });

  it('edits level and years inline, refusing unreadable years', async () => {
    const root = await mount();
    await addByTyping(root, 'postgres');
    await waitFor(() => root.querySelector('[data-skill-id="postgresql"]') !== null);

    const level = byLabel<HTMLSelectElement>(root, 'Level of PostgreSQL');
    await act(async () => {
      level.value = 'expert';
      level.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => byLabel<HTMLSelectElement>(root, 'Level of PostgreSQL').value === 'expert');
    expect((await db.profileSkills.get('postgresql'))?.level).toBe('expert');

    let years = byLabel<HTMLInputElement>(root, 'Years of PostgreSQL');
    await act(async () => setValue(years, 'lots'));
    await press(years, 'Enter');
    expect(years.getAttribute('aria-invalid')).toBe('true');
    expect((await db.profileSkills.get('postgresql'))?.years).toBeNull();

    await act(async () => setValue(years, '3,5'));
    await press(years, 'Enter');
    await waitFor(() => byLabel<HTMLInputElement>(root, 'Years of PostgreSQL').value === '3.5');
    years = byLabel<HTMLInputElement>(root, 'Years of PostgreSQL');
    expect(years.getAttribute('aria-invalid')).toBeNull();
    expect((await db.profileSkills.get('postgresql'))?.years).toBe(3.5);
  });

  it('removes a skill with an Undo snackbar that has focus and puts it back', async () => {
    const root = await mount();
    await addByTyping(root, 'terraform');
    await waitFor(() => root.querySelector('[data-skill-id="terraform"]') !== null);
    const stored = await db.profileSkills.get('terraform');

    await click(byLabel(root, 'Remove Terraform'));
    await waitFor(() => root.querySelector('.gp-snackbar') !== null);
    expect(root.querySelector('[data-skill-id="terraform"]')).toBeNull();
    expect(await db.profileSkills.get('terraform')).toBeUndefined();
    const undo = button(root, 'Undo');
    expect(document.activeElement).toBe(undo);

    await click(undo);
    await waitFor(() => root.querySelector('[data-skill-id="terraform"]') !== null);
    expect(await db.profileSkills.get('terraform')).toEqual(stored);
    expect(root.querySelector('.gp-snackbar')).toBeNull();
  });

  it('finds skills in a pasted CV, shows the evidence, and adds the ticked ones', async () => {
    const root = await mount();
    await click(button(root, 'paste your CV'));
    const textarea = await (async () => {
      await waitFor(() => root.querySelector('textarea') !== null);
      return root.querySelector('textarea')!;
    })();
    await act(async () => setValue(textarea, 'Built APIs in Python.\nDeployed on k8s with Terraform.'));
    await waitFor(() => !button(root, 'Find skills').disabled);
    await click(button(root, 'Find skills'));
    await waitFor(() => root.querySelectorAll('.gp-finding').length === 3);
    expect(root.querySelector('.gp-evidence mark')?.textContent).toBe('Python');
    const terraform = [...root.querySelectorAll('.gp-finding')].find(
      (f) => f.querySelector('strong')?.textContent === 'Terraform',
    )!;
    await click(terraform.querySelector('input')!);
    await click(button(root, 'Add 2 skills'));
    await waitFor(() => root.querySelector('[data-skill-id="kubernetes"]') !== null);
    expect((await db.profileSkills.toArray()).map((s) => s.skillId).sort()).toEqual(['kubernetes', 'python']);
  });

  it('imports a JSON Resume file, refuses a bad one with a clear message, and exports', async () => {
    const root = await mount();
    const fileInput = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const choose = (file: File) =>
      act(async () => {
        Object.defineProperty(fileInput, 'files', { value: [file], configurable: true });
        fileInput.dispatchEvent(new Event('change', { bubbles: true }));
      });

    await choose(new File(['{ not json'], 'broken.json', { type: 'application/json' }));
    await waitFor(() => root.querySelector('.gp-notice-error') !== null);
    expect(root.querySelector('.gp-notice-error')!.textContent).toMatch(
      /broken\.json: This file is not JSON/,
    );
    expect(await db.profileSkills.count()).toBe(0);

    const resume = { skills: [{ name: 'Kubernetes', level: 'Advanced', keywords: ['Terraform'] }] };
    await choose(new File([JSON.stringify(resume)], 'resume.json', { type: 'application/json' }));
    await waitFor(() => root.querySelector('[data-skill-id="terraform"]') !== null);
    expect(root.textContent).toContain('2 new skills');
    expect((await db.profileSkills.get('kubernetes'))?.level).toBe('strong');

    await click(button(root, 'Export'));
    expect(saveFile).toHaveBeenCalledTimes(1);
    const [exported, fileName] = saveFile.mock.calls[0]!;
    expect(fileName).toMatch(/\.json$/);
    expect((exported as { skills: { skillId: string }[] }).skills.map((s) => s.skillId)).toEqual([
      'kubernetes',
      'terraform',
    ]);
  });

  it('keeps two open views of the profile in sync', async () => {
    const first = await mount();
    const second = await mount();
    await addByTyping(first, 'kafka', false);
    await waitFor(() => second.querySelector('[data-skill-id="apache-kafka"]') !== null);
    await db.profileSkills.update('apache-kafka', { level: 'expert' });
    // Each view has its own live query: under load the second can land a tick after the first.
    await waitFor(() => byLabel<HTMLSelectElement>(first, 'Level of Apache Kafka').value === 'expert');
    await waitFor(() => byLabel<HTMLSelectElement>(second, 'Level of Apache Kafka').value === 'expert');
    expect(byLabel<HTMLSelectElement>(second, 'Level of Apache Kafka').value).toBe('expert');
  });

  it('renders a big profile in full, grouped by category (first rows at once, the rest right after)', async () => {
    const categories = ['language', 'devops', 'database', 'custom'];
    await db.profileSkills.bulkAdd(
      Array.from({ length: 120 }, (_, i) => ({
        skillId: `s-${String(i).padStart(3, '0')}`,
        name: `Skill ${String(i).padStart(3, '0')}`,
        category: categories[i % categories.length]!,
        level: 'working' as const,
        years: null,
        lastUsed: null,
        notes: '',
        custom: false,
        addedAt: 1,
        updatedAt: 1,
      })),
    );
    const root = await mount();
    await waitFor(() => root.querySelectorAll('[data-skill-id]').length === 120);
    const titles = [...root.querySelectorAll('.gp-group-title')].map((h) => h.textContent);
    expect(titles).toEqual(['Languages 30', 'Databases 30', 'DevOps 30', 'Your own skills 30']);
    const filter = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    await act(async () => setValue(filter, 'skill 007'));
    await waitFor(() => root.querySelectorAll('[data-skill-id]').length === 1);
    expect(root.querySelector('[data-skill-id]')!.getAttribute('data-skill-id')).toBe('s-007');
  });

  it("runs on the popup's composed store when given one", async () => {
    const popupStore = create<UiSlice & ProfileSlice>()((...a) => ({
      ...createUiSlice(...a),
      ...createProfileSlice(...a),
    }));
    const root = await mount(popupStore);
    const input = root.querySelector<HTMLInputElement>('[role="combobox"]')!;
    await act(async () => input.focus());
    await act(async () => setValue(input, 'gcp'));
    expect(popupStore.getState().profileAddQuery).toBe('gcp');
    expect(useProfileUiStore.getState().profileAddQuery).toBe('');
    await waitFor(() => root.querySelectorAll('[role="option"]').length > 0);
    await press(input, 'Enter');
    await waitFor(() => root.querySelector('[data-skill-id="google-cloud"]') !== null);
  });

  it('leaves skills found only as ordinary words unticked, marked "check"', async () => {
    const ambiguousPython: ProfileSkillServices = {
      ...services,
      extractCv: (text) =>
        extractCvSkills(
          text,
          (t) => finder(t).map((m) => (m.skillId === 'python' ? { ...m, ambiguous: true } : m)),
          lookup,
        ),
    };
    const root = await mount(undefined, async () => ambiguousPython);
    await click(button(root, 'paste your CV'));
    await waitFor(() => root.querySelector('textarea') !== null);
    await act(async () => setValue(root.querySelector('textarea')!, 'Python, Terraform and Kafka.'));
    await waitFor(() => !button(root, 'Find skills').disabled);
    await click(button(root, 'Find skills'));
    await waitFor(() => root.querySelectorAll('.gp-finding').length === 3);
    const python = [...root.querySelectorAll('.gp-finding')].find(
      (f) => f.querySelector('strong')?.textContent === 'Python',
    )!;
    expect(python.querySelector('input')!.checked).toBe(false);
    expect(python.textContent).toContain('check');
    expect(button(root, 'Add 2 skills')).toBeTruthy();
  });

  it('says clearly when the profile cannot be opened (a failed upgrade) and leaves the data as it was', async () => {
    const name = `gapmark-tab-broken-${++counter}`;
    const old = new Dexie(name);
    declareSchemaVersions(old, 1);
    await old.open();
    const bad = {
      skillId: 'cobol',
      name: 'COBOL',
      category: 'language',
      level: 9,
      years: 1,
      custom: false,
      addedAt: 1,
    };
    await old.table('profileSkills').add(bad);
    old.close();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    db.close();
    db = new GapmarkDatabase(name);
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    roots.push(root);
    await act(async () =>
      root.render(<ProfileTab db={db} loadServices={loadServices} onProfileChanged={onChange} />),
    );
    await waitFor(() => container.querySelector('[role="alert"]') !== null).finally(() =>
      quiet.mockRestore(),
    );
    expect(container.textContent).toMatch(
      /could not be opened: .*Upgrade v1→v2 stopped: row "cobol".*Nothing was changed/,
    );
    db.close();
    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(1);
    expect(await raw.table('profileSkills').toArray()).toEqual([bad]);
    raw.close();
  });
});
