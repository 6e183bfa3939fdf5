import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GapmarkDatabase } from '@/lib/db/database';
import { getDatabase } from '@/lib/db/get-database';
import {
  createProfileRepository,
  type ProfileSkillDraft,
  type ProfileSkillPatch,
} from '@/lib/db/profile-repo';
import { customSkillId } from '@/lib/profile/custom-skill-id';
import type { CvSkillFinding } from '@/lib/profile/extract-cv-skills';
import {
  CUSTOM_CATEGORY,
  exportJsonResume,
  JSON_RESUME_FILE_NAME,
  readJsonResume,
} from '@/lib/profile/json-resume';
import { loadProfileSkillServices } from '@/lib/profile/load-profile-skill-services';
import { notifyProfileChanged } from '@/lib/profile/notify-profile-changed';
import type { ProfileSkillServices } from '@/lib/profile/taxonomy-skill-services';
import type { ProfileSkill } from '@/lib/schemas/profile';
import { useProfileUiStore, type ProfileStoreHook } from '@/lib/store/profile-slice';
import { ProfileErrorBoundary } from './ProfileErrorBoundary';
import { ProfileStoreContext, useProfileUi } from './profile-store-context';
import { CvImportPanel } from './CvImportPanel';
import { downloadJsonFile } from './download-json-file';
import { EmptyState } from './EmptyState';
import { PreferencesSection } from './PreferencesSection';
import { SkillCombobox, type AddChoice } from './SkillCombobox';
import { SkillList } from './SkillList';
import { UndoSnackbar } from './UndoSnackbar';
import './profile.css';

export interface ProfileTabProps {
  /** The database; the extension's own by default. Tests pass a fresh one. */
  db?: GapmarkDatabase;
  /** Loads the taxonomy, autocomplete index and CV finder (lazily, on first need). */
  loadServices?: () => Promise<ProfileSkillServices>;
  /** Called after every committed write; by default tells the background so content scripts re-score. */
  onProfileChanged?: () => void;
  /** Saves the exported file; a browser download by default. */
  saveFile?: (value: unknown, fileName: string) => void;
  /** The UI store: the popup's composed store (with createProfileSlice in it), or a standalone one. */
  useStore?: ProfileStoreHook;
}

const DEFAULT_LEVEL = 'working';
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The error of opening the database, if it failed (null while opening and once open). */
function useOpenError(db: GapmarkDatabase): Error | null {
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let live = true;
    db.open().catch((e: unknown) => live && setError(e instanceof Error ? e : new Error(String(e))));
    return () => {
      live = false;
    };
  }, [db]);
  return error;
}

/** The taxonomy-backed services, loaded the first time something needs them and kept. */
function useSkillServices(load: () => Promise<ProfileSkillServices>, onError: (error: unknown) => void) {
  const [services, setServices] = useState<ProfileSkillServices | null>(null);
  const started = useRef(false);
  const ensure = useCallback(() => {
    if (started.current) return;
    started.current = true;
    void load().then(setServices, (error: unknown) => {
      // Let the next focus try again.
      started.current = false;
      onError(error);
    });
  }, [load, onError]);
  return { services, ensure };
}

/** The Profile tab: the person's skills, grouped, editable, with quick start and JSON Resume import/export. */
export function ProfileTab({ useStore = useProfileUiStore, ...props }: ProfileTabProps) {
  return (
    <ProfileStoreContext.Provider value={useStore}>
      <ProfileErrorBoundary>
        <ProfileTabContent {...props} />
      </ProfileErrorBoundary>
    </ProfileStoreContext.Provider>
  );
}

function ProfileTabContent({
  db = getDatabase(),
  loadServices = loadProfileSkillServices,
  onProfileChanged = notifyProfileChanged,
  saveFile = downloadJsonFile,
}: Omit<ProfileTabProps, 'useStore'>) {
  const repo = useMemo(
    () => createProfileRepository(db, { onChange: onProfileChanged }),
    [db, onProfileChanged],
  );
  const skills = useLiveQuery(() => db.profileSkills.toArray(), [db]);
  const openError = useOpenError(db);
  // Dexie's live query waits silently on a database that failed to open (e.g. a refused upgrade): open it
  // here too, and let the error boundary say why.
  if (openError) throw openError;
  const fileInput = useRef<HTMLInputElement>(null);

  const panel = useProfileUi((s) => s.profilePanel);
  const notice = useProfileUi((s) => s.profileNotice);
  const pendingUndo = useProfileUi((s) => s.profileUndo);
  const setNotice = useProfileUi((s) => s.setProfileNotice);
  const onServicesError = useCallback(
    (error: unknown) =>
      setNotice({ kind: 'error', text: `The skills list could not be loaded: ${message(error)}` }),
    [setNotice],
  );
  const { services, ensure } = useSkillServices(loadServices, onServicesError);
  const setAddQuery = useProfileUi((s) => s.setProfileAddQuery);
  const setPendingUndo = useProfileUi((s) => s.setProfileUndo);
  const openPanel = useProfileUi((s) => s.openProfilePanel);
  const setFindings = useProfileUi((s) => s.setProfileCvFindings);

  const profile = useMemo(() => skills ?? [], [skills]);
  const inProfile = useMemo(() => new Set(profile.map((s) => s.skillId)), [profile]);

  const run = useCallback(
    async (action: () => Promise<string | null>) => {
      try {
        const text = await action();
        if (text) setNotice({ kind: 'info', text });
      } catch (error) {
        setNotice({ kind: 'error', text: message(error) });
      }
    },
    [setNotice],
  );

  const add = (choice: AddChoice) => {
    // Clear at once, not after the write: text typed meanwhile must not be wiped by a late clear.
    setAddQuery('');
    return run(async () => {
      const draft: ProfileSkillDraft =
        choice.kind === 'skill'
          ? {
              skillId: choice.suggestion.skillId,
              name: choice.suggestion.name,
              category: choice.suggestion.category,
              level: DEFAULT_LEVEL,
              years: null,
              lastUsed: null,
              notes: '',
              custom: false,
            }
          : {
              skillId: customSkillId(choice.name),
              name: choice.name,
              category: CUSTOM_CATEGORY,
              level: DEFAULT_LEVEL,
              years: null,
              lastUsed: null,
              notes: '',
              custom: true,
            };
      await repo.merge([draft]);
      return `Added ${draft.name}.`;
    });
  };

  const update = (skillId: string, patch: ProfileSkillPatch) =>
    void run(async () => {
      await repo.update(skillId, patch);
      return null;
    });

  const remove = (skill: ProfileSkill) =>
    void run(async () => {
      const removed = await repo.remove(skill.skillId);
      setPendingUndo(removed);
      return null;
    });

  const undo = (skill: ProfileSkill) =>
    void run(async () => {
      await repo.restore(skill);
      setPendingUndo(null);
      return `${skill.name} is back.`;
    });

  const addFindings = (findings: CvSkillFinding[]) =>
    void run(async () => {
      const result = await repo.merge(
        findings.map((f) => ({
          skillId: f.skillId,
          name: f.name,
          category: f.category,
          level: DEFAULT_LEVEL,
          years: null,
          lastUsed: null,
          notes: '',
          custom: false,
        })),
      );
      setFindings(null, []);
      openPanel('none');
      return `Added ${plural(result.added.length, 'skill')} from your CV. Set their levels below.`;
    });

  const importFile = async (file: File) => {
    await run(async () => {
      const loaded = await loadServices();
      const read = readJsonResume(await file.text(), loaded.lookup);
      if (!read.ok) {
        setNotice({ kind: 'error', text: `${file.name}: ${read.error} Your profile was not changed.` });
        return null;
      }
      const result = await repo.merge(read.drafts);
      const kept = result.unchanged.length + result.updated.length;
      setNotice({
        kind: 'info',
        text: `Imported ${file.name}: ${plural(result.added.length, 'new skill')}${kept ? `, ${kept} already in your profile` : ''}.`,
        details: read.warnings,
      });
      return null;
    });
  };

  const exportProfile = () => saveFile(exportJsonResume(profile), JSON_RESUME_FILE_NAME);

  const startImport = () => {
    ensure();
    fileInput.current?.click();
  };
  const startCv = () => {
    ensure();
    openPanel('cv');
  };

  return (
    <section className="gp-profile" aria-labelledby="gp-profile-title">
      <header className="gp-profile-header">
        <h2 id="gp-profile-title" className="gp-title">
          Your skills {skills && skills.length > 0 && <span className="gp-count">{skills.length}</span>}
        </h2>
      </header>

      <SkillCombobox
        services={services}
        onNeedServices={ensure}
        profile={profile}
        onAdd={(c) => void add(c)}
      />

      <div className="gp-notice-region" role="status" aria-live="polite">
        {notice && (
          <div className={`gp-notice gp-notice-${notice.kind}`}>
            <p>{notice.text}</p>
            {notice.details && notice.details.length > 0 && (
              <ul>
                {notice.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
            <button
              type="button"
              className="gp-icon-button"
              aria-label="Dismiss message"
              onClick={() => setNotice(null)}
            >
              ×
            </button>
          </div>
        )}
      </div>

      {panel === 'cv' && (
        <CvImportPanel
          inProfile={inProfile}
          extract={services ? services.extractCv : null}
          onAddChosen={addFindings}
        />
      )}

      {skills === undefined ? (
        <p className="gp-muted">Loading your profile…</p>
      ) : skills.length === 0 ? (
        panel === 'none' && <EmptyState onPasteCv={startCv} onImport={startImport} />
      ) : (
        <SkillList skills={profile} onUpdate={update} onRemove={remove} />
      )}

      <div className="gp-actions gp-footer">
        <button type="button" className="gp-button" onClick={startCv} aria-pressed={panel === 'cv'}>
          Paste CV
        </button>
        <button type="button" className="gp-button" onClick={startImport}>
          Import JSON Resume
        </button>
        <button type="button" className="gp-button" onClick={exportProfile} disabled={profile.length === 0}>
          Export
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="gp-sr-only"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>

      <PreferencesSection db={db} onSaved={onProfileChanged} />

      <UndoSnackbar removed={pendingUndo} onUndo={undo} onDismiss={() => setPendingUndo(null)} />
    </section>
  );
}
