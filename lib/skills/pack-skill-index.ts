import { rootTable, type SkillForm, type SkillIndex, type TrieNode } from './build-skill-index';

// The finder's index as plain JSON, so the background loads it with one JSON.parse instead of tokenising and
// hashing ~8,000 written forms on its first analysis (the trie build was most of a cold start). Built by
// `npm run build:skill-index` into lib/skills/data/skill-index.json; a unit test checks the committed file
// against buildSkillIndex over the taxonomy, as the taxonomy test does for taxonomy.json.
//
// The layout is flat (a few long arrays of numbers and one string of written forms, no array per node or per
// form): JSON.parse then makes a handful of objects instead of ~30,000, which is most of what a cold worker
// pays to load the index.

export interface PackedSkillIndex {
  version: 2;
  /** id, name, category of each skill, one after the other. */
  skills: string[];
  /** Per form: the index of its skill. */
  formSkills: number[];
  /** Per form: 1 ambiguous, 2 acronym, 4 capitalised, 8 name. */
  formFlags: number[];
  /** The written forms, one after the other, separated by "\n". */
  written: string;
  /**
   * [form index, lower-cased tokens] for the forms whose tokens are not the written form lower-cased and split at
   * spaces (the others, most forms, derive theirs).
   */
  tokens: [number, string[]][];
  /**
   * The trie, depth first: the number of root nodes, then per node its token hash, the length of its record
   * (this node and all below it, in numbers), the number of its forms, their indexes (best first), the number of
   * its children, then the children's records.
   */
  trie: number[];
}

const tokensOf = (written: string): string[] => written.toLowerCase().split(' ');

export function packSkillIndex(index: SkillIndex): PackedSkillIndex {
  const formIds = new Map<SkillForm, number>();
  const formSkills: number[] = [];
  const formFlags: number[] = [];
  const written: string[] = [];
  const tokens: [number, string[]][] = [];
  const formId = (form: SkillForm): number => {
    let id = formIds.get(form);
    if (id === undefined) {
      id = formSkills.length;
      formIds.set(form, id);
      if (form.written.includes('\n')) throw new Error(`a written form with a line break: ${form.written}`);
      formSkills.push(form.skill);
      formFlags.push(
        (form.ambiguous ? 1 : 0) |
          (form.acronym ? 2 : 0) |
          (form.capitalised ? 4 : 0) |
          (form.isName ? 8 : 0),
      );
      written.push(form.written);
      const derived = tokensOf(form.written);
      const same = derived.length === form.tokens.length && derived.every((t, i) => t === form.tokens[i]);
      if (!same) tokens.push([id, form.tokens]);
    }
    return id;
  };
  for (const form of index.formList) formId(form); // in the order the builder made them
  const trie: number[] = [index.root.size];
  const packNode = (hash: number, node: TrieNode) => {
    const start = trie.length;
    trie.push(hash, 0);
    const forms = node.forms ?? [];
    trie.push(forms.length, ...forms.map(formId));
    const children = node.children ?? new Map<number, TrieNode>();
    trie.push(children.size);
    for (const [childHash, child] of children) packNode(childHash, child);
    trie[start + 1] = trie.length - start;
  };
  for (const [hash, node] of index.root) packNode(hash, node);
  return {
    version: 2,
    skills: index.skills.flatMap((s) => [s.id, s.name, s.category]),
    formSkills,
    formFlags,
    written: written.join('\n'),
    tokens,
    trie,
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
  // Forms are made on first use (a posting reaches a few hundred of ~8,000), each once, so two trie paths to
  // one form still share its object.
  let writtenForms: string[] | undefined;
  let tokenLists: Map<number, string[]> | undefined;
  const made: (SkillForm | undefined)[] = new Array<SkillForm | undefined>(packed.formSkills.length);
  const formAt = (i: number): SkillForm => {
    let form = made[i];
    if (form === undefined) {
      writtenForms ??= packed.written === '' ? [] : packed.written.split('\n');
      tokenLists ??= new Map(packed.tokens);
      const written = writtenForms[i]!;
      const flags = packed.formFlags[i]!;
      form = {
        skill: packed.formSkills[i]!,
        written,
        tokens: tokenLists.get(i) ?? tokensOf(written),
        ambiguous: (flags & 1) !== 0,
        acronym: (flags & 2) !== 0,
        capitalised: (flags & 4) !== 0,
        isName: (flags & 8) !== 0,
      };
      made[i] = form;
    }
    return form;
  };
  const root = unpackLevel(packed.trie, 0, formAt);
  let formList: SkillForm[] | undefined;
  return {
    root,
    ...rootTable(root),
    skills,
    byId,
    forms: packed.formSkills.length,
    get writtenForms() {
      writtenForms ??= packed.written === '' ? [] : packed.written.split('\n');
      return writtenForms;
    },
    get formList() {
      formList ??= packed.formSkills.map((_, i) => formAt(i));
      return formList;
    },
    buildMs: performance.now() - began,
  };
}

type FormAt = (index: number) => SkillForm;

/** The level whose node count stands at `at` in the flat trie, each node's children left packed. */
function unpackLevel(trie: readonly number[], at: number, formAt: FormAt): Map<number, TrieNode> {
  const level = new Map<number, TrieNode>();
  const count = trie[at]!;
  let position = at + 1;
  for (let n = 0; n < count; n++) {
    const hash = trie[position]!;
    const length = trie[position + 1]!;
    const formCount = trie[position + 2]!;
    const childrenAt = position + 3 + formCount;
    level.set(
      hash,
      new LazyNode(
        formCount === 0 ? -1 : position + 2,
        trie[childrenAt] === 0 ? -1 : childrenAt,
        trie,
        formAt,
      ),
    );
    position += length;
  }
  return level;
}

/**
 * A trie node whose forms and children are unpacked on first use: a text touches a few hundred of the ~12,000
 * nodes, so a cold worker unpacks only the first level (and the paths its first posting walks).
 */
class LazyNode implements TrieNode {
  private unpacked: Map<number, TrieNode> | null | undefined;
  private nodeForms: SkillForm[] | null | undefined;
  constructor(
    private readonly formsAt: number,
    private readonly childrenAt: number,
    private readonly trie: readonly number[],
    private readonly formAt: FormAt,
  ) {}

  get forms(): SkillForm[] | null {
    if (this.nodeForms === undefined) {
      if (this.formsAt < 0) this.nodeForms = null;
      else {
        const count = this.trie[this.formsAt]!;
        const forms: SkillForm[] = [];
        for (let f = 0; f < count; f++) forms.push(this.formAt(this.trie[this.formsAt + 1 + f]!));
        this.nodeForms = forms;
      }
    }
    return this.nodeForms;
  }

  get children(): Map<number, TrieNode> | null {
    if (this.unpacked === undefined)
      this.unpacked = this.childrenAt < 0 ? null : unpackLevel(this.trie, this.childrenAt, this.formAt);
    return this.unpacked;
  }
}
