import { describe, expect, it } from 'vitest';
import { resolveSkillName } from '../../../lib/skills/load-taxonomy';
import { normalizeSkillName } from '../../../lib/skills/normalize-skill-name';
import type { TaxonomySkill } from '../../../lib/schemas/taxonomy';

// Words that are skills and ordinary English (or a single letter): the finder counts them only with context,
// which it can do only if the taxonomy marks the very form as ambiguous.
const MUST_BE_SKILLS = [
  'Go',
  'R',
  'C',
  'React',
  'Spring',
  'Swift',
  'Rust',
  'Rails',
  'Express',
  'Excel',
  'Make',
  'Chef',
  'Puppet',
  'Shell',
  'Julia',
  'Dart',
  'Elm',
  'Ant',
  'Flask',
  'Lean',
  'Scheme',
  'Slack',
  'Box',
  'Teams',
  'Word',
  'Outlook',
  'Access',
  'Visio',
  'Notion',
  'Hugo',
  'Gatsby',
  'Ember',
  'Meteor',
  'Backbone',
  'Oracle',
  'Salt',
  'Vagrant',
  'Nomad',
  'Consul',
  'Vault',
  'Airflow',
  'Spark',
  'Hive',
  'Pig',
  'Storm',
  'Beam',
  'Dash',
  'Apex',
  'Pascal',
  'Ada',
  'Crystal',
  'Ruby',
  'Prettier',
  'Sketch',
  'Zoom',
  'Linear',
  'Unity',
  'Helm',
  'Composer',
  'Maven',
  'Lambda',
  'cloud',
  'German',
  'English',
  'Insurance',
  'SOLID',
  'LinkedIn',
  'Loom',
  'ProFile',
];

// Words the taxonomy may or may not know as skills; if it does, the form must be marked ambiguous.
const IF_KNOWN = [
  'Mercury',
  'Logo',
  'Io',
  'Red',
  'Pony',
  'Factor',
  'Joy',
  'Pure',
  'Clean',
  'Self',
  'Processing',
];

function isAmbiguousForm(skill: TaxonomySkill, form: string): boolean {
  if (!skill.ambiguous) return false;
  if (!skill.ambiguousAliases) return true;
  return skill.ambiguousAliases.some((alias) => normalizeSkillName(alias) === normalizeSkillName(form));
}

describe('ambiguous words', () => {
  it.each(MUST_BE_SKILLS)('%s is a skill whose form needs context', (word) => {
    const skill = resolveSkillName(word);
    expect(skill).not.toBeNull();
    expect(skill && isAmbiguousForm(skill, word)).toBe(true);
  });

  it.each(IF_KNOWN)('%s, when known, needs context', (word) => {
    const skill = resolveSkillName(word);
    expect(skill === null || isAmbiguousForm(skill, word)).toBe(true);
  });

  it.each([
    ['Golang', 'go'],
    ['Ruby on Rails', 'rails'],
    ['Spring Boot', 'spring-boot'],
    ['React.js', 'react'],
    ['Express.js', 'express'],
    ['Apache Spark', 'spark'],
    ['Microsoft Excel', 'excel'],
    ['cloud computing', 'cloud-computing'],
  ])('the unambiguous spelling %s of %s counts without context', (form, id) => {
    const skill = resolveSkillName(form);
    expect(skill?.id).toBe(id);
    expect(skill && isAmbiguousForm(skill, form)).toBe(false);
  });
});
