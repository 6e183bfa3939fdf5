import { useId, useMemo } from 'react';
import type { ProfileSkillPatch } from '@/lib/db/profile-repo';
import { foldSkillName } from '@/lib/profile/fold-skill-name';
import type { ProfileSkill } from '@/lib/schemas/profile';
import { useProfileUiStore } from '@/lib/store/profile-slice';
import { categoryLabel, categoryRank } from './profile-labels';
import { SkillRow } from './SkillRow';

interface SkillListProps {
  skills: readonly ProfileSkill[];
  onUpdate: (skillId: string, patch: ProfileSkillPatch) => void;
  onRemove: (skill: ProfileSkill) => void;
}

// Below this many skills a filter is more clutter than help.
const FILTER_FROM = 8;

/** The profile's skills grouped by category, with a filter over names. */
export function SkillList({ skills, onUpdate, onRemove }: SkillListProps) {
  const filter = useProfileUiStore((s) => s.filter);
  const setFilter = useProfileUiStore((s) => s.setFilter);
  const filterId = useId();

  const groups = useMemo(() => {
    const wanted = foldSkillName(filter);
    const shown = wanted ? skills.filter((s) => foldSkillName(s.name).includes(wanted)) : skills;
    const byCategory = new Map<string, ProfileSkill[]>();
    for (const skill of shown) {
      const list = byCategory.get(skill.category) ?? [];
      list.push(skill);
      byCategory.set(skill.category, list);
    }
    return [...byCategory]
      .sort(([a], [b]) => categoryRank(a) - categoryRank(b) || a.localeCompare(b))
      .map(([category, list]) => ({
        category,
        skills: list.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })),
      }));
  }, [skills, filter]);

  return (
    <div className="gm-skill-list">
      {skills.length >= FILTER_FROM && (
        <div className="gm-filter">
          <label htmlFor={filterId} className="gm-sr-only">
            Filter your skills
          </label>
          <input
            id={filterId}
            className="gm-input"
            type="search"
            placeholder={`Filter ${skills.length} skills`}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
      )}
      {groups.length === 0 && <p className="gm-muted">No skill in your profile matches “{filter}”.</p>}
      {groups.map((group) => (
        <section key={group.category} className="gm-group" aria-label={categoryLabel(group.category)}>
          <h3 className="gm-group-title">
            {categoryLabel(group.category)} <span className="gm-count">{group.skills.length}</span>
          </h3>
          <ul className="gm-skills">
            {group.skills.map((skill) => (
              <SkillRow key={skill.skillId} skill={skill} onUpdate={onUpdate} onRemove={onRemove} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
