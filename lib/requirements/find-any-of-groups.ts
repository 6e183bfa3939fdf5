import type { SkillMention } from '@/lib/skills/find-mentions';

// What may stand between two members of one list: "Python, Go, or Node.js", "Rails, Spring, or Django".
const LIST_GAP = /^[\s,/]*(?:(and\/or|and|or|und\/oder|und|oder|et\/ou|et|ou|&)[\s,/]+)?$/i;
const OR_WORD = /^(?:and\/or|or|oder|und\/oder|ou|et\/ou)$/i;
// Before a list, words that say one member is enough.
const ANY_CUE =
  /(?:one or more of|one or two of|one of|any of|at least one of|either|eine[rs]? (?:der folgenden|von)|l'un(?:e)? des|au moins un(?:e)? de)[\s:]*$/i;

/**
 * Lists of skills where one member would do: "one or more of: Python, Go, or Node.js", "a language like
 * PHP, Java, or Ruby", "Kafka or RabbitMQ". A list joined by "and" without such a cue is not a group.
 * Returns groups of indices into `mentions` (two or more distinct skills each).
 */
export function findAnyOfGroups(text: string, mentions: readonly SkillMention[]): number[][] {
  const groups: number[][] = [];
  let run: number[] = [];
  let hasOr = false;
  const close = () => {
    const first = mentions[run[0] ?? -1];
    if (first && run.length >= 2) {
      // The 60 characters before the list, cut at a line break (searched in that window only: a lastIndexOf
      // over the whole text per list was quadratic on a long line).
      const window = text.slice(Math.max(0, first.start - 60), first.start);
      const before = window.slice(window.lastIndexOf('\n') + 1);
      const skills = new Set(run.map((m) => mentions[m]?.skillId));
      if (skills.size >= 2 && (hasOr || ANY_CUE.test(before))) groups.push(run);
    }
    run = [];
    hasOr = false;
  };
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m];
    if (!mention) continue;
    const previous = mentions[run[run.length - 1] ?? -1];
    if (previous) {
      const gap = text.slice(previous.end, mention.start);
      const match = gap.length <= 12 && !gap.includes('\n') ? LIST_GAP.exec(gap) : null;
      if (match) {
        if (match[1] && OR_WORD.test(match[1])) hasOr = true;
        run.push(m);
        continue;
      }
      close();
    }
    run = [m];
  }
  close();
  return groups;
}
