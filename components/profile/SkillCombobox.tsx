import { useId, useMemo, type KeyboardEvent } from 'react';
import { foldSkillName } from '@/lib/profile/fold-skill-name';
import { searchSkills, shouldOfferCustomSkill, type SkillSuggestion } from '@/lib/profile/search-skills';
import type { ProfileSkillServices } from '@/lib/profile/taxonomy-skill-services';
import type { ProfileSkill } from '@/lib/schemas/profile';
import { useProfileUi } from './profile-store-context';
import { categoryLabel } from './profile-labels';

export type AddChoice = { kind: 'skill'; suggestion: SkillSuggestion } | { kind: 'custom'; name: string };

interface SkillComboboxProps {
  services: ProfileSkillServices | null;
  onNeedServices: () => void;
  profile: readonly ProfileSkill[];
  onAdd: (choice: AddChoice) => void;
}

const LIMIT = 8;

/** "Add a skill": an editable combobox with list autocomplete (WAI-ARIA APG pattern). */
export function SkillCombobox({ services, onNeedServices, profile, onAdd }: SkillComboboxProps) {
  const query = useProfileUi((s) => s.profileAddQuery);
  const open = useProfileUi((s) => s.profileAddOpen);
  const active = useProfileUi((s) => s.profileActiveOption);
  const setQuery = useProfileUi((s) => s.setProfileAddQuery);
  const setOpen = useProfileUi((s) => s.setProfileAddOpen);
  const moveActive = useProfileUi((s) => s.moveProfileActiveOption);
  const setActive = useProfileUi((s) => s.setProfileActiveOption);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const { options, already } = useMemo(() => {
    if (!services || !query.trim()) return { options: [] as AddChoice[], already: null };
    const inProfile = new Set(profile.map((s) => s.skillId));
    const suggestions = searchSkills(services.searchIndex, query, { limit: LIMIT, exclude: inProfile });
    const list: AddChoice[] = suggestions.map((suggestion) => ({ kind: 'skill', suggestion }));
    const names = profile.map((s) => s.name);
    if (shouldOfferCustomSkill(services.searchIndex, query, names))
      list.push({ kind: 'custom', name: query.trim() });
    // Say so when what was typed is already in the profile (by name or alias).
    const resolved = services.lookup.resolveSkillName(query);
    const folded = foldSkillName(query);
    const existing = profile.find(
      (s) => (resolved && s.skillId === resolved.id) || foldSkillName(s.name) === folded,
    );
    return { options: list, already: existing ?? null };
  }, [services, query, profile]);

  const expanded = open && (options.length > 0 || already !== null || (!services && query.trim() !== ''));
  const activeIndex = active < options.length ? active : -1;

  const choose = (choice: AddChoice | undefined) => {
    if (!choice) return;
    onAdd(choice);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        moveActive(1, options.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        moveActive(-1, options.length);
        break;
      case 'Enter':
        if (options.length > 0) {
          event.preventDefault();
          choose(options[activeIndex >= 0 ? activeIndex : 0]);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
        } else if (query) {
          event.preventDefault();
          setQuery('');
        }
        break;
    }
  };

  return (
    <div className="gp-combobox">
      <label htmlFor={`${id}-input`} className="gp-label">
        Add a skill
      </label>
      <input
        id={`${id}-input`}
        className="gp-input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="e.g. Python, k8s, Postgres"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        value={query}
        onFocus={onNeedServices}
        onChange={(e) => {
          // Typing asks too: a focus event can be missed (an input focused before the tab came to the front).
          onNeedServices();
          setQuery(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label="Skills" className="gp-listbox" hidden={!expanded}>
        {options.map((option, i) => (
          <li
            key={option.kind === 'skill' ? option.suggestion.skillId : `custom:${option.name}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            className="gp-option"
            // Keep focus in the input: a click must not blur it before the choice lands.
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => i !== activeIndex && setActive(i)}
            onClick={() => choose(option)}
          >
            {option.kind === 'skill' ? (
              <>
                <span className="gp-option-name">{option.suggestion.name}</span>
                {option.suggestion.matchedAlias && (
                  <span className="gp-option-alias"> ({option.suggestion.matchedAlias})</span>
                )}
                <span className="gp-option-category">{categoryLabel(option.suggestion.category)}</span>
              </>
            ) : (
              <span className="gp-option-name">Add “{option.name}” as a custom skill</span>
            )}
          </li>
        ))}
        {already && (
          <li role="presentation" className="gp-option-note">
            {already.name} is already in your profile.
          </li>
        )}
        {!services && (
          <li role="presentation" className="gp-option-note">
            Loading skills…
          </li>
        )}
      </ul>
    </div>
  );
}
