import { usePopupStore } from '@/lib/store';
import type { PopupTab } from '@/lib/store/ui-slice';
import { CurrentJob } from './CurrentJob';
import { Tabs, type TabDef } from './Tabs';

const TABS: TabDef<PopupTab>[] = [
  { id: 'job', label: 'This job' },
  { id: 'profile', label: 'Profile' },
  { id: 'saved', label: 'Saved' },
];

export function App() {
  const activeTab = usePopupStore((s) => s.activeTab);
  const setActiveTab = usePopupStore((s) => s.setActiveTab);
  return (
    <div className="gm-app">
      <header className="gm-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <span className="gm-brand">Gapmark</span>
      </header>
      <Tabs tabs={TABS} active={activeTab} onChange={setActiveTab} />
      <section
        role="tabpanel"
        id={`panel-${activeTab}`}
        aria-labelledby={`tab-${activeTab}`}
        className="gm-panel"
      >
        {activeTab === 'job' && <CurrentJob />}
        {activeTab === 'profile' && <p className="gm-muted">Your skills profile is empty.</p>}
        {activeTab === 'saved' && <p className="gm-muted">No saved jobs yet.</p>}
      </section>
    </div>
  );
}
