import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/requirements/analyze-text';
import { findTitleHead } from '@/lib/requirements/find-title-head';
import { splitLines } from '@/lib/text/split-lines';

// First lines written for these tests.
const head = (text: string) => {
  const span = findTitleHead(text, splitLines(text));
  return span ? text.slice(span.start, span.end) : null;
};

describe('findTitleHead', () => {
  it.each([
    ['Senior Java Developer (m/f/d) Acme GmbH Berlin', 'Senior Java Developer (m/f/d)'],
    ['Software Engineer - Java', 'Software Engineer - Java'],
    ['Full Stack Engineer (TypeScript / React) at Acme, remote', 'Full Stack Engineer (TypeScript / React)'],
    ['Angular Developer: Payments Onboarding | Acme', 'Angular Developer: Payments Onboarding'],
    ['\n\nPython Entwickler (m/w/d) in München', 'Python Entwickler (m/w/d)'],
  ])('%j starts with the title %j', (text, title) => {
    expect(head(text)).toBe(title);
  });

  it.each([
    ['We are looking for a Java developer with AWS'],
    ['Join us as a Python engineer'],
    ['You will build Kotlin services with our developers'],
    ['Requirements'],
    ['Python, Docker and AWS are what our developers use every day and much more than that'],
  ])('%j does not start with a title', (text) => {
    expect(head(text)).toBeNull();
  });

  it('skills in the title head are not requirements; the same skills in the text are', () => {
    const analysis = analyzeText(
      'Senior Java Developer (Kotlin / Spring) Acme GmbH Berlin\nRequirements\n- 5 years of Java\n',
      { isJobPosting: true },
    );
    const java = analysis.requirements.find((r) => r.id === 'java');
    expect(java?.mentions.map((m) => m.text)).toEqual(['Java']);
    expect(java?.mentions[0]?.start).toBeGreaterThan(analysis.text.indexOf('\n'));
    expect(analysis.requirements.map((r) => r.id)).not.toContain('kotlin');
  });
});
