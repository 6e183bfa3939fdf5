import { describe, expect, it } from 'vitest';
import { splitFactSentences } from '@/lib/requirements/facts/fact-sentences';
import { readSeniority, seniorityOfTitle, seniorityOfYears } from '@/lib/requirements/facts/read-seniority';

describe('seniorityOfTitle', () => {
  it.each([
    ['Senior Backend Engineer', 'senior'],
    ['Sr. Data Analyst', 'senior'],
    ['Junior Frontend Developer (m/w/d)', 'junior'],
    ['Software Engineer II', 'mid'],
    ['Mid-Senior level', 'mid'], // a range gives its lower level
    ['Staff Software Engineer', 'staff'],
    ['Principal Cloud Architect', 'principal'],
    ['Engineering Manager, Payments', 'lead'],
    ['Tech Lead – Mobile', 'lead'],
    ['Director of Engineering', 'head'],
    ['Head of Data', 'head'],
    ['Werkstudent Softwareentwicklung', 'intern'],
    ['Summer Internship – Data Science', 'intern'],
  ])('%s -> %s', (title, level) => {
    expect(seniorityOfTitle(title)).toBe(level);
  });

  it.each(['Studio Tour Staff', 'Backend Developer', 'Customer Success Manager', 'Internal Tools Engineer'])(
    'no level in %s',
    (title) => {
      expect(seniorityOfTitle(title)).toBeNull();
    },
  );
});

describe('readSeniority', () => {
  const read = (title: string | null, text: string, years: number | null = null) =>
    readSeniority(
      title,
      splitFactSentences(text),
      years === null ? null : { years, evidence: `${years} years` },
    )?.seniority ?? null;

  it('takes the title first', () => {
    expect(read('Senior Java Developer', 'Experience level: Junior', 1)).toBe('senior');
  });
  it('takes a single level field over the years', () => {
    expect(read(null, 'Experience level:\nLead\nYou have 3 years of experience.', 3)).toBe('lead');
  });
  it('lets a range field give way to the text, then the years, then its lowest level', () => {
    const field = 'Experience level:\nJunior Mid-Level Senior\n';
    expect(read(null, `${field}The senior role will own our payments platform.`)).toBe('senior');
    expect(read(null, `${field}You have 3 years of experience.`, 3)).toBe('mid');
    expect(read(null, field)).toBe('junior');
  });
  it('reads a board line that is only a level', () => {
    expect(read(null, 'Full-time\nOnsite\nMid Level\n')).toBe('mid');
  });
  it.each([
    [0, 'junior'],
    [1, 'junior'],
    [2, 'mid'],
    [4, 'mid'],
    [5, 'senior'],
    [12, 'senior'],
  ])('%i years -> %s', (years, level) => {
    expect(seniorityOfYears(years)).toBe(level);
  });
  it('reads a leading role said of this job, not of the person it reports to', () => {
    expect(read(null, 'The Director of Growth owns the P&L of the shop.')).toBe('head');
    expect(read(null, 'You will report to the Director of Engineering and work on the API.')).toBeNull();
  });
  it('gives no level where nothing says one', () => {
    expect(read(null, 'We build tools for farmers. You write TypeScript and talk to users.')).toBeNull();
    expect(read(null, 'Our senior engineers mentor each other every week.')).toBeNull();
  });
  it('reads an entry-level job from "no experience needed"', () => {
    expect(read(null, 'No prior experience required: we train you.')).toBe('junior');
  });
});
