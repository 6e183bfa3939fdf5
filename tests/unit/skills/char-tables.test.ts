import { expect, it } from 'vitest';
import { FOLD_CHAR, LOWER_CHAR, WORD_CHAR } from '@/lib/skills/char-tables';
import { computeCharData } from '@/lib/skills/compute-char-data';
import charData from '@/lib/skills/data/char-data.json';

// The tokenizer's tables are built from character data computed ahead of time (lib/skills/data/char-data.json):
// they must be, unit for unit, what testing every code unit with this engine's Unicode data gives.

it('builds the same tables as testing each of the 65,536 code units', () => {
  const wordPattern = /[\p{L}\p{N}\p{M}]/u;
  const mismatches: string[] = [];
  for (let code = 0; code < 65536; code++) {
    const char = String.fromCharCode(code);
    const isSurrogate = code >= 0xd800 && code <= 0xdfff;
    const word = !isSurrogate && wordPattern.test(char) ? 1 : 0;
    const lower = isSurrogate ? char : char.toLowerCase();
    const lowerUnit = lower.length === 1 ? lower.charCodeAt(0) : code;
    const fold = word === 1 ? lowerUnit || 1 : 0;
    if (WORD_CHAR[code] !== word || LOWER_CHAR[code] !== lowerUnit || FOLD_CHAR[code] !== fold)
      mismatches.push(code.toString(16));
  }
  expect(mismatches).toEqual([]);
});

it('is the committed character data (npm run build:skill-index writes it)', () => {
  const { wordRuns, lowerPairs } = computeCharData('');
  expect(charData.wordRuns).toEqual(wordRuns);
  expect(charData.lowerPairs).toEqual(lowerPairs);
  // "İ" lower-cases to two units and keeps its own; "A" to "a".
  expect(LOWER_CHAR[0x130]).toBe(0x130);
  expect(LOWER_CHAR[65]).toBe(97);
});
