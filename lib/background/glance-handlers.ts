import type { GapmarkDatabase } from '@/lib/db/database';
import { createSavedJobsRepository } from '@/lib/db/saved-jobs-repo';
import { createSeenPostingsRepository } from '@/lib/db/seen-postings-repo';
import { createSettingsRepository } from '@/lib/db/settings-repo';
import type { Handlers } from '@/lib/messaging/server';
import { boardJobKey } from '@/lib/saved/board-job-key';
import { canonicalizeUrl } from '@/lib/saved/canonical-url';
import { matchCards } from '@/lib/saved/match-cards';
import {
  describePostingAge,
  parseRelativeAge,
  savedLine,
  saysReposted,
  shortDate,
} from '@/lib/saved/posting-age';
import { findLookAlike } from '@/lib/saved/same-job';

export interface GlanceHandlerOptions {
  now?: () => number;
  /** Tells every tab that saved data or settings changed (the content scripts ask again). */
  broadcast?: () => Promise<unknown>;
}

/** The key of a posting in the seen table: its canonical URL, else its board job id (as with-first-seen.ts). */
const seenKeyOf = (url: string | null | undefined): string | null => canonicalizeUrl(url) ?? boardJobKey(url);

/** Only http(s) links are offered on a page (a stored URL is data, never a script to run). */
const safeLink = (url: string): string | null => (/^https?:\/\//i.test(url) ? url : null);

export function createGlanceHandlers(db: GapmarkDatabase, options: GlanceHandlerOptions = {}) {
  const now = options.now ?? Date.now;
  const saved = createSavedJobsRepository(db);
  const seen = createSeenPostingsRepository(db);
  const settings = createSettingsRepository(db);
  return {
    'glance.page': async ({ url, identifier, title, company, datePosted, postedText }) => {
      const at = now();
      const relative = datePosted ? null : parseRelativeAge(postedText, at);
      const key = seenKeyOf(url);
      const [job, jobs, row] = await Promise.all([
        saved.find({ url, identifier }),
        saved.list(),
        key ? seen.record(key, at, datePosted ?? relative?.date ?? null, relative?.atLeast ?? false) : null,
      ]);
      const lookAlike = job
        ? null
        : findLookAlike(jobs, { title, company, canonicalUrl: canonicalizeUrl(url) });
      const age = describePostingAge(
        {
          datePosted: datePosted ?? row?.datePosted ?? job?.datePosted ?? null,
          atLeast: !datePosted && (row?.atLeast ?? false),
          firstSeenAt: job?.firstSeenAt ?? row?.firstSeenAt ?? null,
          earlier: lookAlike,
          boardSaysReposted: saysReposted(postedText),
        },
        at,
      );
      const link = lookAlike ? safeLink(lookAlike.url) : null;
      return {
        saved: job ? { id: job.id, status: job.status, line: savedLine(job, at) } : null,
        lookAlike:
          lookAlike && link
            ? {
                id: lookAlike.id,
                url: link,
                title: lookAlike.title,
                company: lookAlike.company,
                line: `Looks like a job you saved ${shortDate(lookAlike.savedAt, at)} (${lookAlike.status})`,
              }
            : null,
        age: age.line,
        reposted: age.reposted,
        stale: age.stale,
      };
    },
    'glance.cards': async ({ cards }) => {
      const enabled = await settings.get('listBadges');
      if (!enabled) return { enabled, marks: [] };
      const [jobs, hidden] = await Promise.all([saved.list(), settings.get('hiddenCompanies')]);
      return { enabled, marks: matchCards(cards, jobs, hidden) };
    },
    'glance.notifyTabs': async () => {
      await options.broadcast?.();
      return { notified: options.broadcast !== undefined };
    },
    'glance.setListBadges': async ({ enabled }) => {
      await settings.set('listBadges', enabled);
      await options.broadcast?.();
      return { enabled };
    },
  } satisfies Handlers;
}
