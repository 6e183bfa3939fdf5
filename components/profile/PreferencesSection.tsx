import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { GapmarkDatabase } from '@/lib/db/database';
import { createSettingsRepository, type SettingsRepository } from '@/lib/db/settings-repo';
import { readPreferencesForm, toPreferencesForm, type PreferencesForm } from '@/lib/profile/preferences-form';
import type { SalaryPeriod } from '@/lib/requirements/facts/annualize-salary';
import type { WorkplaceValue as Workplace } from '@/lib/schemas/analysis';
import type { Preferences } from '@/lib/schemas/preferences';

const WORKPLACES: { id: Workplace; label: string }[] = [
  { id: 'remote', label: 'Remote' },
  { id: 'hybrid', label: 'Hybrid' },
  { id: 'onsite', label: 'On-site' },
];
const PERIODS: { id: SalaryPeriod; label: string }[] = [
  { id: 'year', label: 'a year' },
  { id: 'month', label: 'a month' },
  { id: 'week', label: 'a week' },
  { id: 'day', label: 'a day' },
  { id: 'hour', label: 'an hour' },
];

export interface PreferencesSectionProps {
  db: GapmarkDatabase;
  /** Called after the preferences were saved (to re-check the open postings). */
  onSaved?: () => void;
}

/**
 * Dealbreakers: what a posting must not say. Edited as a form and saved with one button; a field that does not
 * read keeps what was typed and says why.
 */
export function PreferencesSection({ db, onSaved }: PreferencesSectionProps) {
  // Read only once opened: the Profile tab's first render and its skill list pay nothing for it.
  const [open, setOpen] = useState(false);
  return (
    <details className="gp-preferences" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Dealbreakers</summary>
      {open && <StoredPreferences db={db} onSaved={onSaved} />}
    </details>
  );
}

function StoredPreferences({ db, onSaved }: PreferencesSectionProps) {
  const settings = useMemo(() => createSettingsRepository(db), [db]);
  const stored = useLiveQuery(
    async () => ({
      preferences: await settings.get('preferences'),
      hiddenCompanies: await settings.get('hiddenCompanies'),
    }),
    [settings],
  );
  // The form starts from what is stored once loaded, then holds what the person types until saved.
  return stored ? <PreferencesEditor settings={settings} stored={stored} onSaved={onSaved} /> : null;
}

function PreferencesEditor({
  settings,
  stored,
  onSaved,
}: {
  settings: SettingsRepository;
  stored: { preferences: Preferences; hiddenCompanies: string[] };
  onSaved?: () => void;
}) {
  const [form, setForm] = useState<PreferencesForm>(() =>
    toPreferencesForm(stored.preferences, stored.hiddenCompanies),
  );
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  const patch = (change: Partial<PreferencesForm>) => {
    setForm({ ...form, ...change });
    setStatus('');
  };
  const toggleWorkplace = (id: Workplace, on: boolean) =>
    patch({ workplaces: on ? [...form.workplaces, id] : form.workplaces.filter((w) => w !== id) });

  const save = async () => {
    const result = readPreferencesForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus('');
      return;
    }
    try {
      await settings.set('preferences', result.preferences);
      await settings.set('hiddenCompanies', result.hiddenCompanies);
      setErrors([]);
      setStatus('Preferences saved.');
      onSaved?.();
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <form
      className="gp-preferences-form"
      aria-label="Dealbreakers"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p className="gp-muted">Postings that say otherwise are flagged, with the sentence that says so.</p>
      <label className="gp-pref-row">
        <input
          type="checkbox"
          name="needsVisaSponsorship"
          checked={form.needsVisaSponsorship}
          onChange={(e) => patch({ needsVisaSponsorship: e.target.checked })}
        />
        I need visa sponsorship
      </label>
      <fieldset className="gp-pref-row">
        <legend>Workplace I accept (none ticked: any)</legend>
        {WORKPLACES.map((w) => (
          <label key={w.id}>
            <input
              type="checkbox"
              name={`workplace-${w.id}`}
              checked={form.workplaces.includes(w.id)}
              onChange={(e) => toggleWorkplace(w.id, e.target.checked)}
            />
            {w.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="gp-pref-row">
        <legend>Minimum salary (empty: none)</legend>
        <input
          name="salaryAmount"
          aria-label="Minimum salary amount"
          inputMode="decimal"
          placeholder="80000"
          size={8}
          value={form.salaryAmount}
          onChange={(e) => patch({ salaryAmount: e.target.value })}
        />
        <input
          name="salaryCurrency"
          aria-label="Currency"
          size={4}
          maxLength={3}
          value={form.salaryCurrency}
          onChange={(e) => patch({ salaryCurrency: e.target.value })}
        />
        <select
          name="salaryPeriod"
          aria-label="Per"
          value={form.salaryPeriod}
          onChange={(e) => patch({ salaryPeriod: e.target.value as SalaryPeriod })}
        >
          {PERIODS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </fieldset>
      <label className="gp-pref-row">
        Exchange rates you trust (pay in other currencies is otherwise not compared)
        <input
          name="currencyRates"
          placeholder="USD=0.92, GBP=1.17"
          value={form.currencyRates}
          onChange={(e) => patch({ currencyRates: e.target.value })}
        />
      </label>
      <label className="gp-pref-row">
        Languages you speak
        <input
          name="languages"
          placeholder="English, German"
          value={form.languages}
          onChange={(e) => patch({ languages: e.target.value })}
        />
      </label>
      <label className="gp-pref-row">
        Hidden companies, one a line
        <textarea
          name="hiddenCompanies"
          rows={2}
          value={form.hiddenCompanies}
          onChange={(e) => patch({ hiddenCompanies: e.target.value })}
        />
      </label>
      {errors.length > 0 && (
        <ul role="alert" className="gp-pref-errors">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
      <div className="gp-actions">
        <button type="submit" className="gp-button">
          Save preferences
        </button>
        <span role="status" className="gp-muted">
          {status}
        </span>
      </div>
    </form>
  );
}
