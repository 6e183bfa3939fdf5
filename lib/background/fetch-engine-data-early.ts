import { loadEngineData } from '@/lib/skills/engine-data';

// Imported right after mark-worker-start by the background entrypoint: a service worker starts fetching the
// engine's data before it evaluates the rest of its modules (Dexie, Zod schemas: tens of ms on a cold start),
// so the asset is read by the time the worker can answer. Only in a service worker: WXT also imports the
// entrypoint in Node while building, and Firefox's event page fetches it from main().
const { ServiceWorkerGlobalScope } = globalThis as { ServiceWorkerGlobalScope?: abstract new () => unknown };
if (ServiceWorkerGlobalScope && globalThis instanceof ServiceWorkerGlobalScope)
  void loadEngineData().catch(() => undefined); // main() loads again, and reports a failure
