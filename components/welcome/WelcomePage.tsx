import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { GapmarkDatabase } from '@/lib/db/database';
import { createProfileRepository } from '@/lib/db/profile-repo';
import { workingSkillDraft } from '@/lib/profile/add-skill-from-gap';
import type { CvSkillFinding } from '@/lib/profile/extract-cv-skills';
import { readJsonResume } from '@/lib/profile/json-resume';
import { POPULAR_SKILL_IDS } from '@/lib/profile/popular-skill-ids';
import type { CatalogSkill } from '@/lib/profile/skill-lookup';
import type { ProfileSkillServices } from '@/lib/profile/taxonomy-skill-services';
import { useProfileUiStore } from '@/lib/store/profile-slice';
import { groupPopularSkills } from '@/lib/welcome/group-popular-skills';

import { CvImportPanel } from '@/components/profile/CvImportPanel';
import { ProfileStoreContext } from '@/components/profile/profile-store-context';
import { JsonResumeStart } from './JsonResumeStart';
import { PopularSkillsStart } from './PopularSkillsStart';
import '@/components/profile/profile.css';
import '@/components/palette.css';
import './welcome.css';

export interface WelcomePageProps {
  db: GapmarkDatabase;
  loadServices(): Promise<ProfileSkillServices>;
  /** Tells the background, so open postings re-score. */
  onProfileChanged(): void;
  /** The demo posting's address inside the extension. */
  demoUrl: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The page that opens once, on install: what Gapmark does, what stays private, and three quick starts. */
export function WelcomePage({ db, loadServices, onProfileChanged, demoUrl }: WelcomePageProps) {
  const repo = useMemo(
    () => createProfileRepository(db, { onChange: onProfileChanged }),
    [db, onProfileChanged],
  );
  const skills = useLiveQuery(() => db.profileSkills.toArray(), [db]);
  const inProfile = useMemo(() => new Set((skills ?? []).map((s) => s.skillId)), [skills]);
  const [services, setServices] = useState<ProfileSkillServices | null>(null);
  const [notice, setNotice] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void loadServices().then(setServices, (error: unknown) =>
      setNotice({ kind: 'error', text: `The skills list could not be loaded: ${String(error)}` }),
    );
    // The CV panel is the popup's: open it here from the start.
    useProfileUiStore.getState().openProfilePanel('cv');
  }, [loadServices]);

  const groups = useMemo(
    () => (services ? groupPopularSkills(POPULAR_SKILL_IDS, services.lookup) : null),
    [services],
  );

  const run = useCallback(async (action: () => Promise<string>) => {
    try {
      setNotice({ kind: 'info', text: await action() });
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  const addFindings = (findings: CvSkillFinding[]) =>
    void run(async () => {
      const result = await repo.merge(findings.map((f) => workingSkillDraft(f)));
      useProfileUiStore.getState().setProfileCvFindings(null, []);
      useProfileUiStore.getState().openProfilePanel('cv');
      return `Added ${plural(result.added.length, 'skill')} from your text.`;
    });

  const importFile = (file: File) =>
    void run(async () => {
      const loaded = services ?? (await loadServices());
      const read = readJsonResume(await file.text(), loaded.lookup);
      if (!read.ok) throw new Error(`${file.name}: ${read.error} Your profile was not changed.`);
      const result = await repo.merge(read.drafts);
      return `Imported ${file.name}: ${plural(result.added.length, 'new skill')}.`;
    });

  const toggleSkill = (skill: CatalogSkill, add: boolean) =>
    void run(async () => {
      if (add)
        await repo.merge([
          workingSkillDraft({ skillId: skill.id, name: skill.name, category: skill.category }),
        ]);
      else await repo.remove(skill.id);
      return add ? `Added ${skill.name}.` : `Removed ${skill.name}.`;
    });

  const count = skills?.length ?? 0;

  return (
    <ProfileStoreContext.Provider value={useProfileUiStore}>
      <div className="gw-page gp-profile">
        <header className="gw-header">
          <img src="/icon/48.png" alt="" width={32} height={32} />
          <h1>Welcome to Gapmark</h1>
        </header>
        <main>
          <section aria-labelledby="gw-what" className="gw-intro">
            <h2 id="gw-what">What it does</h2>
            <ul>
              <li>Reads the job posting in the tab you are on and finds the skills it asks for.</li>
              <li>Compares them with the skills in your profile.</li>
              <li>Marks on the page what you have, what you lack and what is only nice to have.</li>
            </ul>
          </section>
          <section aria-labelledby="gw-private" className="gw-intro">
            <h2 id="gw-private">What stays private</h2>
            <p>
              Everything. Your profile, your saved jobs and the postings you open stay in this browser.
              Gapmark has no account and no server, and sends nothing anywhere.
            </p>
            <dl className="gw-permissions">
              <dt>Read job boards</dt>
              <dd>
                to read the posting on the known boards’ pages, and on other sites only once you allow each
                one
              </dd>
              <dt>Storage</dt>
              <dd>to keep your profile and saved jobs in this browser</dd>
              <dt>Active tab and scripting</dt>
              <dd>to read the page you are on when you open Gapmark there</dd>
              <dt>Alarms, and notifications if you ask</dt>
              <dd>to remind you of a follow-up date you set</dd>
            </dl>
          </section>

          <section id="quick-start" aria-labelledby="gw-start" className="gw-start" tabIndex={-1}>
            <h2 id="gw-start">Start your profile: pick one</h2>
            <p className="gw-status" role="status" aria-live="polite">
              {count === 0 ? 'Your profile is empty.' : `Your profile has ${plural(count, 'skill')}.`}
              {notice && <span className={`gw-notice gw-notice-${notice.kind}`}> {notice.text}</span>}
            </p>
            <div className="gw-columns">
              <div className="gw-card gw-cv">
                <CvImportPanel
                  inProfile={inProfile}
                  extract={services ? services.extractCv : null}
                  onAddChosen={addFindings}
                />
              </div>
              <JsonResumeStart onFile={importFile} />
              <PopularSkillsStart groups={groups} inProfile={inProfile} onToggle={toggleSkill} />
            </div>
          </section>

          <section aria-labelledby="gw-open" className="gw-open">
            <h2 id="gw-open">Open a job posting</h2>
            <p>
              Open any posting on LinkedIn, Indeed, Greenhouse, Lever and other boards: the marks appear by
              themselves, and the Gapmark button in the toolbar shows the details.
            </p>
            <a className="gp-button gp-primary gw-demo" href={demoUrl}>
              Try it on a demo posting
            </a>
          </section>
        </main>
      </div>
    </ProfileStoreContext.Provider>
  );
}
