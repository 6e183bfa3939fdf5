import { useEffect, useState } from 'react';
import { sendTabRequest } from '@/lib/messaging/client';
import type { PageState } from '@/lib/messaging/requests-page';
import { findTargetTab } from '@/lib/popup/target-tab';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'inactive'; url?: string }
  | { kind: 'page'; state: PageState };

/** The "This job" tab: what the content script of the current tab has read. */
export function CurrentJob() {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const tab = await findTargetTab();
      if (!tab) return !cancelled && setLoaded({ kind: 'no-tab' });
      try {
        const state = await sendTabRequest(tab.id, 'page.getState', {});
        if (!cancelled) setLoaded({ kind: 'page', state });
      } catch {
        if (!cancelled) setLoaded({ kind: 'inactive', url: tab.url });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  if (loaded.kind === 'loading') return <p className="gm-muted">Reading this page…</p>;
  if (loaded.kind === 'no-tab') return <p className="gm-muted">No page is open in this window.</p>;
  if (loaded.kind === 'inactive')
    return (
      <div className="gm-empty" data-testid="job-inactive">
        <h2>Gapmark is not reading this page</h2>
        <p>It runs on the known job boards. Open a job posting there, or enable Gapmark on this site.</p>
      </div>
    );
  const { state } = loaded;
  if (!state.isJobPosting)
    return (
      <div className="gm-empty" data-testid="job-not-posting">
        <h2>This page is not a job posting</h2>
        <p>Open one posting (not a list of results) and Gapmark marks what it asks for.</p>
      </div>
    );
  return (
    <div data-testid="job-ready">
      <h2>{state.title}</h2>
      {state.company && <p className="gm-muted">{state.company}</p>}
    </div>
  );
}
