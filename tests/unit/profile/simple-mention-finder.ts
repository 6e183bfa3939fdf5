import type { CatalogSkill } from '@/lib/profile/skill-lookup';
import { foldSkillName } from '@/lib/profile/fold-skill-name';
import type { MentionFinder, SkillMention } from '@/lib/profile/extract-cv-skills';

// A word: letters and digits, with "+" and "#" inside or after (C++, C#) and "." or "-" joining parts
// (Node.js, scikit-learn); a leading "." for .NET. A sentence's full stop is not part of the word.
const TOKEN = /\.?[\p{L}\p{N}][\p{L}\p{N}+#]*(?:[.-][\p{L}\p{N}+#]+)*/gu;
const MAX_WORDS = 4;

/**
 * A small dictionary finder over names and aliases, longest match first, for the profile's unit tests, which use a
 * tiny taxonomy rather than the skills engine's index. Ambiguous skills (Go, R, Swift...) are skipped: telling
 * them from ordinary words needs the engine's context rules.
 */
export function createSimpleMentionFinder(skills: readonly CatalogSkill[]): MentionFinder {
  const forms = new Map<string, string>();
  for (const skill of skills) {
    if (skill.ambiguous) continue;
    for (const form of [skill.name, ...skill.aliases]) {
      const key = foldSkillName(form);
      if (key && !forms.has(key)) forms.set(key, skill.id);
    }
  }
  return (text) => {
    const tokens = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const mentions: SkillMention[] = [];
    for (let i = 0; i < tokens.length;) {
      let matched = 0;
      for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
        const start = tokens[i]!.start;
        const end = tokens[i + n - 1]!.end;
        // Words must be on one line to form one name.
        const written = text.slice(start, end);
        if (written.includes('\n')) continue;
        const skillId = forms.get(foldSkillName(written));
        if (skillId) {
          mentions.push({ skillId, start, end });
          matched = n;
          break;
        }
      }
      i += matched || 1;
    }
    return mentions;
  };
}
