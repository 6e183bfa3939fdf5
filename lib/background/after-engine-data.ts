import type { Handlers } from '@/lib/messaging/server';
import { loadEngineData } from '@/lib/skills/engine-data';

type AnyHandler = (payload: never, sender: unknown) => unknown;

/**
 * The same handlers, those named first waiting for the skills engine's data (lib/skills/engine-data: fetched
 * once, on first need, in the extension). The others answer at once, without loading it.
 */
export function afterEngineData<H extends Handlers>(handlers: H, names: readonly (keyof H & string)[]): H {
  const wrapped: Record<string, AnyHandler> = { ...(handlers as Record<string, AnyHandler>) };
  for (const name of names) {
    const handler = wrapped[name];
    if (!handler) continue;
    wrapped[name] = async (payload, sender) => {
      await loadEngineData();
      return handler(payload, sender);
    };
  }
  return wrapped as H;
}
