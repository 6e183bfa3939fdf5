// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JobTab, type JobTabProps } from '@/components/job/JobTab';
import { UpdateNotice } from '@/components/UpdateNotice';
import { scoreMatch } from '@/lib/match/score-match';
import { noRelations } from '@/lib/match/skill-relations';
import { openDatabase } from '@/lib/db/database';
import { createSettingsRepository } from '@/lib/db/settings-repo';
import { compareVersions, noteToShow } from '@/lib/welcome/update-notes';
import { profileSkill } from '../match/build-fixtures';
import { snapfixAnalysis } from '../match/seed-analyses';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const render = (props: JobTabProps) => act(() => root.render(<JobTab {...props} />));
const analysis = snapfixAnalysis();

describe('This job with an empty profile', () => {
  const match = scoreMatch(analysis, [], noRelations);

  it('shows no score and no verdict, the must-have count, "+ Add" on every requirement and a quick start', () => {
    const onStartProfile = vi.fn();
    const onAddToProfile = vi.fn();
    render({ status: 'ready', analysis, match, profileSkills: 0, onStartProfile, onAddToProfile });
    const text = container.textContent ?? '';
    expect(text).not.toMatch(/\d+%/);
    expect(text).not.toMatch(/Meets \d+ of/);
    expect(text).not.toContain('Missing');
    expect(container.querySelector('.job-score')).toBeNull();
    expect(container.querySelectorAll('.job-verdict-missing')).toHaveLength(0);
    expect(text).toContain(`This posting has ${match.required.total} must-have`);
    const required = container.querySelectorAll('section[aria-labelledby="job-list-required"] li');
    expect(required.length).toBeGreaterThan(0);
    for (const row of required) expect(row.querySelector('button')?.textContent).toMatch(/^\+ /);
    act(() => (required[0]!.querySelector('button') as HTMLButtonElement).click());
    expect(onAddToProfile).toHaveBeenCalledOnce();
    const start = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Start your profile',
    )!;
    act(() => start.click());
    expect(onStartProfile).toHaveBeenCalledOnce();
  });
});

describe('This job with a thin profile', () => {
  const match = scoreMatch(
    analysis,
    [profileSkill('php', 'PHP'), profileSkill('python', 'Python')],
    noRelations,
  );

  it.each([
    [2, 'based on 2 skills'],
    [1, 'based on 1 skill'],
  ])('with %i skills the score says "%s"', (skills, note) => {
    render({ status: 'ready', analysis, match, profileSkills: skills });
    expect(container.querySelector('.job-score-value')?.textContent).toBe(`${match.score}%`);
    expect(container.querySelector('.job-thin-profile')?.textContent).toContain(note);
  });

  it('with 5 skills or an unknown count, no caveat', () => {
    render({ status: 'ready', analysis, match, profileSkills: 5 });
    expect(container.querySelector('.job-thin-profile')).toBeNull();
    render({ status: 'ready', analysis, match });
    expect(container.querySelector('.job-thin-profile')).toBeNull();
  });
});

describe('update notes', () => {
  const notes = [
    { version: '0.10.0', text: 'ten' },
    { version: '0.9.0', text: 'nine' },
    { version: '0.2.0', text: 'two' },
  ];

  it('compares versions by number', () => {
    expect(compareVersions('0.10.0', '0.9.1')).toBeGreaterThan(0);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.2.0', '0.10.0')).toBeLessThan(0);
  });

  it.each([
    ['', '0.9.0', 'nine'],
    ['0.2.0', '0.10.0', 'ten'],
    ['0.9.0', '0.9.5', null],
    ['0.10.0', '0.10.0', null],
    ['0.1.0', '0.1.5', null],
  ])('seen %j, running %s: shows %j', (seen, current, text) => {
    expect(noteToShow(notes, seen, current)?.text ?? null).toBe(text);
  });

  it('shows one dismissible line, and dismissing stores the version as seen', async () => {
    const db = await openDatabase(`gapmark-notes-${Math.random().toString(36).slice(2)}`);
    const settings = createSettingsRepository(db);
    await settings.set('lastSeenNotesVersion', '0.2.0');
    await act(async () => root.render(<UpdateNotice db={db} version="0.10.0" notes={notes} />));
    await vi.waitFor(() => expect(container.querySelector('[role=status]')?.textContent).toContain('ten'));
    const dismiss = container.querySelector<HTMLButtonElement>('button[aria-label="Dismiss this note"]')!;
    await act(async () => dismiss.click());
    expect(container.querySelector('[role=status]')).toBeNull();
    await vi.waitFor(async () => expect(await settings.get('lastSeenNotesVersion')).toBe('0.10.0'));
  });
});
