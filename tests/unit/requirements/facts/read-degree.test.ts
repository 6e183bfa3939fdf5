import { describe, expect, it } from 'vitest';
import { splitFactSentences } from '@/lib/requirements/facts/fact-sentences';
import { readDegree } from '@/lib/requirements/facts/read-degree';

const degreeOf = (text: string) => {
  const fact = readDegree(splitFactSentences(text));
  return fact ? [fact.degree, fact.required ? 'required' : 'preferred'] : null;
};

describe('readDegree', () => {
  it.each([
    ["You hold a Bachelor's degree in Computer Science.", "Bachelor's", 'required'],
    ['BSc/MSc in Computer Science or a related field.', "Bachelor's", 'required'],
    ["Master's or PhD in Statistics.", "Master's", 'required'],
    ["Bachelor's degree required, Master's degree preferred.", "Bachelor's", 'required'],
    ['A degree in engineering or equivalent practical experience.', 'Degree', 'preferred'],
    ["A Bachelor's degree in Physics is a plus.", "Bachelor's", 'preferred'],
    ['PhD in machine learning preferred.', 'PhD', 'preferred'],
    ['Abgeschlossenes Studium der Informatik oder eine vergleichbare Ausbildung.', 'Degree', 'preferred'],
    ['Du hast eine Promotion in Physik oder Mathematik und Erfahrung mit Python.', 'PhD', 'required'],
    ['Diploma di laurea in ingegneria costituisce un plus.', 'Degree', 'preferred'],
    ['Vous avez un diplôme d’ingénieur ou un Bac+5 en informatique.', "Master's", 'required'],
  ])('%s -> %s (%s)', (text, degree, status) => {
    expect(degreeOf(text)).toEqual([degree, status]);
  });

  it.each([
    // The German word for a doctorate in English text is a promotion, not a PhD.
    'You will build our environment promotion flows and release tooling.',
    'Our team of doctors and PhDs has built the platform since 2015.',
    'We are a company founded by two PhD students.',
    'You bring a high degree of autonomy and ownership.',
    'We give you a 360 degree view of your customers.',
    'No degree required: we care about what you can do.',
    'You are a Scrum Master who loves agile teams.',
    'Master the art of reading legacy code.',
    'Tuition reimbursement for your Master’s degree is one of our benefits.',
  ])('no degree in: %s', (text) => {
    const sentences = splitFactSentences(text.startsWith('Tuition') ? `Benefits\n${text}` : text);
    expect(readDegree(sentences)).toBeNull();
  });

  it('quotes the sentence it read the degree from', () => {
    const fact = readDegree(
      splitFactSentences('About the role. You have a BSc in Mathematics. You like tea.'),
    );
    expect(fact?.evidence).toBe('You have a BSc in Mathematics.');
  });
});
