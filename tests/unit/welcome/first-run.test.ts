import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@/lib/db/database';
import { createSettingsRepository } from '@/lib/db/settings-repo';
import { onInstalled, registerFirstRun, type FirstRunApis } from '@/lib/background/first-run';
import { groupPopularSkills } from '@/lib/welcome/group-popular-skills';
import { createSkillLookup } from '@/lib/profile/skill-lookup';
import { POPULAR_SKILL_IDS } from '@/lib/profile/popular-skill-ids';
import { createDemoPageRuntime } from '@/lib/welcome/demo-page-runtime';
import { toExtensionDemoPage, buildDemoPages } from '../../../scripts/browser/demo-pages';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

let counter = 0;
const freshDb = () => openDatabase(`gapmark-first-run-${++counter}-${Math.random().toString(36).slice(2)}`);

function fakeApis(version = '1.2.0') {
  const created: string[] = [];
  let listener: ((d: { reason: string }) => void) | null = null;
  const apis: FirstRunApis = {
    runtime: {
      getURL: (path) => `chrome-extension://id${path}`,
      getManifest: () => ({ version }),
      onInstalled: { addListener: (l) => void (listener = l) },
    },
    tabs: { create: async ({ url }) => void created.push(url) },
  };
  return { apis, created, fire: (reason: string) => listener?.({ reason }) };
}

describe('first run', () => {
  it.each([
    ['install', ['chrome-extension://id/welcome.html']],
    ['update', []],
    ['chrome_update', []],
    ['shared_module_update', []],
  ])('onInstalled with reason %s opens %j', async (reason, expected) => {
    const db = await freshDb();
    const { apis, created } = fakeApis();
    await onInstalled(db, apis, { reason });
    expect(created).toEqual(expected);
  });

  it('a new install counts this version’s update notes as seen; an update leaves them to show', async () => {
    const db = await freshDb();
    const settings = createSettingsRepository(db);
    const { apis } = fakeApis('2.0.0');
    await onInstalled(db, apis, { reason: 'update' });
    expect(await settings.get('lastSeenNotesVersion')).toBe('');
    await onInstalled(db, apis, { reason: 'install' });
    expect(await settings.get('lastSeenNotesVersion')).toBe('2.0.0');
  });

  it('opens it once per profile, even when the browser reports a second install of the same build', async () => {
    const db = await freshDb();
    const { apis, created } = fakeApis();
    expect(await onInstalled(db, apis, { reason: 'install' })).toBe(true);
    expect(await onInstalled(db, apis, { reason: 'install' })).toBe(false);
    expect(created).toHaveLength(1);
  });

  it('registers the listener, and welcome.open opens the quick start', async () => {
    const db = await freshDb();
    const { apis, created, fire } = fakeApis();
    const handlers = registerFirstRun(db, apis);
    fire('install');
    await vi.waitFor(() => expect(created).toEqual(['chrome-extension://id/welcome.html']));
    await expect(handlers['welcome.open']({ section: 'quick-start' })).resolves.toEqual({ opened: true });
    expect(created[1]).toBe('chrome-extension://id/welcome.html#quick-start');
  });
});

describe('groupPopularSkills', () => {
  const lookup = createSkillLookup([
    { id: 'python', name: 'Python', aliases: [], category: 'language' },
    { id: 'react', name: 'React', aliases: [], category: 'framework' },
    { id: 'aws', name: 'AWS', aliases: [], category: 'cloud' },
    { id: 'docker', name: 'Docker', aliases: [], category: 'devops' },
    { id: 'figma', name: 'Figma', aliases: [], category: 'design' },
    { id: 'english', name: 'English', aliases: [], category: 'spoken-language' },
  ]);

  it('groups the known ids by kind, in the list’s order, dropping unknown ids and empty groups', () => {
    const groups = groupPopularSkills(
      ['docker', 'python', 'nope', 'aws', 'figma', 'react', 'english'],
      lookup,
    );
    expect(groups.map((g) => [g.label, g.skills.map((s) => s.id)])).toEqual([
      ['Languages', ['python']],
      ['Frameworks and libraries', ['react']],
      ['Cloud and DevOps', ['docker', 'aws']],
      ['Spoken languages', ['english']],
      ['Tools', ['figma']],
    ]);
  });

  it('the full popular list yields every id exactly once against a lookup that knows them all', () => {
    const all = createSkillLookup(
      [...POPULAR_SKILL_IDS].map((id) => ({ id, name: id, aliases: [], category: 'x' })),
    );
    const ids = groupPopularSkills(POPULAR_SKILL_IDS, all).flatMap((g) => g.skills.map((s) => s.id));
    expect(ids.sort()).toEqual([...POPULAR_SKILL_IDS].sort());
  });
});

describe('the demo posting shipped in the extension', () => {
  it('is the seed posting page, without the fixture server address, with its reading script', () => {
    const shipped = readFileSync(
      resolve(import.meta.dirname, '../../../entrypoints/demo-posting/index.html'),
      'utf8',
    );
    const seed = buildDemoPages()[0]!.html;
    expect(shipped).toBe(toExtensionDemoPage(seed));
    expect(shipped).not.toContain('127.0.0.1');
    expect(shipped).toContain('<script type="module" src="./main.ts"></script>');
    expect(shipped).toContain('"@type":"JobPosting"');
  });

  it('answers only page requests: other extension pages’ requests to the background pass by', () => {
    const added: ((m: unknown, s: unknown, r: (x: unknown) => void) => boolean)[] = [];
    const runtime = createDemoPageRuntime({
      onMessage: { addListener: (l) => void added.push(l), removeListener: () => undefined },
    });
    const inner = vi.fn(() => true);
    runtime.runtime.onMessage.addListener(inner);
    const send = (type: string) => added[0]!({ gapmark: 1, type, payload: {} }, {}, () => undefined);
    expect(send('jobs.list')).toBe(false);
    expect(send('profile.notifyChanged')).toBe(false);
    expect(send('page.getState')).toBe(true);
    runtime.notifyProfileChanged();
    expect(inner).toHaveBeenLastCalledWith(
      expect.objectContaining({ type: 'profile.changed' }),
      {},
      expect.any(Function),
    );
  });
});
