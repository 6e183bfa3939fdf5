import type { JobStatus } from '../schemas/job-status';
import { STATUS_LABELS } from './status-labels';

// How old a posting is: the date it was posted (JSON-LD datePosted, or the board's "3 days ago" turned into a
// date on the day it was read), when the person first saw it, and "posted over 30 days ago" or "reposted" where
// that is known. Pure, with the clock as an argument; dates are calendar days in UTC.

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const STALE_DAYS = 30;

/** "12 Nov", with the year when it is not the year of `now`. */
export function shortDate(ms: number, now: number): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const text = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
  return year === new Date(now).getUTCFullYear() ? text : `${text} ${year}`;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const UNIT_DAYS: [RegExp, number][] = [
  [/^(?:minute|min|hour|hr|stunde|minute|ora|or[ae]|heure|時間|分)/i, 0],
  [/^(?:day|tag|giorn|jour|d[ií]a|日)/i, 1],
  [/^(?:week|woche|settiman|semaine|semana|週)/i, 7],
  [/^(?:month|monat|mes|mois|か月|ヶ月|ケ月)/i, 30],
];

// "3 days ago", "30+ days ago", "Posted 2 weeks ago", "vor 3 Tagen", "3 giorni fa", "il y a 3 jours", "3日前".
const RELATIVE =
  /(?:^|\s)(vor\s|il y a\s|hace\s)?(\d{1,3})(\+?)\s*(minutes?|mins?|hours?|hrs?|days?|weeks?|months?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|or[ae]|giorni|giorno|settimane?|mes[ei]|heures?|jours?|semaines?|mois|d[ií]as?|semanas?|meses|時間|分|日|週間?|か月|ヶ月|ケ月)\s*(ago|fa|前)?$/iu;
const TODAY = /^(?:just posted|today|posted today|new|heute|oggi|aujourd'hui|hoy|本日|今日)$/i;
const YESTERDAY = /^(?:yesterday|posted yesterday|gestern|ieri|hier|ayer|昨日)$/i;

export interface RelativeAge {
  /** ISO calendar day the posting was put up, as near as the text says. */
  date: string;
  /** "30+ days ago": at least that old. */
  atLeast: boolean;
}

/** Reads a board's "3 days ago" text as a date relative to `now`; null when the text is not such a phrase. */
export function parseRelativeAge(text: string | null | undefined, now: number): RelativeAge | null {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!clean || clean.length > 60) return null;
  if (/\b(?:active|aktiv|updated|aktualisiert)\b/i.test(clean)) return null; // the employer's activity, not the posting
  if (TODAY.test(clean) || /^(?:reposted|posted)?\s*\d+\s*(?:minutes?|hours?)\s+ago$/i.test(clean))
    return { date: isoDay(now), atLeast: false };
  if (YESTERDAY.test(clean)) return { date: isoDay(now - DAY_MS), atLeast: false };
  const found = RELATIVE.exec(clean);
  // "vor 3 Tagen" or "3 days ago": a number of units alone ("in 3 days", "3 days left") is no age.
  if (!found || !(found[1] || found[5])) return null;
  const unit = UNIT_DAYS.find(([pattern]) => pattern.test(found[4]!));
  if (!unit) return null;
  const days = Number(found[2]) * unit[1];
  return { date: isoDay(now - days * DAY_MS), atLeast: found[3] === '+' };
}

export interface PostingAgeInput {
  /** ISO date (or date-time) of the posting, where known. */
  datePosted: string | null;
  /** When the person's browser first analysed this posting (epoch ms), where known. */
  firstSeenAt: number | null;
  /** The date posted was "30+ days ago" (at least). */
  atLeast?: boolean;
  /** A look-alike saved earlier under another URL (lib/saved/same-job.ts): when it was saved and posted. */
  earlier?: { savedAt: number; datePosted: string | null } | null;
  /** The board itself says so ("Reposted 2 weeks ago"). */
  boardSaysReposted?: boolean;
}

/** The board's age text says the posting was reposted ("Reposted 2 weeks ago", "Ripubblicato 3 giorni fa"). */
export const saysReposted = (text: string | null | undefined): boolean =>
  /^\s*(?:re-?posted|ripubblicat|republié|erneut)/i.test(text ?? '');

export interface PostingAge {
  postedAt: number | null;
  firstSeenAt: number | null;
  stale: boolean;
  reposted: boolean;
  /** "Posted 3 Nov · first seen 4 Nov · posted over 30 days ago", or null when nothing is known. */
  line: string | null;
}

const parseDay = (iso: string | null | undefined): number | null => {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(ms) ? ms : null;
};

export function describePostingAge(input: PostingAgeInput, now: number): PostingAge {
  const postedAt = parseDay(input.datePosted);
  const firstSeenAt = input.firstSeenAt;
  const stale = postedAt !== null && (now - postedAt) / DAY_MS > STALE_DAYS;
  // Reposted: the same job was already there before this posting's date (saved, or posted, earlier).
  const earlierAt = input.earlier
    ? Math.min(input.earlier.savedAt, parseDay(input.earlier.datePosted) ?? Infinity)
    : null;
  const reposted =
    input.boardSaysReposted === true ||
    (postedAt !== null && earlierAt !== null && earlierAt < postedAt - DAY_MS);
  const parts: string[] = [];
  if (postedAt !== null) parts.push(`Posted ${input.atLeast ? 'before ' : ''}${shortDate(postedAt, now)}`);
  if (firstSeenAt !== null)
    parts.push(`${parts.length ? 'first' : 'First'} seen ${shortDate(firstSeenAt, now)}`);
  if (stale) parts.push(`posted over ${STALE_DAYS} days ago`);
  if (reposted)
    parts.push(earlierAt !== null ? `reposted (first seen ${shortDate(earlierAt, now)})` : 'reposted');
  return { postedAt, firstSeenAt, stale, reposted, line: parts.length ? parts.join(' · ') : null };
}

export interface StatusChangeLike {
  status: JobStatus;
  at: number;
}

/**
 * "Saved 12 Nov · Applied 14 Nov": when it was saved, when applied (if ever), and the current status with its
 * date when it is a later step.
 */
export function savedLine(
  job: { savedAt: number; status: JobStatus; statusHistory: StatusChangeLike[] },
  now: number,
): string {
  const parts = [`Saved ${shortDate(job.savedAt, now)}`];
  const applied = job.statusHistory.find((change) => change.status === 'applied');
  if (applied) parts.push(`Applied ${shortDate(applied.at, now)}`);
  if (job.status !== 'saved' && job.status !== 'applied') {
    const last = [...job.statusHistory].reverse().find((change) => change.status === job.status);
    parts.push(`${STATUS_LABELS[job.status]}${last ? ` ${shortDate(last.at, now)}` : ''}`);
  }
  return parts.join(' · ');
}
