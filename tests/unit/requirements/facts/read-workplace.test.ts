import { describe, expect, it } from 'vitest';
import { splitFactSentences } from '@/lib/requirements/facts/fact-sentences';
import { readWorkplace } from '@/lib/requirements/facts/read-workplace';

const workplaceOf = (text: string) => readWorkplace(splitFactSentences(text))?.workplace ?? null;

describe('readWorkplace', () => {
  it.each([
    ['We’re a remote-first company with people in 12 countries.', 'remote'],
    ['This is a fully remote position.', 'remote'],
    ['Location: Remote (EU time zones)', 'remote'],
    ['You can work remotely from anywhere in Europe.', 'remote'],
    ['This is a hybrid role: two days a week in our Berlin office.', 'hybrid'],
    ['Perks\nFlexible hours and a home office option.', 'hybrid'],
    ['Flexible working such as compressed hours and working from home.', 'hybrid'],
    ['Home office possibility (but we’re not remote-first).', 'hybrid'],
    ['Workplace type: On-site', 'onsite'],
    ['The role will be remote initially and then based in our Dublin office.', 'onsite'],
    ['This is an office-based role in central Lyon.', 'onsite'],
    ['Onsite', 'onsite'],
  ])('%s -> %s', (text, workplace) => {
    expect(workplaceOf(text)).toBe(workplace);
  });

  it.each([
    // The company's own remote work, or remote things that are not this job's way of working.
    'Our company works with remote teams across the globe.',
    'We build remote monitoring for wind farms.',
    'Interviews are held remotely over video.',
    'Relocation support to Amsterdam is provided.',
    'You will join our agile hybrid DevOps teams.',
    'We run a hybrid cloud on AWS and on premises.',
    'Office based in Manchester city centre.',
    'Location: Munich, Germany',
    'This role is not remote.',
  ])('no workplace in: %s', (text) => {
    expect(workplaceOf(text)).toBeNull();
  });
});
