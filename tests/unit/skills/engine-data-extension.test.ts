// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

// The extension's loader of the skills engine's data (lib/skills/engine-data.extension.ts): one fetch shared by
// every caller, and a failed fetch tried again on the next call rather than remembered.

beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllGlobals());

const answer = (body: unknown, status = 200) =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

it('fetches engine-data.json once for every caller', async () => {
  const fetch = vi.fn(() => answer({ skillIndex: { v: 1 }, relations: [] }));
  vi.stubGlobal('fetch', fetch);
  const loader = await import('@/lib/skills/engine-data.extension');
  expect(() => loader.engineData()).toThrow(/before loadEngineData/);
  await Promise.all([loader.loadEngineData(), loader.loadEngineData()]);
  await loader.loadEngineData();
  expect(fetch).toHaveBeenCalledTimes(1);
  expect(loader.engineData()).toEqual({ skillIndex: { v: 1 }, relations: [] });
});

it('tries again after a failed load, and refuses a malformed asset', async () => {
  const fetch = vi
    .fn()
    .mockImplementationOnce(() => answer({}, 404))
    .mockImplementationOnce(() => answer({ skillIndex: { v: 1 } }))
    .mockImplementation(() => answer({ skillIndex: { v: 2 }, relations: [] }));
  vi.stubGlobal('fetch', fetch);
  const loader = await import('@/lib/skills/engine-data.extension');
  await expect(loader.loadEngineData()).rejects.toThrow(/engine-data.json: 404/);
  await expect(loader.loadEngineData()).rejects.toThrow(/malformed/);
  await loader.loadEngineData();
  expect(fetch).toHaveBeenCalledTimes(3);
  expect(loader.engineData().skillIndex).toEqual({ v: 2 });
});
