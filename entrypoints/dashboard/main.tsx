import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SavedDashboard } from '@/components/saved/SavedDashboard';
import type { SkillToAdd } from '@/components/saved/SavedTab';
import { openDatabase } from '@/lib/db/database';
import { createProfileRepository } from '@/lib/db/profile-repo';
import { addSkillFromGap } from '@/lib/profile/add-skill-from-gap';
import { sendRequest } from '@/lib/messaging/client';
import { createSettingsRepository } from '@/lib/db/settings-repo';
import { createNotificationAsker } from '@/lib/popup/notification-permission';

// Re-scoring needs the skills engine, which lives in the background: ask it, and carry on if it cannot.
const rescore = () => sendRequest('jobs.rescoreAll', {}).catch(() => undefined);
// Follow-up dates live in the database this page writes; the background keeps the alarm, so tell it.
const syncReminders = () => void sendRequest('reminders.sync', {}).catch(() => undefined);

async function main() {
  const db = await openDatabase();
  const profile = createProfileRepository(db);
  const notifications = createNotificationAsker(createSettingsRepository(db));
  const addToProfile = async (skill: SkillToAdd) => {
    await addSkillFromGap(profile, skill);
    await rescore();
  };
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <SavedDashboard
        db={db}
        onAddToProfile={addToProfile}
        onImported={() => {
          void rescore();
          syncReminders();
        }}
        onReminderSet={notifications.ask}
        onRemindersChanged={syncReminders}
      />
    </StrictMode>,
  );
}

// Opening can fail (an upgrade step that cannot convert a row); say so instead of showing an empty list.
main().catch((error: unknown) => {
  const message = document.createElement('p');
  message.textContent = `Gapmark could not open your saved jobs: ${error instanceof Error ? error.message : String(error)}`;
  document.getElementById('root')!.replaceChildren(message);
});
