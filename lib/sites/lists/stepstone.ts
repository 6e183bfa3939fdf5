import type { ListBoard } from './list-board';

// No captured list page: StepStone's result cards are <article data-testid="job-item" id="job-item-<id>">, the
// id of the posting's "--<id>-inline.html" URL.
export const stepstoneList: ListBoard = {
  id: 'stepstone',
  host: /(^|\.)stepstone\.[a-z.]+$/,
  card: 'article[data-testid="job-item"], article[id^="job-item-"]',
  title: '[data-testid="job-item-title"], [data-at="job-item-title"], h2',
  company: '[data-at="job-item-company-name"], [data-testid="job-item-company-name"]',
  jobId: (card) =>
    /(\d{5,})/.exec(card.id)?.[1] ??
    /--(\d{5,})-/.exec(card.querySelector('a[href*="--"]')?.getAttribute('href') ?? '')?.[1],
};
