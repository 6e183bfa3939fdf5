import { useEffect, useState } from 'react';
import { getDatabase } from '@/lib/db/get-database';
import { createSettingsRepository } from '@/lib/db/settings-repo';
import { sendRequest } from '@/lib/messaging/client';

/**
 * The one switch of the search-list badges: saved jobs' status on the boards' result cards, rejected or
 * archived ones and hidden companies dimmed. Off, the lists are left exactly as the board made them.
 */
export function ListBadgesToggle() {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    createSettingsRepository(getDatabase())
      .get('listBadges')
      .then(setEnabled, () => setEnabled(true));
  }, []);
  if (enabled === null) return null;
  return (
    <div className="gm-list-badges">
      <label>
        <input
          type="checkbox"
          name="listBadges"
          checked={enabled}
          onChange={(event) => {
            const next = event.target.checked;
            setEnabled(next);
            setError(null);
            sendRequest('glance.setListBadges', { enabled: next }).catch((failure: unknown) => {
              setEnabled(!next);
              setError(failure instanceof Error ? failure.message : String(failure));
            });
          }}
        />{' '}
        Show my saved jobs on search lists (badges, dimmed rejected and hidden)
      </label>
      {error && (
        <p role="alert" className="gm-error">
          {error}
        </p>
      )}
    </div>
  );
}
