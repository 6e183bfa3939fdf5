import { useCallback, useEffect, useMemo, useState } from 'react';
import { JobTab, type JobTabStatus } from '@/components/job/JobTab';
import type { AddableSkill } from '@/components/job/build-job-rows';
import { createProfileRepository } from '@/lib/db/profile-repo';
import { getDatabase } from '@/lib/db/get-database';
import { createSettingsRepository } from '@/lib/db/settings-repo';
import { findDealbreakers } from '@/lib/match/dealbreakers';
import { DEFAULT_PREFERENCES, type Preferences } from '@/lib/schemas/preferences';
import { sendRequest, sendTabRequest } from '@/lib/messaging/client';
import type { PageState } from '@/lib/messaging/requests-page';
import { addSkillFromGap } from '@/lib/profile/add-skill-from-gap';
import { notifyProfileChanged } from '@/lib/profile/notify-profile-changed';
import { canEnableSite, loadTabState } from '@/lib/popup/load-tab-state';
import { enableOnSite } from '@/lib/popup/site-access';
import { findTargetTab } from '@/lib/popup/target-tab';
import { downloadFile } from '@/lib/export/download-file';
import { readReportFilename } from '@/lib/sites/read-report';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { welcomePath } from '@/lib/welcome/welcome-url';
import { GlanceLines } from '@/components/job/GlanceLines';
import { useGlance } from '@/components/job/use-glance';

interface Loaded {
  status: JobTabStatus;
  tab: { id: number; url?: string } | null;
  state: PageState | null;
  canEnableSite: boolean;
  error: string | null;
}

const LOADING: Loaded = { status: 'loading', tab: null, state: null, canEnableSite: false, error: null };

function statusOf(state: PageState): JobTabStatus {
  return state.isJobPosting && state.analysis && state.match ? 'ready' : 'not-posting';
}

/** The "This job" tab: asks the current tab's content script what it read, and acts on it. */
export function JobTabContainer() {
  const [loaded, setLoaded] = useState<Loaded>(LOADING);
  const [preferences, setPreferences] = useState<Preferences>(DEFAULT_PREFERENCES);
  const [hiddenCompanies, setHiddenCompanies] = useState<string[]>([]);
  const profileSkills = useLiveQuery(() => getDatabase().profileSkills.count(), [], null);

  useEffect(() => {
    const settings = createSettingsRepository(getDatabase());
    settings.get('preferences').then(setPreferences, () => undefined);
    settings.get('hiddenCompanies').then(setHiddenCompanies, () => undefined);
  }, []);
  const analysis = loaded.state?.analysis;
  const dealbreakers = useMemo(
    () => (analysis?.isJobPosting ? findDealbreakers(analysis, preferences, hiddenCompanies) : null),
    [analysis, preferences, hiddenCompanies],
  );

  const glance = useGlance(loaded.state);

  const load = useCallback(async () => {
    const tab = await findTargetTab();
    if (!tab) return setLoaded({ ...LOADING, status: 'no-access' });
    const lookup = await loadTabState(tab);
    if (lookup.kind === 'no-access') {
      setLoaded({ status: 'no-access', tab, state: null, canEnableSite: lookup.canEnableSite, error: null });
    } else {
      const enable = lookup.state.isJobPosting ? false : await canEnableSite(tab.url);
      setLoaded({
        status: statusOf(lookup.state),
        tab,
        state: lookup.state,
        canEnableSite: enable,
        error: null,
      });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const refresh = async () => {
    if (!loaded.tab) return;
    const state = await sendTabRequest(loaded.tab.id, 'page.refresh', {});
    setLoaded((current) => ({ ...current, state, status: statusOf(state) }));
  };

  const onAddToProfile = async (_skillId: string, skill: AddableSkill) => {
    const repo = createProfileRepository(getDatabase(), { onChange: notifyProfileChanged });
    await addSkillFromGap(repo, skill);
    await refresh();
  };

  const onSave = async () => {
    const { state, tab } = loaded;
    if (!state?.analysis || !tab) return;
    try {
      await sendRequest('jobs.save', {
        analysis: state.analysis,
        match: state.match,
        url: state.posting?.url ?? state.url,
        identifier: state.posting?.identifier ?? null,
        salary: state.posting?.salary?.display ?? null,
        datePosted: state.posting?.datePosted ?? null,
      });
      await refresh();
    } catch (error) {
      setLoaded((current) => ({ ...current, error: error instanceof Error ? error.message : String(error) }));
    }
  };

  const onSaveReport = async () => {
    if (!loaded.tab) return;
    try {
      const report = await sendTabRequest(loaded.tab.id, 'page.readReport', {});
      if (report)
        downloadFile(readReportFilename(report), JSON.stringify(report, null, 2), 'application/json');
    } catch (error) {
      setLoaded((current) => ({ ...current, error: error instanceof Error ? error.message : String(error) }));
    }
  };

  const onEnableSite = async () => {
    if (!loaded.tab) return;
    if (await enableOnSite(loaded.tab)) await load();
  };

  return (
    <>
      <JobTab
        status={loaded.status}
        analysis={loaded.state?.analysis ?? null}
        match={loaded.state?.match ?? null}
        canEnableSite={loaded.canEnableSite}
        saved={loaded.state?.saved !== null && loaded.state?.saved !== undefined}
        dealbreakers={dealbreakers}
        glance={<GlanceLines glance={glance} />}
        onEnableSite={() => void onEnableSite()}
        onAddToProfile={(id, skill) => void onAddToProfile(id, skill)}
        onSave={() => void onSave()}
        couldNotRead={loaded.state?.couldNotRead ?? null}
        onSaveReport={() => void onSaveReport()}
        profileSkills={profileSkills}
        onStartProfile={() =>
          void browser.tabs.create({ url: browser.runtime.getURL(welcomePath('quick-start') as never) })
        }
      />
      {loaded.error && (
        <p role="alert" className="gm-error">
          {loaded.error}
        </p>
      )}
    </>
  );
}
