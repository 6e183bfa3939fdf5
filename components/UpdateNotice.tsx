import { useEffect, useState } from 'react';
import type { GapmarkDatabase } from '@/lib/db/database';
import { createSettingsRepository } from '@/lib/db/settings-repo';
import { noteToShow, UPDATE_NOTES, type UpdateNote } from '@/lib/welcome/update-notes';

interface UpdateNoticeProps {
  db: GapmarkDatabase;
  /** The running version (the manifest's). */
  version: string;
  notes?: readonly UpdateNote[];
}

/** One dismissible line after an update that changed what the person sees; dismissing marks it seen. */
export function UpdateNotice({ db, version, notes = UPDATE_NOTES }: UpdateNoticeProps) {
  const [note, setNote] = useState<UpdateNote | null>(null);
  useEffect(() => {
    let live = true;
    createSettingsRepository(db)
      .get('lastSeenNotesVersion')
      .then(
        (seen) => live && setNote(noteToShow(notes, seen, version)),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [db, version, notes]);
  if (!note) return null;
  const dismiss = () => {
    setNote(null);
    void createSettingsRepository(db)
      .set('lastSeenNotesVersion', version)
      .catch(() => undefined);
  };
  return (
    <div className="gm-update" role="status">
      <span>{note.text}</span>
      <button type="button" className="gm-update-dismiss" aria-label="Dismiss this note" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
