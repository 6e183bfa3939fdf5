import { startTransition, useEffect, useId, useMemo, useState } from 'react';
import type { ProfileSkillPatch } from '@/lib/db/profile-repo';
import { foldSkillName } from '@/lib/profile/fold-skill-name';
import type { ProfileSkill } from '@/lib/schemas/profile';
import { useProfileUi } from './profile-store-context';
import { categoryLabel, categoryRank } from './profile-labels';
import { SkillRow } from './SkillRow';

interface SkillListProps {
  skills: readonly ProfileSkill[];
  onUpdate: (skillId: string, patch: ProfileSkillPatch) => void;
  onRemove: (skill: ProfileSkill) => void;
}

// Below this many skills a filter is more clutter than help.
const FILTER_FROM = 8;
// Rows rendered in the first commit: more than a popup shows, so the first screen is complete at once; the
// rest follow right after the first paint as a transition, keeping the popup's first render short.
const FIRST_ROWS = 40;

interface SkillGroup {
  category: string;
  skills: ProfileSkill[];
}

/** The groups cut to their first `limit` rows in all (groups left without rows are dropped). */
function limitRows(groups: readonly SkillGroup[], limit: number) {
  const limited: (SkillGroup & { rows: ProfileSkill[] })[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    const rows = group.skills.slice(0, left);
    left -= rows.length;
    limited.push({ ...group, rows });
  }
  return limited;
}

/** The profile's skills grouped by category, with a filter over names. */
export function SkillList({ skills, onUpdate, onRemove }: SkillListProps) {
  const filter = useProfileUi((s) => s.profileFilter);
  const setFilter = useProfileUi((s) => s.setProfileFilter);
  const filterId = useId();
  const [rowLimit, setRowLimit] = useState(FIRST_ROWS);

  const groups = useMemo(() => {
    const wanted = foldSkillName(filter);
    const matching = wanted ? skills.filter((s) => foldSkillName(s.name).includes(wanted)) : skills;
    const byCategory = new Map<string, ProfileSkill[]>();
    for (const skill of matching) {
      const list = byCategory.get(skill.category) ?? [];
      list.push(skill);
      byCategory.set(skill.category, list);
    }
    return [...byCategory]
      .sort(([a], [b]) => categoryRank(a) - categoryRank(b) || a.localeCompare(b))
      .map(([category, list]) => ({
        category,
        skills: list.sort((a, b) =>
          a.name.localeCompare(b.name, 'en', { sensitivity: 'base', numeric: true }),
        ),
      }));
  }, [skills, filter]);

  const total = skills.length;
  useEffect(() => {
    // Passive effects run after the first commit is painted; the transition then renders the rest without
    // blocking input. (Not requestAnimationFrame: it does not fire while the page is hidden.)
    if (rowLimit < total) startTransition(() => setRowLimit(Number.POSITIVE_INFINITY));
  }, [rowLimit, total]);

  const shown = useMemo(() => limitRows(groups, rowLimit), [groups, rowLimit]);

  return (
    <div className="gp-skill-list">
      {skills.length >= FILTER_FROM && (
        <div className="gp-filter">
          <label htmlFor={filterId} className="gp-sr-only">
            Filter your skills
          </label>
          <input
            id={filterId}
            className="gp-input"
            type="search"
            placeholder={`Filter ${skills.length} skills`}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
      )}
      {groups.length === 0 && <p className="gp-muted">No skill in your profile matches “{filter}”.</p>}
      {shown.map((group) => (
        <section key={group.category} className="gp-group" aria-label={categoryLabel(group.category)}>
          <h3 className="gp-group-title">
            {categoryLabel(group.category)} <span className="gp-count">{group.skills.length}</span>
          </h3>
          <ul className="gp-skills">
            {group.rows.map((skill) => (
              <SkillRow key={skill.skillId} skill={skill} onUpdate={onUpdate} onRemove={onRemove} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
