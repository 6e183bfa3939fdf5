import { describe, expect, it } from 'vitest';
import { afterEngineData } from '../../../lib/background/after-engine-data';
import type { Handlers } from '../../../lib/messaging/server';

describe('afterEngineData', () => {
  const handlers = {
    'jobs.list': async () => ({ jobs: [] }),
    'jobs.rescoreAll': async () => ({ scored: 2, changed: 1 }),
  } satisfies Handlers;

  it('wraps only the named handlers, which still answer what they answered', async () => {
    const wrapped = afterEngineData(handlers, ['jobs.rescoreAll']);
    expect(wrapped['jobs.list']).toBe(handlers['jobs.list']);
    expect(wrapped['jobs.rescoreAll']).not.toBe(handlers['jobs.rescoreAll']);
    await expect(wrapped['jobs.rescoreAll']()).resolves.toEqual({ scored: 2, changed: 1 });
  });

  it('passes a handler error on', async () => {
    const failing = {
      'jobs.rescoreAll': async (): Promise<{ scored: number; changed: number }> => {
        throw new Error('no');
      },
    } satisfies Handlers;
    await expect(afterEngineData(failing, ['jobs.rescoreAll'])['jobs.rescoreAll']()).rejects.toThrow('no');
  });
});
