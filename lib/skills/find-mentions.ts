import { SOFT_SEP_MAX } from './char-tables';
import type { SkillForm, SkillIndex, TrieNode } from './build-skill-index';
import { resolveAmbiguity } from './resolve-ambiguity';
import { tokenize, tokenText, type Tokens } from './tokenize';

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
export function findMentions(
  text: string,
  index: SkillIndex,
  tokens: Tokens = tokenize(text),
): SkillMention[] {
  const raw = matchTokens(text, tokens, index);
  const accepted = resolveAmbiguity(text, tokens, raw, index);
  const mentions: SkillMention[] = [];
  for (let m = 0; m < raw.length; m++) {
    if (!accepted[m]) continue;
    const match = raw[m];
    if (!match) continue;
    const skill = index.skills[match.form.skill];
    if (!skill) continue;
    const start = tokens.starts[match.firstToken] ?? 0;
    const end = tokens.ends[match.lastToken] ?? 0;
    mentions.push({
      skillId: skill.id,
      skill: skill.name,
      category: skill.category,
      start,
      end,
      text: text.slice(start, end),
      firstToken: match.firstToken,
      lastToken: match.lastToken,
      ambiguous: match.form.ambiguous,
    });
  }
  return mentions;
}

/** Greedy longest matches of the trie over the tokens (before any context rule). */
export function matchTokens(text: string, tokens: Tokens, index: SkillIndex): RawMatch[] {
  const { count, hashes, singulars, seps } = tokens;
  const root = index.root;
  const matches: RawMatch[] = [];
  for (let i = 0; i < count; i++) {
    let node: TrieNode | undefined = root.get(hashes[i] ?? 0);
    if (node === undefined && singulars[i] !== hashes[i]) node = root.get(singulars[i] ?? 0);
    if (node === undefined) continue;
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
      if (node === undefined && singulars[j] !== hashes[j]) node = children.get(singulars[j] ?? 0);
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
    for (let t = 0; ok && t < form.tokens.length; t++) {
      const word = tokenText(text, tokens, first + t);
      const want = form.tokens[t] ?? '';
      ok =
        word === want ||
        singularOf(word) === want ||
        singularOf(word) === singularOf(want) ||
        word === singularOf(want);
    }
    if (ok) return form;
  }
  return null;
}

export function singularOf(word: string): string {
  if (word.length >= 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length >= 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
