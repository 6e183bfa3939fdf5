import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { WelcomePage } from '@/components/welcome/WelcomePage';
import { getDatabase } from '@/lib/db/get-database';
import { loadProfileSkillServices } from '@/lib/profile/load-profile-skill-services';
import { notifyProfileChanged } from '@/lib/profile/notify-profile-changed';
import { DEMO_POSTING_PATH } from '@/lib/welcome/welcome-url';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <WelcomePage
      db={getDatabase()}
      loadServices={loadProfileSkillServices}
      onProfileChanged={notifyProfileChanged}
      demoUrl={browser.runtime.getURL(DEMO_POSTING_PATH as never)}
    />
  </StrictMode>,
);
