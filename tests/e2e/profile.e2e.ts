import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickOn,
  count,
  fill,
  propertyOf,
  selectOption,
  setInputFiles,
  textOf,
  waitFor,
  waitForText,
  type Target,
} from '../../scripts/browser/ui';
import { BROWSER, BROWSER_LABEL, playwrightPage, startE2E, type E2E, type E2EPage } from './harness';
import { readStore } from './support-idb';
import { measureFirstRenders } from './support-first-render';

// Polls with room for a loaded machine (the default second is short when other agents share the cores).
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

// Issue 5, in Chromium and in Firefox: the Profile tab as a person uses it (autocomplete by alias, level, remove and undo,
// survive a reload), JSON Resume import and export, bad files refused, and the first render of a big profile.

interface ShownSkill {
  name: string;
  level: string;
  years: string;
  custom: boolean;
}

/** The profile as the Profile tab shows it: one entry per skill row, in display order. */
const shownProfile = (popup: E2EPage): Promise<ShownSkill[]> =>
  popup.evaluate(() =>
    [...document.querySelectorAll('li.gp-skill')].map((row) => ({
      name: row.querySelector('.gp-skill-name')?.firstChild?.textContent?.trim() ?? '',
      level: row.querySelector('select')?.value ?? '',
      years: row.querySelector<HTMLInputElement>('input.gp-years')?.value ?? '',
      custom: row.querySelector('.gp-badge') !== null,
    })),
  );

async function openProfileTab(e2e: E2E): Promise<E2EPage> {
  const popup = await e2e.openPopup();
  await clickOn(popup, { role: 'tab', name: 'Profile' });
  await waitFor(popup, { role: 'heading', name: /Your skills/ });
  return popup;
}

const FILE_INPUT: Target = { selector: 'input[type=file]' };
const resumeFile = (name: string, json: unknown) => [
  {
    name,
    mimeType: 'application/json',
    text: typeof json === 'string' ? json : JSON.stringify(json),
  },
];
const skillRows = (popup: E2EPage) => count(popup, { selector: 'li.gp-skill' });

describe(`the Profile tab in ${BROWSER_LABEL}`, () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.teardown();
  });

  it('adds three skills (one by alias), edits a level, removes and undoes, and keeps them across a reload', async () => {
    const popup = await openProfileTab(e2e);
    // An empty profile explains how to start.
    await eventually(() => skillRows(popup)).toBe(0);
    await waitFor(popup, { role: 'button', name: 'Import JSON Resume' });

    const input: Target = { role: 'combobox', name: 'Add a skill' };
    const listbox: Target = { role: 'listbox', name: 'Skills' };
    const inputValue = () => propertyOf<string>(popup, input, 'value');

    // By alias: "k8s" offers Kubernetes, taken with the mouse.
    await clickOn(popup, input);
    await fill(popup, input, 'k8s');
    const kubernetes: Target = { within: listbox, role: 'option', name: /^Kubernetes/ };
    await waitFor(popup, kubernetes);
    await eventually(() => propertyOf(popup, input, 'aria-expanded', true)).toBe('true');
    await clickOn(popup, kubernetes);
    await waitForText(popup, 'Added Kubernetes.');
    await eventually(inputValue).toBe('');

    // By keyboard: the first option, with Arrow Down and Enter (aria-activedescendant follows).
    await fill(popup, input, 'PostgreSQL');
    await waitFor(popup, { within: listbox, role: 'option', name: /^PostgreSQL/ });
    await popup.keyboard.press('ArrowDown');
    const active = await propertyOf<string | null>(popup, input, 'aria-activedescendant', true);
    expect(active).toBeTruthy();
    expect(await textOf(popup, { selector: `[id="${active}"]` })).toMatch(/^PostgreSQL/);
    await popup.keyboard.press('Enter');
    await waitForText(popup, 'Added PostgreSQL.');

    await fill(popup, input, 'Python');
    await clickOn(popup, { within: listbox, role: 'option', name: /^Python/ });
    await waitForText(popup, 'Added Python.');

    await eventually(async () => (await shownProfile(popup)).map((s) => s.name).sort()).toEqual([
      'Kubernetes',
      'PostgreSQL',
      'Python',
    ]);
    // An alias of a skill already there is recognised as such, not offered again.
    await fill(popup, input, 'postgres');
    await waitForText(popup, 'PostgreSQL is already in your profile.');
    await popup.keyboard.press('Escape');
    await popup.keyboard.press('Escape');
    await eventually(inputValue).toBe('');

    // Edit a level and the years.
    await selectOption(popup, { role: 'combobox', name: 'Level of Kubernetes' }, 'strong');
    const years: Target = { selector: 'input', name: 'Years of Kubernetes' };
    await fill(popup, years, '3');
    await popup.keyboard.press('Enter');
    await eventually(async () =>
      (await shownProfile(popup)).find((s) => s.name === 'Kubernetes'),
    ).toMatchObject({ level: 'strong', years: '3' });

    // Remove with undo.
    await clickOn(popup, { role: 'button', name: 'Remove Python' });
    await waitForText(popup, 'Removed Python.');
    await eventually(async () => (await shownProfile(popup)).map((s) => s.name)).not.toContain('Python');
    await clickOn(popup, { role: 'button', name: 'Undo' });
    await waitForText(popup, 'Python is back.');
    const before = await shownProfile(popup);
    expect(before.map((s) => s.name).sort()).toEqual(['Kubernetes', 'PostgreSQL', 'Python']);
    // Levels and years as set, and what is stored agrees with what is shown.
    const stored = await readStore<{ name: string; level: string; years: number | null }>(
      popup,
      'profileSkills',
    );
    expect(stored.map((s) => [s.name, s.level, s.years]).sort()).toEqual([
      ['Kubernetes', 'strong', 3],
      ['PostgreSQL', 'working', null],
      ['Python', 'working', null],
    ]);

    // Reload: the same profile.
    await popup.reload();
    await clickOn(popup, { role: 'tab', name: 'Profile' });
    await eventually(() => shownProfile(popup)).toEqual(before);
    // And in a second popup opened alongside.
    const other = await openProfileTab(e2e);
    await eventually(() => shownProfile(other)).toEqual(before);
    await other.close();

    // Export the profile as JSON Resume: what is shown is what is exported.
    const exported = await e2e.downloadFrom(popup, () =>
      clickOn(popup, { role: 'button', name: 'Export', exact: true }),
    );
    expect(exported.filename).toMatch(/\.json$/);
    const resume = JSON.parse(exported.text) as { skills: Record<string, unknown>[] };
    expect(Object.keys(resume)).toEqual(['skills']);
    expect(resume.skills.map((s) => [s.name, s.level, s.years]).sort()).toEqual([
      ['Kubernetes', 'strong', 3],
      ['PostgreSQL', 'working', null],
      ['Python', 'working', null],
    ]);
    await popup.close();
  });
});

describe(`JSON Resume import and export in ${BROWSER_LABEL}`, () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.teardown();
  });

  // Our own export format (JSON Resume skills with our fields inside each item), sorted by name as exported.
  const RESUME = {
    skills: [
      {
        name: 'Apache Kafka',
        level: 'basic',
        keywords: [],
        skillId: 'kafka',
        category: 'devops',
        years: 1.5,
        lastUsed: 2024,
        notes: 'Consumer groups, at work',
        custom: false,
      },
      {
        name: 'Go',
        level: 'working',
        keywords: [],
        skillId: 'go',
        category: 'language',
        years: 2,
        lastUsed: null,
        notes: '',
        custom: false,
      },
      {
        name: 'Internal billing DSL',
        level: 'expert',
        keywords: [],
        skillId: 'custom:internal-billing-dsl',
        category: 'custom',
        years: 6,
        lastUsed: 2025,
        notes: 'Only at my last job',
        custom: true,
      },
      {
        name: 'PHP',
        level: 'expert',
        keywords: [],
        skillId: 'php',
        category: 'language',
        years: 9,
        lastUsed: 2026,
        notes: '',
        custom: false,
      },
    ],
  };

  it('imports a JSON Resume file and exports it again with equal content', async () => {
    const popup = await openProfileTab(e2e);
    // Ids and categories in the file must be the taxonomy's, or the round trip would be testing nothing.
    const taxonomy = JSON.parse(
      readFileSync(new URL('../../lib/skills/data/taxonomy.json', import.meta.url), 'utf8'),
    ) as { skills: { id: string; name: string; category: string }[] };
    for (const skill of RESUME.skills.filter((s) => !s.custom)) {
      expect(taxonomy.skills.find((t) => t.id === skill.skillId)).toMatchObject({
        name: skill.name,
        category: skill.category,
      });
    }

    await setInputFiles(popup, FILE_INPUT, resumeFile('resume.json', RESUME));
    await waitForText(popup, 'Imported resume.json: 4 new skills.');
    await eventually(async () => (await shownProfile(popup)).length).toBe(4);
    expect((await shownProfile(popup)).find((s) => s.name === 'Internal billing DSL')).toMatchObject({
      level: 'expert',
      years: '6',
      custom: true,
    });

    const exported = await e2e.downloadFrom(popup, () =>
      clickOn(popup, { role: 'button', name: 'Export', exact: true }),
    );
    expect(JSON.parse(exported.text)).toEqual(RESUME);

    // Importing the same file again merges: nothing new, nothing doubled.
    await setInputFiles(popup, FILE_INPUT, resumeFile('resume.json', RESUME));
    await waitForText(popup, 'Imported resume.json: 0 new skills, 4 already in your profile.');
    expect((await readStore(popup, 'profileSkills')).length).toBe(4);

    // A plain JSON Resume from elsewhere (level words, keywords) is read too, and merged without duplicates.
    await setInputFiles(
      popup,
      FILE_INPUT,
      resumeFile('other.json', {
        basics: { name: 'A. Person' },
        skills: [
          { name: 'My front-end toolbox', level: 'Advanced', keywords: ['TypeScript', 'React'] },
          { name: 'php', level: 'Master' },
        ],
      }),
    );
    await waitForText(popup, /^Imported other\.json: 2 new skills/);
    // "My front-end toolbox" resolves to no skill but its keywords do: a heading, not a skill of its own.
    const shown = await shownProfile(popup);
    expect(shown.map((s) => s.name).sort()).toEqual([
      'Apache Kafka',
      'Go',
      'Internal billing DSL',
      'PHP',
      'React',
      'TypeScript',
    ]);
    expect(shown.find((s) => s.name === 'React')).toMatchObject({ level: 'strong', custom: false });
    await popup.close();
  });

  it('refuses a file that is not JSON, or has no skills, with a clear message and changes nothing', async () => {
    const popup = await openProfileTab(e2e);
    await eventually(async () => (await shownProfile(popup)).length).toBeGreaterThan(0);
    const before = await readStore(popup, 'profileSkills');
    const shownBefore = await shownProfile(popup);

    await setInputFiles(popup, FILE_INPUT, [
      {
        name: 'cv.pdf',
        mimeType: 'application/pdf',
        text: '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n',
      },
    ]);
    const status: Target = { role: 'status', text: 'cv.pdf' };
    await waitFor(popup, status);
    expect(await textOf(popup, status)).toMatch(
      /cv\.pdf: This file is not JSON \([\s\S]+\)\. Your profile was not changed\./,
    );

    await setInputFiles(popup, FILE_INPUT, resumeFile('empty.json', { skills: [] }));
    await waitForText(popup, 'empty.json: This JSON Resume has no skills to import.');

    await setInputFiles(popup, FILE_INPUT, resumeFile('wrong.json', { skills: 'PHP' }));
    await waitForText(popup, /^wrong\.json: This is not a JSON Resume file: skills: .+/);

    expect(await readStore(popup, 'profileSkills')).toEqual(before);
    expect(await shownProfile(popup)).toEqual(shownBefore);
    await popup.close();
  });
});

describe(`first render of the popup with a 300-skill profile in ${BROWSER_LABEL}`, () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.teardown();
  });

  it('lists 300 imported taxonomy skills and measures the Profile tab from navigation start', async () => {
    const taxonomy = JSON.parse(
      readFileSync(new URL('../../lib/skills/data/taxonomy.json', import.meta.url), 'utf8'),
    ) as { skills: { id: string; name: string; category: string; aliases: string[] }[] };
    // Names that mean one skill only (no other skill has it as name or alias), spread over the taxonomy.
    const owners = new Map<string, Set<string>>();
    for (const skill of taxonomy.skills) {
      for (const word of [skill.name, ...skill.aliases]) {
        const key = word.toLowerCase();
        owners.set(key, (owners.get(key) ?? new Set()).add(skill.id));
      }
    }
    const unique = taxonomy.skills.filter((s) => owners.get(s.name.toLowerCase())!.size === 1);
    expect(unique.length).toBeGreaterThan(600);
    const step = Math.floor(unique.length / 300);
    const picked = Array.from({ length: 300 }, (_, i) => unique[i * step]!);
    const levels = ['Beginner', 'Intermediate', 'Advanced', 'Expert', 'Master'];
    const resume = {
      skills: picked.map((s, i) => ({ name: s.name, level: levels[i % levels.length], keywords: [] })),
    };

    const popup = await openProfileTab(e2e);
    await setInputFiles(popup, FILE_INPUT, resumeFile('big-resume.json', resume));
    await waitForText(popup, 'Imported big-resume.json: 300 new skills.', 20_000);
    expect(
      (await readStore<{ skillId: string }>(popup, 'profileSkills')).map((s) => s.skillId).sort(),
    ).toEqual(picked.map((s) => s.id).sort());

    // The first-render probe is an init script (Playwright's addInitScript): measured in Chromium. In Firefox
    // the popup is reloaded and the whole list checked, without the figure.
    if (BROWSER === 'chromium') {
      const figures = await measureFirstRenders(playwrightPage(popup), {
        tabId: 'tab-profile',
        rowSelector: 'li.gp-skill',
        doneCount: 300,
      });
      console.log(
        `e2e performance: ${JSON.stringify({ profileFirstRender: { skills: 300, budgetMs: 150, ...figures } })}`,
      );
      for (const run of figures.runs) expect(run.rowMs).toBeGreaterThan(0);
      // Generous: a loaded CI machine must not flake; the figure itself goes in the report.
      expect(figures.medianRowMs).toBeLessThan(1500);
    } else {
      await popup.reload();
      await clickOn(popup, { role: 'tab', name: 'Profile' });
      await eventually(() => skillRows(popup)).toBe(300);
    }
    // The first rows come first, the rest follow as a transition: all 300 end up listed.
    expect(await skillRows(popup)).toBe(300);
    expect(await textOf(popup, { selector: '#gp-profile-title .gp-count' })).toBe('300');
    await popup.close();
  });
});
