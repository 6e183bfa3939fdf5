import type { JobStatus } from '../schemas/job-status';
import { boardJobKey } from './board-job-key';
import { foldCompany, isNearIdenticalTitle } from './same-job';

// Search-list cards against saved jobs: by the board's job id where the card gives one, else by company and a
// near-identical title. Pure; the background runs it (the content script sends what the cards say).

export interface ListCard {
  /** "board:id" (lib/saved/board-job-key.ts) where the card carries the board's id. */
  key: string | null;
  title: string | null;
  company: string | null;
}

export interface CardMark {
  status: JobStatus | null;
  /** Rejected or archived, or a company the person hid: shown dimmed, never removed. */
  dim: boolean;
}

export interface MatchableJob {
  url: string;
  canonicalUrl: string | null;
  title: string;
  company: string | null;
  status: JobStatus;
}

const CLOSED: ReadonlySet<JobStatus> = new Set(['rejected', 'archived']);

/** One mark per card, in the cards' order. */
export function matchCards(
  cards: readonly ListCard[],
  jobs: readonly MatchableJob[],
  hiddenCompanies: readonly string[] = [],
): CardMark[] {
  const byKey = new Map<string, MatchableJob>();
  const byCompany = new Map<string, MatchableJob[]>();
  for (const job of jobs) {
    const key = boardJobKey(job.canonicalUrl) ?? boardJobKey(job.url);
    if (key && !byKey.has(key)) byKey.set(key, job);
    const company = foldCompany(job.company);
    if (company) byCompany.set(company, [...(byCompany.get(company) ?? []), job]);
  }
  const hidden = new Set(hiddenCompanies.map(foldCompany).filter(Boolean));
  return cards.map((card) => {
    const company = foldCompany(card.company);
    // A card that carries the board's id is that posting and no other; only cards without one fall back.
    const job = card.key
      ? byKey.get(card.key)
      : company
        ? byCompany.get(company)?.find((j) => isNearIdenticalTitle(j.title, card.title))
        : undefined;
    const status = job?.status ?? null;
    return {
      status,
      dim: (status !== null && CLOSED.has(status)) || (company !== '' && hidden.has(company)),
    };
  });
}
