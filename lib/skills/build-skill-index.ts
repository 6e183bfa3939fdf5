import type { TaxonomySkill } from '@/lib/schemas/taxonomy';
import { AMBIGUOUS_WORDS } from './ambiguous-words';
import { SOFT_SEP_MAX } from './char-tables';
import { TokenFlag, singularHash, tokenFlags, tokenize, tokenText } from './tokenize';

/** One written form of a skill (its name or an alias) as the finder matches it. */
export interface SkillForm {
  skill: number; // index into SkillIndex.skills
  written: string; // as the taxonomy writes it, without a trailing "?"
  tokens: string[]; // lower-cased tokens
  /** An ordinary word too ("Go", "Spring", "Excel"): counts only with context. */
  ambiguous: boolean;
  /** Written in capitals ("AWS", "REST", "C"): the same capitals in the text are a signal. */
  acronym: boolean;
  /** Written with a capital first letter ("Go", "Spring"). */
  capitalised: boolean;
  isName: boolean;
}

export interface TrieNode {
  children: Map<number, TrieNode> | null; // keyed by token hash
  forms: SkillForm[] | null; // forms that end here, best first
}

export interface IndexedSkill {
  id: string;
  name: string;
  category: string;
}

export interface SkillIndex {
  root: Map<number, TrieNode>;
  /** The root level as an open-addressing table (see buildSkillIndex); `root` is the same as a Map. */
  rootKeys: Int32Array;
  rootSlots: Int32Array;
  rootNodes: TrieNode[];
  skills: IndexedSkill[];
  byId: Map<string, number>;
  /** Written forms in the index (names and aliases). */
  forms: number;
  /** Every written form, for baselines and tests. */
  writtenForms: string[];
  /** Every form entry in the order it was made (writtenForms[i] is formList[i].written). */
  formList: SkillForm[];
  buildMs: number;
}

/**
 * A token trie over every written form of every skill, keyed by 32-bit token hashes so the finder never
 * allocates a string for a token that starts no skill. Forms are inserted under their exact tokens and
 * under the singular of their last token, so "REST APIs" and "REST API" find each other.
 */
export function buildSkillIndex(
  taxonomy: { skills: readonly TaxonomySkill[] },
  excludedForms: ReadonlySet<string> = new Set(),
): SkillIndex {
  const began = performance.now();
  const root = new Map<number, TrieNode>();
  const skills: IndexedSkill[] = [];
  const byId = new Map<string, number>();
  const writtenForms: string[] = [];
  const formList: SkillForm[] = [];
  let formCount = 0;

  for (const skill of taxonomy.skills) {
    if (byId.has(skill.id)) continue;
    const skillIndex = skills.length;
    const name = skill.name.replace(/\?$/, '');
    skills.push({ id: skill.id, name, category: skill.category });
    byId.set(skill.id, skillIndex);
    const seen = new Set<string>();
    // The taxonomy names the forms that are ordinary words ("Go" but not "Golang"); an ambiguous skill
    // without that list needs context for every form.
    const ambiguousForms = skill.ambiguousAliases
      ? new Set(skill.ambiguousAliases.map((form) => form.replace(/\?$/, '').trim().toLowerCase()))
      : null;
    const written = [skill.name, ...skill.aliases];
    for (let w = 0; w < written.length; w++) {
      const raw = (written[w] ?? '').trim();
      const markedAmbiguous = raw.endsWith('?');
      const form = markedAmbiguous ? raw.slice(0, -1).trim() : raw;
      const key = form.toLowerCase();
      if (form === '' || seen.has(key) || excludedForms.has(key)) continue;
      seen.add(key);
      const tokens = tokenize(form, true); // used only within this iteration
      if (tokens.count === 0 || tokens.count > 12) continue;
      let phrase = true;
      for (let t = 1; t < tokens.count; t++) if ((tokens.seps[t] ?? 0) > SOFT_SEP_MAX) phrase = false;
      // A form with a comma or bracket inside can never match running text: leave it out.
      if (!phrase) continue;
      const words: string[] = [];
      for (let t = 0; t < tokens.count; t++) words.push(tokenText(form, tokens, t));
      if (excludedForms.has(words.join(' '))) continue; // "ACT!" is the excluded "act" too
      const single = tokens.count === 1;
      const flags = tokenFlags(form, tokens, 0);
      const alphabetic = single && /^\p{L}+$/u.test(form);
      const acronym = /\p{Lu}/u.test(form) && !/\p{Ll}/u.test(form);
      const ambiguous =
        markedAmbiguous ||
        (ambiguousForms !== null && ambiguousForms.has(key)) ||
        (ambiguousForms === null && skill.ambiguous === true) ||
        (single &&
          // A one-word soft skill ("flexible", "creative") describes the company as often as the candidate.
          // A one-word domain ("payments", "insurance") usually describes the company, not what is asked.
          // Names only generated sources know (O*NET products, ESCO terms) are often plain words: "ProFile".
          (!(skill.source ?? ['curated']).includes('curated') ||
            skill.category === 'soft-skill' ||
            skill.category === 'knowledge' ||
            AMBIGUOUS_WORDS.has(words[0] ?? '') ||
            // One or two letters ("R", "C", "ML") are too short to count in lower case without context.
            (alphabetic && form.length <= 2)));
      const entry: SkillForm = {
        skill: skillIndex,
        written: form,
        tokens: words,
        ambiguous,
        acronym,
        capitalised: (flags & TokenFlag.capitalised) !== 0,
        isName: w === 0,
      };
      insert(root, tokens.hashes, entry, tokens.count);
      // "REST APIs" is also found as "REST API"; but "ETCS" is not "etc": acronyms keep their last letter.
      const lastFlags = tokenFlags(form, tokens, tokens.count - 1);
      const lastSingular = singularHash(form, tokens, tokens.count - 1);
      if ((lastFlags & TokenFlag.allCaps) === 0 && lastSingular !== (tokens.hashes[tokens.count - 1] ?? 0)) {
        const hashes = Int32Array.from(tokens.hashes.subarray(0, tokens.count));
        hashes[tokens.count - 1] = lastSingular;
        insert(root, hashes, entry, tokens.count);
      }
      writtenForms.push(form);
      formList.push(entry);
      formCount++;
    }
  }
  sortForms(root);
  return {
    root,
    ...rootTable(root),
    skills,
    byId,
    forms: formCount,
    writtenForms,
    formList,
    buildMs: performance.now() - began,
  };
}

/**
 * The first level as an open-addressing table of plain integers: one or two array reads per token instead of a
 * Map lookup, for the lookup every token of the text makes.
 */
export function rootTable(
  root: Map<number, TrieNode>,
): Pick<SkillIndex, 'rootKeys' | 'rootSlots' | 'rootNodes'> {
  let size = 16;
  while (size < root.size * 4) size <<= 1;
  const rootKeys = new Int32Array(size);
  const rootSlots = new Int32Array(size); // 1 + index into rootNodes; 0 = empty
  const rootNodes: TrieNode[] = [];
  for (const [hash, node] of root) {
    let slot = hash & (size - 1);
    while ((rootSlots[slot] ?? 0) !== 0) slot = (slot + 1) & (size - 1);
    rootKeys[slot] = hash;
    rootNodes.push(node);
    rootSlots[slot] = rootNodes.length;
  }
  return { rootKeys, rootSlots, rootNodes };
}

function insert(root: Map<number, TrieNode>, hashes: Int32Array, form: SkillForm, count: number): void {
  let level = root;
  let node: TrieNode | undefined;
  for (let t = 0; t < count; t++) {
    const hash = hashes[t] ?? 0;
    node = level.get(hash);
    if (!node) {
      node = { children: null, forms: null };
      level.set(hash, node);
    }
    if (t < count - 1) {
      node.children ??= new Map();
      level = node.children;
    }
  }
  if (!node) return;
  node.forms ??= [];
  if (!node.forms.includes(form)) node.forms.push(form);
}

// Where two skills share a written form, prefer the one whose name it is, then the unambiguous one, then the
// taxonomy's order (curated skills come first there).
function sortForms(level: Map<number, TrieNode>): void {
  for (const node of level.values()) {
    if (node.forms && node.forms.length > 1) {
      node.forms.sort(
        (a, b) =>
          Number(b.isName) - Number(a.isName) ||
          Number(a.ambiguous) - Number(b.ambiguous) ||
          a.skill - b.skill,
      );
    }
    if (node.children) sortForms(node.children);
  }
}
