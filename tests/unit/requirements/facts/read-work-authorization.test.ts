import { describe, expect, it } from 'vitest';
import { splitFactSentences } from '@/lib/requirements/facts/fact-sentences';
import { readWorkAuthorization } from '@/lib/requirements/facts/read-work-authorization';

const read = (text: string) => readWorkAuthorization(splitFactSentences(text));

describe('readWorkAuthorization', () => {
  it.each([
    ['Visa sponsorship is available for this role.', 'offered'],
    ['Perks\nVisa sponsor\nPaid relocation', 'offered'],
    ['We offer support with visa application processing.', 'offered'],
    ['Relocation package and visa assistance for you and your family.', 'offered'],
    ['We will not sponsor visas for this position.', 'not offered'],
    ['The company is unable to provide sponsorship for work authorization.', 'not offered'],
    ['Candidates must be able to work in the US without sponsorship.', 'not offered'],
    ['This position is only available to Swiss citizens.', 'not offered'],
    ['Due to the nature of the projects we require UK Eyes Only candidates.', 'not offered'],
  ])('%s -> %s', (text, visa) => {
    expect(read(text).visaSponsorship).toBe(visa);
  });

  it.each([
    'H1B Sponsor Likely',
    'We provide legal/visa services to startups entering Europe.',
    'Our team builds the service people use when applying for a visa.',
    'You must hold an active security clearance.',
    'Some vacancies may require Security Clearance.',
  ])('no sponsorship statement in: %s', (text) => {
    expect(read(text).visaSponsorship).toBeNull();
  });

  it('lists the conditions on who may be hired, each with its sentence', () => {
    const facts = read(
      'You must be authorised to work in the UK. An active Top Secret clearance is required. Open to citizens only.',
    );
    expect(facts.conditions.map((c) => c.kind).sort()).toEqual([
      'citizenship',
      'clearance',
      'work authorization',
    ]);
    expect(facts.conditions.find((c) => c.kind === 'work authorization')?.evidence).toBe(
      'You must be authorised to work in the UK.',
    );
    expect(facts.visaSponsorship).toBe('not offered');
    expect(read('We love clear code.').conditions).toEqual([]);
  });
});
