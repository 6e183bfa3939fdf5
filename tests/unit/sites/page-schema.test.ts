import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { PageReadingDataSchema, PostingDetailsSchema } from '@/lib/schemas/page';
import { readPage, toPageReadingData, type PageReadingData, type PostingDetails } from '@/lib/sites';
import { listSiteFixtures, readFixtureHtml } from '../../fixtures/sites';
import { loadDocument } from './load-document';

describe('page reading schema', () => {
  it('the Zod schema and the plain types agree', () => {
    expectTypeOf<z.infer<typeof PostingDetailsSchema>>().toEqualTypeOf<PostingDetails>();
    expectTypeOf<z.infer<typeof PageReadingDataSchema>>().toEqualTypeOf<PageReadingData>();
  });

  it.each(listSiteFixtures().map((f) => [f.id, f] as const))('%s: the reading parses', (_id, fixture) => {
    const reading = readPage(loadDocument(readFixtureHtml(fixture), fixture.url), new URL(fixture.url));
    const parsed = PageReadingDataSchema.safeParse(toPageReadingData(reading));
    expect(parsed.success, parsed.error?.message).toBe(true);
  });
});
