import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/sites';
import { listSiteFixtures, pickE2eFixtures, readFixtureHtml } from '../../fixtures/sites';
import { loadDocument } from './load-document';

const fixtures = listSiteFixtures();

describe('site fixtures', () => {
  it('has fixtures for boards, JSON-LD, generic and negative pages', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
    expect(fixtures.filter((f) => !f.expected.isJobPosting).length).toBeGreaterThanOrEqual(4);
  });

  it.each(fixtures.map((f) => [f.id, f] as const))('%s reads as expected', (_id, fixture) => {
    const doc = loadDocument(readFixtureHtml(fixture), fixture.url);
    const reading = readPage(doc, new URL(fixture.url));
    const e = fixture.expected;
    expect(reading.isJobPosting, reading.reason ?? '').toBe(e.isJobPosting);
    if (e.source !== undefined) expect(reading.source).toBe(e.source);
    if (e.title !== undefined) expect(reading.posting.title).toBe(e.title);
    if (e.company !== undefined) expect(reading.posting.company).toBe(e.company);
    if (e.location !== undefined) expect(reading.posting.location).toBe(e.location);
    if (e.remote !== undefined) expect(reading.posting.remote).toBe(e.remote);
    if (e.employmentType !== undefined) expect(reading.posting.employmentType).toBe(e.employmentType);
    if (e.identifier !== undefined) expect(reading.posting.identifier).toBe(e.identifier);
    if (e.salaryDisplay !== undefined) expect(reading.posting.salary?.display).toBe(e.salaryDisplay);
    if (e.experienceMonths !== undefined) expect(reading.posting.experienceMonths).toBe(e.experienceMonths);
    if (e.jsonLdSkills !== undefined) expect(reading.posting.jsonLdSkills).toEqual(e.jsonLdSkills);
    if (e.textStartsWith !== undefined)
      expect(reading.text.slice(0, 200)).toMatch(new RegExp(`^${escape(e.textStartsWith)}`));
    if (e.textEndsWith !== undefined)
      expect(reading.text.slice(-200)).toMatch(new RegExp(`${escape(e.textEndsWith)}$`));
    if (e.textLength !== undefined) {
      expect(reading.text.length).toBeGreaterThanOrEqual(e.textLength.min);
      expect(reading.text.length).toBeLessThanOrEqual(e.textLength.max);
    }
    if (e.minConfidence !== undefined) expect(reading.confidence).toBeGreaterThanOrEqual(e.minConfidence);
    if (e.maxConfidence !== undefined) expect(reading.confidence).toBeLessThanOrEqual(e.maxConfidence);
    if (e.isJobPosting) {
      // Postings read from the page keep the element the text came from, so highlights can be painted.
      if (e.descriptionOnPage !== false) expect(reading.descriptionRoot).not.toBeNull();
      expect(reading.textMap?.text).toBe(reading.text);
    } else {
      expect(reading.text).toBe('');
    }
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('pickE2eFixtures', () => {
  it('gives one posting per board plus the careers page and an unrelated page, each with a real URL', () => {
    const picked = pickE2eFixtures();
    expect(picked.map((f) => f.folder)).toEqual([
      'linkedin',
      'indeed',
      'greenhouse',
      'lever',
      'workday',
      'stepstone',
      'json-ld',
      'negative',
    ]);
    for (const f of picked) expect(() => new URL(f.url)).not.toThrow();
    expect(() => pickE2eFixtures(['nosuchboard'])).toThrow(/nosuchboard/);
  });
});
