import { browser } from 'wxt/browser';
import { BOARD_MATCHES } from '@/lib/sites/matches';

// Sites beyond the known job boards: the user grants one origin at a time ("Enable on this site" asks for an
// optional host permission), and Gapmark registers its content script for exactly the granted origins. The
// registration is rebuilt from the granted permissions at start-up and whenever they change, so revoking a site
// in the browser's settings also stops the script there.

export const GRANTED_SCRIPT_ID = 'gapmark-granted-sites';
export const CONTENT_SCRIPT_FILE = 'content-scripts/job.js';

/** The match pattern that stands for one site: "https://jobs.example.com/*". */
export function originPattern(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'https:' && protocol !== 'http:') return null;
    return `${protocol}//${hostname}/*`;
  } catch {
    return null;
  }
}

const boardHosts = BOARD_MATCHES.map((pattern) => pattern.replace(/^\*:\/\//, '').replace(/\/.*$/, ''));

/** Whether a host is one of the known boards (already covered by the static content-script matches). */
export function isBoardHost(hostname: string): boolean {
  return boardHosts.some((host) =>
    host.startsWith('*.')
      ? hostname === host.slice(2) || hostname.endsWith(host.slice(1))
      : hostname === host,
  );
}

/**
 * Granted single-site origins that the static board matches and the manifest's own content-script matches do not
 * already cover. Firefox lists a content script's matches among the granted origins (Chromium does not): without
 * the second test, a build whose content script matches a single site (the demo's 127.0.0.1) would register the
 * script a second time there, and Firefox would run both copies in the page (two chips).
 */
export function extraOrigins(granted: string[], staticMatches: readonly string[] = []): string[] {
  const covered = new Set(staticMatches);
  return granted.filter((origin) => {
    const site = /^https?:\/\/([^*/]+)\/\*$/.exec(origin);
    return site !== null && !isBoardHost(site[1]!) && !covered.has(origin);
  });
}

/** Every match pattern of the manifest's content scripts. */
const manifestMatches = (): string[] =>
  (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);

export async function syncGrantedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = extraOrigins(origins, manifestMatches());
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [GRANTED_SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [GRANTED_SCRIPT_ID] });
  if (matches.length) {
    await browser.scripting.registerContentScripts([
      {
        id: GRANTED_SCRIPT_ID,
        matches,
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return matches;
}

export function watchGrantedSites() {
  const sync = () => void syncGrantedSites().catch((error) => console.error('Gapmark: site access', error));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
}
