import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SavedDashboard } from '@/components/saved/SavedDashboard';
import type { SkillToAdd } from '@/components/saved/SavedTab';
import { openDatabase } from '@/lib/db/database';
import { createProfileRepository } from '@/lib/db/profile-repo';
import { addSkillFromGap } from '@/lib/profile/add-skill-from-gap';
import { sendRequest } from '@/lib/messaging/client';

// Re-scoring needs the skills engine, which lives in the background: ask it, and carry on if it cannot.
const rescore = () => sendRequest('jobs.rescoreAll', {}).catch(() => undefined);

async function main() {
  const db = await openDatabase();
  const profile = createProfileRepository(db);
  const addToProfile = async (skill: SkillToAdd) => {
    await addSkillFromGap(profile, skill);
    await rescore();
  };
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <SavedDashboard db={db} onAddToProfile={addToProfile} onImported={() => void rescore()} />
    </StrictMode>,
  );
}

// Opening can fail (an upgrade step that cannot convert a row); say so instead of showing an empty list.
main().catch((error: unknown) => {
  const message = document.createElement('p');
  message.textContent = `Gapmark could not open your saved jobs: ${error instanceof Error ? error.message : String(error)}`;
  document.getElementById('root')!.replaceChildren(message);
});
