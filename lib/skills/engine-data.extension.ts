import type { EngineData } from './engine-data';

// The extension's engine-data module (wxt.config.ts resolves ./engine-data here in its builds): the finder's
// index and the taxonomy's relations arrive with one fetch of a packaged asset (engine-data.json) and one
// JSON.parse, on a worker's first analysis; the whole taxonomy (taxonomy.json) only where the profile tools
// need it. Nothing of it is evaluated when the service worker (or a popup) starts.

let data: EngineData | undefined;
let taxonomy: unknown;

async function fetchAsset(name: string): Promise<unknown> {
  const response = await fetch(new URL(`/${name}`, self.location.href));
  if (!response.ok) throw new Error(`Gapmark could not load its skills data (${name}: ${response.status})`);
  const parsed: unknown = await response.json();
  if (!parsed || typeof parsed !== 'object') throw new Error(`Gapmark could not load ${name}: not an object`);
  return parsed;
}

/** `load` run once: later calls share its promise, and a failed load is tried again on the next call. */
function loadOnce(load: () => Promise<void>): () => Promise<void> {
  let pending: Promise<void> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

export const loadEngineData = loadOnce(async () => {
  const parsed = (await fetchAsset('engine-data.json')) as Partial<EngineData>;
  if (!parsed.skillIndex || !Array.isArray(parsed.relations))
    throw new Error('Gapmark could not load engine-data.json: malformed');
  data = { skillIndex: parsed.skillIndex, relations: parsed.relations };
});

export function engineData(): EngineData {
  if (!data) throw new Error('The skills engine was used before loadEngineData() resolved');
  return data;
}

export const loadTaxonomyData = loadOnce(async () => {
  taxonomy = await fetchAsset('taxonomy.json');
});

export function taxonomyData(): unknown {
  if (!taxonomy) throw new Error('The taxonomy was used before loadTaxonomyData() resolved');
  return taxonomy;
}
