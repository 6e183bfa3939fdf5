import { describe, expect, it } from 'vitest';
import { findLookAlike, foldCompany, isNearIdenticalTitle, normalizeTitle } from '@/lib/saved/same-job';

describe('foldCompany', () => {
  it.each([
    ['ACME GmbH & Co. KG', 'acme'],
    ['Acme, Inc.', 'acme'],
    ['  acme  ', 'acme'],
    ['Société Générale SA', 'societe generale'],
    ['Zürich Versicherung AG', 'zurich versicherung'],
    ['idealista Italia', 'idealista italia'],
    ['Group', 'group'], // a name made of a legal form alone stays
  ])('%s → %s', (name, folded) => {
    expect(foldCompany(name)).toBe(folded);
  });

  it('keeps different companies apart', () => {
    expect(foldCompany('Acme Labs')).not.toBe(foldCompany('Acme'));
    expect(foldCompany(null)).toBe('');
  });
});

describe('normalizeTitle', () => {
  it.each([
    ['Senior Backend Engineer (m/w/d)', 'senior backend engineer'],
    ['Sr. Backend Engineer', 'senior backend engineer'],
    ['Backend Engineer - Remote', 'backend engineer'],
    ['Software Engineer II', 'software engineer 2'],
    ['Développeur Front-end (F/H)', 'developpeur front end'],
  ])('%s → %s', (title, normal) => {
    expect(normalizeTitle(title)).toBe(normal);
  });
});

describe('isNearIdenticalTitle', () => {
  it.each([
    ['Senior Backend Engineer', 'Sr. Backend Engineer (m/w/d)'],
    ['Backend Engineer, Payments', 'Payments Backend Engineer'],
    ['Senior Platform Engineer', 'Senior Platfrom Engineer'], // a typo on a repost
    ['Data Engineer - Hybrid', 'Data Engineer'],
  ])('%s ≈ %s', (a, b) => {
    expect(isNearIdenticalTitle(a, b)).toBe(true);
  });

  it.each([
    ['Senior Backend Engineer', 'Backend Engineer'], // another level is another job
    ['Software Engineer II', 'Software Engineer III'],
    ['Backend Engineer', 'Frontend Engineer'],
    ['Data Engineer', 'Data Scientist'],
    ['Engineering Manager', 'Engineer'],
    ['', 'Engineer'],
  ])('%s ≠ %s', (a, b) => {
    expect(isNearIdenticalTitle(a, b)).toBe(false);
  });
});

describe('findLookAlike (repost detection)', () => {
  const saved = [
    {
      id: 'a',
      title: 'Senior Backend Engineer',
      company: 'Snapfix Ltd',
      canonicalUrl: 'https://boards.example/snapfix/1',
    },
    { id: 'b', title: 'Designer', company: 'Other', canonicalUrl: 'https://boards.example/other/2' },
  ];

  it('finds the same company and a near-identical title under another URL', () => {
    const found = findLookAlike(saved, {
      title: 'Sr Backend Engineer (m/w/d)',
      company: 'SNAPFIX',
      canonicalUrl: 'https://www.linkedin.com/jobs/view/4000000001',
    });
    expect(found?.id).toBe('a');
  });

  it('is not a look-alike of itself (same canonical URL)', () => {
    expect(
      findLookAlike(saved, {
        title: 'Senior Backend Engineer',
        company: 'Snapfix',
        canonicalUrl: 'https://boards.example/snapfix/1',
      }),
    ).toBeNull();
  });

  it('claims nothing for another company, another level, or no company', () => {
    const url = 'https://x.example/9';
    expect(
      findLookAlike(saved, { title: 'Senior Backend Engineer', company: 'Snapfox', canonicalUrl: url }),
    ).toBeNull();
    expect(
      findLookAlike(saved, { title: 'Backend Engineer', company: 'Snapfix', canonicalUrl: url }),
    ).toBeNull();
    expect(
      findLookAlike(saved, { title: 'Senior Backend Engineer', company: null, canonicalUrl: url }),
    ).toBeNull();
  });
});
