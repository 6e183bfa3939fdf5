import type { ListBoard } from './list-board';

// Captured: tests/fixtures/real-pages/linkedin-loggedin-serp-python-it-2025.html. Every result is an <li> with
// data-occludable-job-id, rendered or not (LinkedIn fills the ones out of view later); older markup has
// data-job-id on the card itself.
export const linkedinList: ListBoard = {
  id: 'linkedin',
  host: /(^|\.)linkedin\.com$/,
  card: '[data-occludable-job-id], .job-card-container[data-job-id]',
  title: '.artdeco-entity-lockup__title strong, .job-card-list__title strong, .job-card-list__title',
  company: '.artdeco-entity-lockup__subtitle, .job-card-container__primary-description',
  jobId: (card) => card.getAttribute('data-occludable-job-id') ?? card.getAttribute('data-job-id'),
};
