import type { GapmarkDatabase } from '@/lib/db/database';
import { SavedTab, type SavedTabProps } from './SavedTab';

export interface SavedDashboardProps {
  db: GapmarkDatabase;
  onAddToProfile?: SavedTabProps['onAddToProfile'];
  onImported?: SavedTabProps['onImported'];
  onReminderSet?: SavedTabProps['onReminderSet'];
  onRemindersChanged?: SavedTabProps['onRemindersChanged'];
}

/** The full-page view of saved jobs (dashboard.html), for lists too long for the popup. */
export function SavedDashboard({ db, ...handlers }: SavedDashboardProps) {
  return (
    <main className="gm-dashboard">
      <h1>Gapmark · Saved jobs</h1>
      <SavedTab db={db} layout="page" {...handlers} />
    </main>
  );
}
