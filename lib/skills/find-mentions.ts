import { SOFT_SEP_MAX } from './char-tables';
import type { SkillForm, SkillIndex, TrieNode } from './build-skill-index';
import { resolveAmbiguity } from './resolve-ambiguity';
import { TokenFlag, singularHash, tokenFlags, tokenIs, tokenize, tokenText, type Tokens } from './tokenize';

/** A skill found in the text: offsets into the analysed string, and the token range it covers. */
export interface SkillMention {
  skillId: string;
  skill: string; // display name
  category: string;
  start: number;
  end: number;
  text: string;
  firstToken: number;
  lastToken: number;
  ambiguous: boolean;
}

/** A trie hit before the ambiguity rules ran. */
export interface RawMatch {
  form: SkillForm;
  firstToken: number;
  lastToken: number;
}

/**
 * Every skill mention in `text`, in order, in one pass over its tokens: greedy longest match in the token
 * trie, then the context rules for ambiguous words. Offsets refer to `text` exactly as given.
 */
export function findMentions(text: string, index: SkillIndex, given?: Tokens): SkillMention[] {
  // The tokens do not outlive this call, so their arrays can be recycled.
  const tokens = given ?? tokenize(text, true);
  const raw = matchTokens(text, tokens, index);
  const accepted = resolveAmbiguity(text, tokens, raw, index);
  const mentions: SkillMention[] = [];
  for (let m = 0; m < raw.length; m++) {
    if (!accepted[m]) continue;
    const match = raw[m];
    if (!match) continue;
    const skill = index.skills[match.form.skill];
    if (!skill) continue;
    const multiple = match.lastToken > match.firstToken;
    const last = multiple ? trimmedLast(text, tokens, match) : match.lastToken;
    const first = multiple ? trimmedFirst(text, tokens, match, last) : match.firstToken;
    const start = tokens.starts[first] ?? 0;
    const end = tokens.ends[last] ?? 0;
    mentions.push({
      skillId: skill.id,
      skill: skill.name,
      category: skill.category,
      start,
      end,
      text: text.slice(start, end),
      firstToken: first,
      lastToken: last,
      ambiguous: match.form.ambiguous,
    });
  }
  return mentions;
}

// Words around a name that an alias may carry but that are not the skill itself: the mention of "the React
// framework" or "Fluent English" marks "React" and "English".
const GENERIC_TAIL = new Set([
  'framework',
  'frameworks',
  'language',
  'languages',
  'services',
  'service',
  'programming',
  'skills',
]);
const GENERIC_HEAD = new Set(['fluent', 'native', 'business', 'basic', 'advanced', 'good']);

function trimmedLast(text: string, tokens: Tokens, match: RawMatch): number {
  const last = match.lastToken;
  // Only a lower-case tail: "Zend Framework" is a name, "the React framework" is not.
  const lowerTail = (tokenFlags(text, tokens, last) & TokenFlag.allLower) !== 0;
  return lowerTail && GENERIC_TAIL.has(tokenText(text, tokens, last)) ? last - 1 : last;
}

function trimmedFirst(text: string, tokens: Tokens, match: RawMatch, last: number): number {
  const first = match.firstToken;
  return last > first && GENERIC_HEAD.has(tokenText(text, tokens, first)) ? first + 1 : first;
}

/** Greedy longest matches of the trie over the tokens (before any context rule). */
export function matchTokens(text: string, tokens: Tokens, index: SkillIndex): RawMatch[] {
  const { count, hashes, seps } = tokens;
  const { rootKeys, rootSlots, rootNodes } = index;
  const mask = rootKeys.length - 1;
  const lookup = (hash: number): TrieNode | undefined => {
    let slot = hash & mask;
    for (let taken = rootSlots[slot] as number; taken !== 0; taken = rootSlots[slot] as number) {
      if (rootKeys[slot] === hash) return rootNodes[taken - 1];
      slot = (slot + 1) & mask;
    }
    return undefined;
  };
  const matches: RawMatch[] = [];
  for (let i = 0; i < count; i++) {
    const hash = hashes[i] as number;
    let node: TrieNode | undefined = lookup(hash);
    if (node === undefined) {
      // Only a token ending in "s" has a singular to try.
      if ((text.charCodeAt((tokens.ends[i] ?? 0) - 1) | 32) !== 115) continue;
      const singular = singularHash(text, tokens, i);
      if (singular === hash) continue;
      node = lookup(singular);
      if (node === undefined) continue;
    }
    let best: SkillForm[] | null = null;
    let bestLast = -1;
    let j = i;
    while (node !== undefined) {
      if (node.forms !== null) {
        best = node.forms;
        bestLast = j;
      }
      j++;
      const children: Map<number, TrieNode> | null = node.children;
      if (children === null || j >= count || (seps[j] ?? 0) > SOFT_SEP_MAX) break;
      node = children.get(hashes[j] ?? 0);
      if (node === undefined) {
        const singular = singularHash(text, tokens, j);
        if (singular !== hashes[j]) node = children.get(singular);
      }
    }
    if (best === null) continue;
    const form = verifiedForm(text, tokens, best, i, bestLast);
    if (form === null) continue;
    matches.push({ form, firstToken: i, lastToken: bestLast });
    i = bestLast;
  }
  return matches;
}

// Hashes can collide: confirm the tokens are the form's words (or their singulars).
function verifiedForm(
  text: string,
  tokens: Tokens,
  forms: SkillForm[],
  first: number,
  last: number,
): SkillForm | null {
  for (const form of forms) {
    let ok = form.tokens.length === last - first + 1;
    for (let t = 0; ok && t < form.tokens.length; t++)
      ok = tokenIs(text, tokens, first + t, form.tokens[t] ?? '');
    if (ok) return form;
  }
  return null;
}
