import { rootTable, type SkillForm, type SkillIndex, type TrieNode } from './build-skill-index';

// The finder's index as plain JSON, so the background loads it with one JSON.parse instead of tokenising and
// hashing ~8,000 written forms on its first analysis (the trie build was most of a cold start). Built by
// `npm run build:skill-index` into lib/skills/data/skill-index.json; a unit test checks the committed file
// against buildSkillIndex over the taxonomy, as the taxonomy test does for taxonomy.json.

/** A trie node: [token hash, indexes into `forms` (best first) or 0, child nodes or 0]. */
export type PackedNode = [number, number[] | 0, PackedNode[] | 0];

export interface PackedSkillIndex {
  version: 1;
  /** id, name, category of each skill, one after the other. */
  skills: string[];
  /**
   * [skill index, written form, lower-cased tokens, flags (1 ambiguous, 2 acronym, 4 capitalised, 8 name)];
   * the tokens are 0 when they are the written form lower-cased and split at spaces (most forms).
   */
  forms: [number, string, string[] | 0, number][];
  root: PackedNode[];
}

const tokensOf = (written: string): string[] => written.toLowerCase().split(' ');

export function packSkillIndex(index: SkillIndex): PackedSkillIndex {
  const formIds = new Map<SkillForm, number>();
  const forms: PackedSkillIndex['forms'] = [];
  const formId = (form: SkillForm): number => {
    let id = formIds.get(form);
    if (id === undefined) {
      id = forms.length;
      formIds.set(form, id);
      const flags =
        (form.ambiguous ? 1 : 0) |
        (form.acronym ? 2 : 0) |
        (form.capitalised ? 4 : 0) |
        (form.isName ? 8 : 0);
      const derived = tokensOf(form.written);
      const same = derived.length === form.tokens.length && derived.every((t, i) => t === form.tokens[i]);
      forms.push([form.skill, form.written, same ? 0 : form.tokens, flags]);
    }
    return id;
  };
  for (const form of index.formList) formId(form); // in the order the builder made them
  const packLevel = (level: Map<number, TrieNode>): PackedNode[] =>
    [...level].map(([hash, node]) => [
      hash,
      node.forms ? node.forms.map(formId) : 0,
      node.children ? packLevel(node.children) : 0,
    ]);
  return {
    version: 1,
    skills: index.skills.flatMap((s) => [s.id, s.name, s.category]),
    forms,
    root: packLevel(index.root),
  };
}

export function unpackSkillIndex(packed: PackedSkillIndex): SkillIndex {
  const began = performance.now();
  const skills: SkillIndex['skills'] = [];
  const byId = new Map<string, number>();
  for (let i = 0; i + 2 < packed.skills.length; i += 3) {
    byId.set(packed.skills[i]!, skills.length);
    skills.push({ id: packed.skills[i]!, name: packed.skills[i + 1]!, category: packed.skills[i + 2]! });
  }
  const forms: SkillForm[] = packed.forms.map(([skill, written, tokens, flags]) => ({
    skill,
    written,
    tokens: tokens === 0 ? tokensOf(written) : tokens,
    ambiguous: (flags & 1) !== 0,
    acronym: (flags & 2) !== 0,
    capitalised: (flags & 4) !== 0,
    isName: (flags & 8) !== 0,
  }));
  const unpackLevel = (nodes: readonly PackedNode[]): Map<number, TrieNode> => {
    const level = new Map<number, TrieNode>();
    for (const [hash, formIds, children] of nodes)
      level.set(
        hash,
        new LazyNode(formIds === 0 ? null : formIds.map((id) => forms[id]!), children, unpackLevel),
      );
    return level;
  };
  const root = unpackLevel(packed.root);
  return {
    root,
    ...rootTable(root),
    skills,
    byId,
    forms: forms.length,
    writtenForms: forms.map((form) => form.written),
    formList: forms,
    buildMs: performance.now() - began,
  };
}

/**
 * A trie node whose children are unpacked on first use: a text touches a few hundred of the ~12,000 nodes, so
 * a cold worker unpacks only the first level (and the paths its first posting walks).
 */
class LazyNode implements TrieNode {
  private unpacked: Map<number, TrieNode> | null | undefined;
  constructor(
    readonly forms: SkillForm[] | null,
    private readonly packed: PackedNode[] | 0,
    private readonly unpack: (nodes: readonly PackedNode[]) => Map<number, TrieNode>,
  ) {}

  get children(): Map<number, TrieNode> | null {
    if (this.unpacked === undefined) this.unpacked = this.packed === 0 ? null : this.unpack(this.packed);
    return this.unpacked;
  }
}
