export { STATUS_LABELS } from '@/lib/saved/status-labels';

export const formatDate = (ms: number): string =>
  new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
