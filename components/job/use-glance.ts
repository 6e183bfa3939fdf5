import { useEffect, useState } from 'react';
import { sendRequest } from '@/lib/messaging/client';
import type { GlancePageReply } from '@/lib/messaging/requests-glance';
import type { PageState } from '@/lib/messaging/requests-page';

/** Asks the background what the person already did with the tab's posting (again when it is saved). */
export function useGlance(state: PageState | null): GlancePageReply | null {
  const [answer, setAnswer] = useState<{ key: string; reply: GlancePageReply } | null>(null);
  const posting = state?.isJobPosting ? state.posting : null;
  const url = posting ? (posting.url ?? state?.url ?? null) : null;
  // What the answer depends on: the posting's identity and its saved state.
  const key = posting && url ? JSON.stringify([url, posting.identifier, posting.title, state?.saved]) : '';
  useEffect(() => {
    if (!posting || !url) return;
    let current = true;
    sendRequest('glance.page', {
      url,
      identifier: posting.identifier,
      title: posting.title,
      company: posting.company,
      datePosted: posting.datePosted,
      postedText: null,
    }).then(
      (reply) => current && setAnswer({ key, reply }),
      () => undefined,
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names everything the request depends on
  }, [key]);
  return answer && answer.key === key ? answer.reply : null;
}
