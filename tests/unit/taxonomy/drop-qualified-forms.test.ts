import { describe, expect, it } from 'vitest';
import { dropQualifiedForms } from '@/lib/skills/taxonomy/drop-qualified-forms';

describe('dropQualifiedForms', () => {
  it.each([
    ['Communication skills', ['communication', 'excellent communication skills'], ['communication']],
    ['Agile', ['Agile methodology', 'agile teams', 'agile environment'], ['Agile methodology']],
    ['DevOps', ['DevOps culture', 'DevSecOps'], ['DevSecOps']],
    ['Communication skills', ['strong communication skills'], []],
  ])('%s: %j keeps %j', (name, aliases, kept) => {
    expect(dropQualifiedForms(name, aliases)).toEqual(kept);
  });

  it.each([
    // The qualifier is part of another skill's name, or the rest is not a form of this skill.
    ['Adaptability', ['growth mindset']],
    ['Microsoft Teams', ['MS Teams']],
    ['Intercultural competence', ['diverse teams', 'international environment']],
    ['Great Expectations', ['great_expectations']],
    ['Stress management', ['fast-paced environment']],
  ])('%s keeps %j', (name, aliases) => {
    expect(dropQualifiedForms(name, aliases)).toEqual(aliases);
  });
});
