import type { SkillGroup } from '@/lib/welcome/group-popular-skills';
import type { CatalogSkill } from '@/lib/profile/skill-lookup';

interface PopularSkillsStartProps {
  /** Null while the taxonomy loads. */
  groups: SkillGroup[] | null;
  inProfile: ReadonlySet<string>;
  onToggle(skill: CatalogSkill, add: boolean): void;
}

/** Quick start 3: the skills postings ask for most, grouped; a chip pressed is a skill in the profile. */
export function PopularSkillsStart({ groups, inProfile, onToggle }: PopularSkillsStartProps) {
  return (
    <section className="gw-card" aria-labelledby="gw-popular-title">
      <h3 id="gw-popular-title" className="gp-panel-title">
        Pick from common skills
      </h3>
      <p className="gp-muted">The skills postings ask for most. Press the ones you have.</p>
      {!groups && <p className="gp-muted">Loading skills…</p>}
      {groups?.map((group) => (
        <div key={group.id} role="group" aria-labelledby={`gw-group-${group.id}`} className="gw-group">
          <h4 id={`gw-group-${group.id}`} className="gw-group-title">
            {group.label}
          </h4>
          <div className="gw-chips">
            {group.skills.map((skill) => {
              const pressed = inProfile.has(skill.id);
              return (
                <button
                  key={skill.id}
                  type="button"
                  className="gw-chip"
                  aria-pressed={pressed}
                  onClick={() => onToggle(skill, !pressed)}
                >
                  <span aria-hidden="true">{pressed ? '✓ ' : '+ '}</span>
                  {skill.name}
                </button>
              );
            })}
          </div>
        </div>
      ))}
    </section>
  );
}
