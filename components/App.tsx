import { useCallback, useState } from 'react';
import { browser } from 'wxt/browser';
import { JobTabContainer } from './JobTabContainer';
import { ProfileTab } from './profile/ProfileTab';
import { SavedTab, type SkillToAdd } from './saved/SavedTab';
import { Tabs, type TabDef } from './Tabs';
import { UpdateNotice } from './UpdateNotice';
import { getDatabase } from '@/lib/db/get-database';
import { createProfileRepository } from '@/lib/db/profile-repo';
import { addSkillFromGap } from '@/lib/profile/add-skill-from-gap';
import { notifyProfileChanged } from '@/lib/profile/notify-profile-changed';
import { usePopupStore } from '@/lib/store';
import { createSettingsRepository } from '@/lib/db/settings-repo';
import { sendRequest } from '@/lib/messaging/client';
import { createNotificationAsker } from '@/lib/popup/notification-permission';
import type { PopupTab } from '@/lib/store/ui-slice';

const TABS: TabDef<PopupTab>[] = [
  { id: 'job', label: 'This job' },
  { id: 'profile', label: 'Profile' },
  { id: 'saved', label: 'Saved' },
];

const syncReminders = () => void sendRequest('reminders.sync', {}).catch(() => undefined);

export function App() {
  const activeTab = usePopupStore((s) => s.activeTab);
  const setActiveTab = usePopupStore((s) => s.setActiveTab);
  const db = getDatabase();
  const [notifications] = useState(() => createNotificationAsker(createSettingsRepository(db)));
  const addToProfile = useCallback(
    async (skill: SkillToAdd) => {
      await addSkillFromGap(createProfileRepository(db, { onChange: notifyProfileChanged }), skill);
    },
    [db],
  );
  const openDashboard = useCallback(() => {
    void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  }, []);
  return (
    <div className="gm-app">
      <header className="gm-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <span className="gm-brand">Gapmark</span>
      </header>
      <UpdateNotice db={db} version={browser.runtime.getManifest().version} />
      <Tabs tabs={TABS} active={activeTab} onChange={setActiveTab} />
      <main
        role="tabpanel"
        id={`panel-${activeTab}`}
        aria-labelledby={`tab-${activeTab}`}
        className="gm-panel"
      >
        {activeTab === 'job' && <JobTabContainer />}
        {activeTab === 'profile' && <ProfileTab db={db} useStore={usePopupStore} />}
        {activeTab === 'saved' && (
          <SavedTab
            db={db}
            store={usePopupStore}
            onAddToProfile={addToProfile}
            onOpenDashboard={openDashboard}
            onReminderSet={notifications.ask}
            onRemindersChanged={syncReminders}
          />
        )}
      </main>
    </div>
  );
}
