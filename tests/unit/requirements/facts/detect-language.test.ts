import { describe, expect, it } from 'vitest';
import { detectLanguage } from '@/lib/requirements/facts/detect-language';
import { yearsAskedOfCandidate } from '@/lib/requirements/facts/years-asked';

describe('detectLanguage', () => {
  it.each([
    ['You will work with the team on our new product.', 'en'],
    ['Du arbeitest mit dem Team an unserer neuen Plattform und bist für die Qualität verantwortlich.', 'de'],
    ['Vous travaillerez avec nous sur la plateforme de paiement.', 'fr'],
    ['Lavorerai con il team per la gestione della logistica e delle spedizioni.', 'it'],
    ['Досвід роботи з CRM від 3 років.', 'cyrillic'],
    ['英語でのコミュニケーション経験', 'ja'],
  ])('%s -> %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
  it('falls back when a short line says nothing', () => {
    expect(detectLanguage('Kubernetes, Terraform', 'de')).toBe('de');
  });
});

describe('yearsAskedOfCandidate', () => {
  it.each([
    ['You have 2-4 years of experience as an engineer with a proven history of shipping.', true],
    ['We are looking for a candidate with at least 5 years of experience.', true],
    ['Minimum 7 years in e-commerce leadership.', true],
    ['In only 9 years on the market we have grown to 300 people.', false],
    ['We aim to build a $500 million business over the next five years.', false],
    ['Candidates provide their employment history for up to three years.', false],
    ['Our founders have 20 years in fintech.', false],
  ])('%s -> %s', (sentence, asked) => {
    expect(yearsAskedOfCandidate(sentence)).toBe(asked);
  });
});
