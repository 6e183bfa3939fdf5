import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/requirements/analyze-text';
import { AnalysisSchema } from '@/lib/schemas/analysis';

const posting = [
  'Senior Platform Engineer',
  'About us',
  'We are a company of 40 people and our founders hold PhDs in physics. In 9 years we have grown a lot.',
  'Requirements',
  '- 5+ years of experience building backend systems, or 3 years with a Master’s degree.',
  '- A Bachelor’s degree in Computer Science or equivalent experience.',
  '- Fluent English; German is a plus.',
  'Benefits',
  '- Hybrid working: two days a week in our Munich office.',
  '- Salary: €70,000 - €85,000 a year.',
  '- We sponsor your visa and help you relocate.',
].join('\n');

describe('analyzeText facts', () => {
  const analysis = analyzeText(posting);

  it('reads every fact with its evidence and stays valid against the schema', () => {
    expect(AnalysisSchema.safeParse(analysis).success).toBe(true);
    expect({
      minYears: analysis.minYears,
      seniority: analysis.seniority,
      degree: analysis.degree,
      degreeRequired: analysis.degreeRequired,
      spokenLanguages: analysis.spokenLanguages,
      languageRequirements: analysis.languageRequirements,
      workplace: analysis.workplace,
      visaSponsorship: analysis.visaSponsorship,
      salary: analysis.salary,
    }).toEqual({
      minYears: 3, // "5+ years, or 3 years with a Master’s": the lowest alternative
      seniority: 'senior',
      degree: "Bachelor's",
      degreeRequired: false,
      spokenLanguages: ['English', 'German'],
      languageRequirements: [
        { language: 'English', importance: 'required' },
        { language: 'German', importance: 'preferred' },
      ],
      workplace: 'hybrid',
      visaSponsorship: 'offered',
      salary: { min: 70000, max: 85000, currency: 'EUR', period: 'year', annual: 85000, source: 'employer' },
    });
    expect(analysis.evidence).toMatchObject({
      seniority: 'Senior Platform Engineer',
      degree: '- A Bachelor’s degree in Computer Science or equivalent experience.',
      workplace: '- Hybrid working: two days a week in our Munich office.',
      salary: '- Salary: €70,000 - €85,000 a year.',
      visaSponsorship: '- We sponsor your visa and help you relocate.',
    });
    expect(analysis.evidence?.minYears).toContain(
      '5+ years of experience building backend systems, or 3 years',
    );
  });

  it('prefers a salary the page gives as data', () => {
    const withData = analyzeText(posting, {
      salary: { min: 6000, max: null, currency: 'EUR', period: 'month', source: 'employer' },
    });
    expect(withData.salary).toEqual({
      min: 6000,
      max: null,
      currency: 'EUR',
      period: 'month',
      annual: 72000,
      source: 'employer',
    });
  });

  it('says nothing where a posting says nothing', () => {
    const bare = analyzeText('Backend Developer\nYou write Go and PostgreSQL and review code with the team.');
    expect([bare.degree, bare.workplace, bare.visaSponsorship, bare.salary, bare.seniority]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(bare.evidence).toEqual({});
  });
});
