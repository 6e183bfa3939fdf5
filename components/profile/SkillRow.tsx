import { useState, type KeyboardEvent } from 'react';
import type { ProfileSkillPatch } from '@/lib/db/profile-repo';
import { SkillLevelSchema, type ProfileSkill, type SkillLevel } from '@/lib/schemas/profile';
import { useProfileUi } from './profile-store-context';
import { LEVEL_LABELS } from './profile-labels';

interface SkillRowProps {
  skill: ProfileSkill;
  onUpdate: (skillId: string, patch: ProfileSkillPatch) => void;
  onRemove: (skill: ProfileSkill) => void;
}

/** Reads a number field: empty is null, anything unreadable or out of range is `undefined` (refused). */
function readNumber(text: string, min: number, max: number, integer: boolean): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    return undefined;
  }
  return value;
}

/**
 * A field edited as text and saved when it loses focus or on Enter; Escape puts the stored value back. It
 * remounts (via `key`) when the stored value changes elsewhere, so another popup's edit shows here too.
 */
function CommitField(props: {
  stored: string;
  label: string;
  className: string;
  placeholder?: string;
  inputMode?: 'decimal' | 'numeric';
  multiline?: boolean;
  onCommit: (text: string) => boolean;
}) {
  const [text, setText] = useState(props.stored);
  const [invalid, setInvalid] = useState(false);
  const commit = () => {
    if (text === props.stored) return setInvalid(false);
    setInvalid(!props.onCommit(text));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !props.multiline) commit();
    if (e.key === 'Escape') {
      setText(props.stored);
      setInvalid(false);
    }
  };
  const shared = {
    'aria-label': props.label,
    'aria-invalid': invalid || undefined,
    className: props.className,
    placeholder: props.placeholder,
    value: text,
    onBlur: commit,
    onKeyDown,
  };
  return props.multiline ? (
    <textarea {...shared} rows={2} onChange={(e) => setText(e.target.value)} />
  ) : (
    <input {...shared} type="text" inputMode={props.inputMode} onChange={(e) => setText(e.target.value)} />
  );
}

export function SkillRow({ skill, onUpdate, onRemove }: SkillRowProps) {
  const expanded = useProfileUi((s) => s.profileExpandedId === skill.skillId);
  const toggleExpanded = useProfileUi((s) => s.toggleProfileExpanded);
  const detailsId = `gp-details-${skill.skillId.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const years = skill.years === null ? '' : String(skill.years);
  const lastUsed = skill.lastUsed === null ? '' : String(skill.lastUsed);

  return (
    <li className="gp-skill" data-skill-id={skill.skillId}>
      <div className="gp-skill-main">
        <span className="gp-skill-name">
          {skill.name}
          {skill.custom && <span className="gp-badge">custom</span>}
        </span>
        <select
          className="gp-select"
          aria-label={`Level of ${skill.name}`}
          value={skill.level}
          onChange={(e) => onUpdate(skill.skillId, { level: e.target.value as SkillLevel })}
        >
          {SkillLevelSchema.options.map((level) => (
            <option key={level} value={level}>
              {LEVEL_LABELS[level]}
            </option>
          ))}
        </select>
        <CommitField
          key={`years-${years}`}
          stored={years}
          label={`Years of ${skill.name}`}
          className="gp-input gp-years"
          placeholder="yrs"
          inputMode="decimal"
          onCommit={(text) => {
            const value = readNumber(text, 0, 60, false);
            if (value === undefined) return false;
            onUpdate(skill.skillId, { years: value });
            return true;
          }}
        />
        <button
          type="button"
          className="gp-icon-button"
          aria-expanded={expanded}
          aria-controls={detailsId}
          aria-label={`Details of ${skill.name}`}
          onClick={() => toggleExpanded(skill.skillId)}
        >
          {expanded ? '▴' : '▾'}
        </button>
        <button
          type="button"
          className="gp-icon-button gp-remove"
          aria-label={`Remove ${skill.name}`}
          onClick={() => onRemove(skill)}
        >
          ×
        </button>
      </div>
      {expanded && (
        <div className="gp-skill-details" id={detailsId}>
          <CommitField
            key={`last-${lastUsed}`}
            stored={lastUsed}
            label={`Last used (year) of ${skill.name}`}
            className="gp-input gp-year"
            placeholder="last used, e.g. 2024"
            inputMode="numeric"
            onCommit={(text) => {
              const value = readNumber(text, 1950, 2100, true);
              if (value === undefined) return false;
              onUpdate(skill.skillId, { lastUsed: value });
              return true;
            }}
          />
          <CommitField
            key={`notes-${skill.notes}`}
            stored={skill.notes}
            label={`Notes on ${skill.name}`}
            className="gp-input gp-notes"
            placeholder="Notes (only for you)"
            multiline
            onCommit={(text) => {
              onUpdate(skill.skillId, { notes: text.trim() });
              return true;
            }}
          />
        </div>
      )}
    </li>
  );
}
