// What went wrong with the browser's storage, in words a person can act on. Dexie wraps IndexedDB's errors and
// keeps their names ("QuotaExceededError"); older Firefox reports a full disk as NS_ERROR_DOM_QUOTA_REACHED.

const QUOTA = /quota|NS_ERROR_DOM_QUOTA_REACHED/i;

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException))
    return false;
  const { name, message } = error as { name?: string; message?: string };
  const inner = (error as { inner?: unknown }).inner;
  return QUOTA.test(name ?? '') || QUOTA.test(message ?? '') || (inner !== undefined && isQuotaError(inner));
}

/** "Could not import: the browser's storage for Gapmark is full. Nothing was changed. …" */
export function describeStorageError(error: unknown, action: string): string {
  if (isQuotaError(error)) {
    return (
      `Could not ${action}: the browser's storage for Gapmark is full. Nothing was changed. ` +
      'Free some space (delete saved jobs you no longer need, or other sites’ data) and try again.'
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Could not ${action}: ${detail}. Nothing was changed.`;
}
