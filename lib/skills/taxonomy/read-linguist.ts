import type { SkillCandidate } from './merge-skills';

// The part of a linguist-languages entry we read (GitHub Linguist, MIT).
export interface LinguistLanguage {
  name: string;
  type: string;
  aliases?: readonly string[];
  group?: string;
}

// Linguist lists "programming" languages that are build files, shells' transcripts or jokes; postings never
// ask for them, and their names only create false finds.
const SKIPPED = new Set([
  'Brainfuck',
  'LOLCODE',
  'Omgrofl',
  'Dogescript',
  'Befunge',
  'HolyC',
  'ShellSession',
  'Procfile',
  'Just',
  'Earthly',
  'Meson',
  'QMake',
  'Xmake',
  'Linker Script',
  'GCC Machine Description',
  'Filebench WML',
  'Module Management System',
  'Mathematical Programming System',
  'Tree-sitter Query',
  'Makefile',
  'Dockerfile',
  'Pep8',
  'TI Program',
  'Witcher Script',
  'KoLmafia ASH',
  'mcfunction',
  'mIRC Script',
  'Redcode',
  'Quake',
  'QuakeC',
  'Game Maker Language',
  'Answer Set Programming',
  'Linear Programming',
  'Untyped Plutus Core',
  'Tape',
  'Talon',
  'Glyph',
  'Slash',
  'Cool',
  'Click',
  'Clue',
  'Charity',
  'Turing',
  'Fancy',
  'Max',
  'Sway',
  'Ring',
  'Mint',
  'Grace',
  'Ink',
  'Volt',
  'Uno',
  'Pan',
  'Ox',
  'Opal',
  'Polar',
  'Rouge',
  'Pact',
  'Leo',
  'Toit',
  'Tolk',
  'Verse',
  'Genie',
  'Slice',
  'Sage',
  'Scenic',
  'Quint',
  'Jac',
  'Lobster',
  'Golo',
  'Nit',
  'EQ',
]);

// Linguist aliases that are file extensions, tool names or another skill's name rather than the language's.
const SKIPPED_ALIASES = new Set([
  'cake',
  'node',
  'rake',
  'console',
  'progress',
  'emacs',
  'flex',
  'make',
  'bazel',
  'terraform',
  'opentofu',
  'octave',
  'squeak',
  'delphi',
  'bash',
  'zsh',
  'envrc',
  'wolfram',
  'mathematica',
  'cucumber',
  'rusthon',
  'splus',
  'nixos',
  'saltstack',
  'saltstate',
  'classic visual basic',
  'visual basic',
  'cperl',
  'pyrex',
  'apples',
  'coffee',
  'batch',
  'cask',
  'eask',
  'posh',
  'igor',
  'carto',
  'live-script',
  'lean4',
]);

// Names that are also an ordinary word, a letter or a bare acronym need context before they count.
function isAmbiguousName(name: string): boolean {
  return /^[A-Z][a-z]+$/.test(name) || /^[a-z]+$/.test(name) || /^[A-Z]{1,4}$/.test(name) || name.length <= 3;
}

export function readLinguistCandidates(languages: readonly LinguistLanguage[]): SkillCandidate[] {
  const candidates: SkillCandidate[] = [];
  const sorted = [...languages].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const language of sorted) {
    // Data, markup and prose types (JSON, Markdown, Text) are not programming skills; grouped entries are
    // dialects or file flavours of another language (TSX of TypeScript).
    if (language.type !== 'programming' || language.group || SKIPPED.has(language.name)) continue;
    const aliases = (language.aliases ?? []).filter(
      (alias) => alias.length >= 4 && !SKIPPED_ALIASES.has(alias.toLowerCase()),
    );
    candidates.push({
      name: language.name,
      aliases,
      category: 'language',
      source: 'linguist',
      ambiguousForms: isAmbiguousName(language.name) ? [language.name] : [],
      // One- and two-letter names (B, J, M, V) only enrich a curated skill; alone they are noise.
      mergeOnly: language.name.length <= 2,
      sameCategoryOnly: true,
    });
  }
  return candidates;
}
