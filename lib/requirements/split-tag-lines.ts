import type { SkillIndex } from '@/lib/skills/build-skill-index';
import { findMentions, type SkillMention } from '@/lib/skills/find-mentions';
import type { TextSpan } from '@/lib/text/split-lines';

// A board's tag list ("Technologies" / "cloud amazon-web-services azure devops automation"): lower-case tags,
// one word each, multi-word names hyphenated ("amazon-web-services", "spring-boot"). Two neighbouring tags are
// two skills, not one name across them: "azure devops" is Azure and DevOps, not Azure DevOps; "oracle cloud" is
// Oracle and cloud.
const TAG = /^\.?[\p{Ll}\p{N}][\p{Ll}\p{N}.#+/-]*$/u;
// Words of prose, which a tag list has none of ("ruby on rails", "react and node").
const PROSE_WORD = /^(?:and|or|on|in|of|for|with|to|the|a|an|as|at|by|is|are|we|you|our|your)$/;

/** True when `line` reads as a tag list: two or more lower-case one-word tags and no word of prose. */
export function isTagLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length >= 2 && words.every((w) => TAG.test(w) && !PROSE_WORD.test(w));
}

/**
 * The mentions with those of each tag line read tag by tag: each tag on its own, so a name never spans two
 * tags. Offsets stay offsets into `text` (the line is read with its spaces as line breaks, same length).
 */
export function splitTagLines(
  text: string,
  tagLines: readonly TextSpan[],
  mentions: readonly SkillMention[],
  index: SkillIndex,
): SkillMention[] {
  if (tagLines.length === 0) return [...mentions];
  const result: SkillMention[] = [];
  let next = 0;
  for (const line of tagLines) {
    while (next < mentions.length && mentions[next]!.start < line.start) result.push(mentions[next++]!);
    while (next < mentions.length && mentions[next]!.start < line.end) next++;
    const tags = text.slice(line.start, line.end).replace(/ /g, ',');
    for (const m of findMentions(tags, index))
      result.push({ ...m, start: m.start + line.start, end: m.end + line.start });
  }
  while (next < mentions.length) result.push(mentions[next++]!);
  return result;
}
