import { afterEach, beforeEach, expect, it } from 'vitest';
import { createAnalysisHandlers } from '@/lib/background/analysis-handlers';
import type { GapmarkDatabase } from '@/lib/db/database';
import { createSettingsRepository } from '@/lib/db/settings-repo';
import { DEFAULT_PREFERENCES } from '@/lib/schemas/preferences';
import { openTestDatabase } from '../saved/open-test-database';

// The background's analysis.run answers with the posting's conflicts with the stored preferences (what the
// chip shows), read by the real engine from the posting's own sentences.

const TEXT = [
  'Backend Engineer',
  'Requirements',
  '- 4+ years of backend development with Python.',
  'Good to know',
  'This role is based in our Manchester office. We are unable to sponsor visas for this role.',
].join('\n');

const run = (db: GapmarkDatabase) =>
  createAnalysisHandlers(db)['analysis.run']({
    text: TEXT,
    source: 'text',
    confidence: 1,
    posting: {
      title: 'Backend Engineer',
      company: 'Northwind',
      location: null,
      remote: null,
      employmentType: null,
      url: 'https://jobs.example/1',
    },
    identifier: null,
  });

let db: GapmarkDatabase;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(() => db.close());

it('flags the refusal with its sentence when the person needs sponsorship, and a hidden company', async () => {
  await createSettingsRepository(db).set('hiddenCompanies', ['northwind']);
  await createSettingsRepository(db).set('preferences', {
    ...DEFAULT_PREFERENCES,
    needsVisaSponsorship: true,
    workplaces: ['remote'],
  });
  const reply = await run(db);
  expect(reply.dealbreakers).toEqual([
    'Says: no visa sponsorship: “We are unable to sponsor visas for this role.”',
    'On-site only; you want remote: “This role is based in our Manchester office.”',
    'Northwind is on your hidden list',
  ]);
});

it('flags nothing with the default preferences', async () => {
  expect((await run(db)).dealbreakers).toEqual([]);
});
