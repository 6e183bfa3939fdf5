import { GapmarkDatabase } from './database';

let shared: GapmarkDatabase | undefined;

/**
 * The one database object of this extension page or service worker. Dexie opens it on first use. Never call
 * this from a content script (see GapmarkDatabase).
 */
export function getDatabase(): GapmarkDatabase {
  shared ??= new GapmarkDatabase();
  return shared;
}
