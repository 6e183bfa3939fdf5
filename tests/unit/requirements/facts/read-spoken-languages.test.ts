import { describe, expect, it } from 'vitest';
import { splitFactSentences } from '@/lib/requirements/facts/fact-sentences';
import { readSpokenLanguages } from '@/lib/requirements/facts/read-spoken-languages';

const read = (text: string) => readSpokenLanguages(splitFactSentences(text)).languages;

describe('readSpokenLanguages', () => {
  it.each([
    [
      'Fluent in Arabic and English.',
      [
        ['Arabic', 'required'],
        ['English', 'required'],
      ],
    ],
    [
      'Fluent English is a must, while Spanish and Dutch are considered an advantage.',
      [
        ['English', 'required'],
        ['Spanish', 'preferred'],
        ['Dutch', 'preferred'],
      ],
    ],
    ['Sehr gute Deutschkenntnisse in Wort und Schrift.', [['German', 'required']]],
    ['Conoscenza della lingua inglese (livello B2).', [['English', 'required']]],
    [
      'Maîtrise de l’anglais courant ; l’allemand serait un plus.',
      [
        ['English', 'required'],
        ['German', 'preferred'],
      ],
    ],
    ['You can work in an English-speaking team.', [['English', 'required']]],
    ['・英語でのコミュニケーション経験', [['English', 'required']]],
    ['Вільне володіння англійською мовою.', [['English', 'required']]],
  ])('%s', (text, expected) => {
    expect(read(text).map((l) => [l.language, l.importance])).toEqual(expected);
  });

  it.each([
    'Benefits\nFree German language classes for you and your family.',
    'We support 40 languages, including Japanese and Korean.',
    'Our product is used by English and French schools.',
    'You will polish our UI and speak with customers.',
    'Foreign language courses, English included.',
  ])('no language asked in: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
