import type { SkillIndex } from './build-skill-index';
import { Sep } from './char-tables';
import type { RawMatch } from './find-mentions';
import { TokenFlag, sepAfter, tokenFlags, tokenText, type Tokens } from './tokenize';

// Words after an ambiguous skill name that show it is an ordinary word: "react to", "make sure", "go ahead".
const PROSE_NEXT = new Set(
  `to the a an sure at into up out our your their its it this that beyond ahead through back over quickly fast
  well live more forward down away off around further together than ever then there sense decisions decision
  changes change of`.split(/\s+/),
);
// Words before one that make it a verb or a season: "we make", "to react", "this spring".
const PROSE_PREVIOUS = new Set(
  `to will can could would should must may might we you they i let lets please not don't never always often
  quickly this next last early late every each during until since the a an let's also and`.split(/\s+/),
);
// Words after one that make it a technology: "Go developer", "React hooks", "Excel spreadsheets".
const TECH_NEXT = new Set(
  `developer developers engineer engineers programming programmer programmers language languages code coding
  codebase development framework frameworks library libraries app apps application applications service services
  microservices component components hooks script scripts scripting backend backends frontend stack ecosystem
  experience skills knowledge expertise proficiency module modules project projects api apis sdk cookbooks
  recipes manifests playbooks spreadsheets spreadsheet macros vba formulas pivot workflows channels integration
  integrations bots endpoints server servers web lang runtime routines toolchain ide native boot mvc cloud
  ecosystem tooling environment environments`.split(/\s+/),
);
// Words just before one that introduce a skill: "experience with Go", "knowledge of R", "written in Rust".
const CUE_LINK = new Set(
  `with in of using use like as including include includes e g eg especially particularly preferably mit in von
  en de dans avec comme`.split(/\s+/),
);
const CUE_WORDS = new Set(
  `experience experienced knowledge knowledgeable proficient proficiency expertise expert familiar familiarity
  skilled skills skill background written programming coding develop developing development hands comfortable
  fluent fluency solid strong understanding work working worked built build building languages language
  frameworks framework tools stack technologies technology such proven deep good excellent kenntnisse erfahrung
  erfahrungen connaissance connaissances maîtrise maitrise expérience experience`.split(/\s+/),
);
// Between two skills of one list: "Python, Go, or Node.js", "Python/R", "C and C++".
const LIST_JOINERS = new Set('and or und oder et ou e g eg plus as well also including'.split(/\s+/));
const LIST_SEPS = new Set<number>([Sep.space, Sep.comma, Sep.slash, Sep.paren]);
const LABEL_WORDS =
  '[\\s•*-]*(?:(?:our|the|tech(?:nical)?|main|core|key)\\s+)*(?:tech(?:nology)?\\s*stack|stack|technolog(?:y|ies)(?:\\s+we\\s+use)?|tools?|tooling|languages?|skills?|frameworks?|environment|technologien|kenntnisse|outils|technologies|compétences(?:\\s+techniques)?|industry|industries|sector|branche)';
const LINE_LABEL = new RegExp(`^${LABEL_WORDS}\\s*:`, 'i');
// The label alone on the line before a list ("Industry:" then "Banking Insurance"), as boards lay out fields.
const LABEL_LINE = new RegExp(`^${LABEL_WORDS}\\s*:?\\s*$`, 'i');
// Capitals that are ordinary in postings ("send us your CV"): capitals alone do not make them a skill.
const ORDINARY_ACRONYMS = new Set([
  'cv',
  'ps',
  'nb',
  'ps',
  'hr',
  'pr',
  'ok',
  'id',
  'us',
  'uk',
  'eu',
  'ceo',
  'cto',
]);
// Acronyms with a common sense outside software: "ASP" (average selling price), "HCL" and "PLC" (a company,
// a public limited company), "SOLID" (shouted "solid"). Capitals alone do not make them the skill; a cue, a
// technology word after them or a technology list still does ("PLC programming", "HCL and Terraform").
const ACRONYMS_WITH_OTHER_SENSES = new Set(['asp', 'hcl', 'plc', 'plcs', 'solid', 'qa']);
// Categories whose names make a list a technology list.
const NON_TECH = new Set(['soft-skill', 'spoken-language', 'degree', 'knowledge']);

/**
 * Which raw matches count. Unambiguous forms always do; an ambiguous form ("Go", "Spring", "R") needs
 * context: a neighbouring technology in the same list, a cue before it ("experience with", "knowledge of"),
 * a technology word after it ("Go developer"), capitals as written ("REST"), or a "Tech stack:" line; and
 * no sign of ordinary prose ("go-to-market", "react to", "make sure", "this spring", "R&D").
 */
export function resolveAmbiguity(
  text: string,
  tokens: Tokens,
  matches: RawMatch[],
  index: SkillIndex,
): boolean[] {
  const accepted = matches.map((m) => !m.form.ambiguous);
  const techAnchor = matches.map(
    (m, i) => accepted[i] === true && !NON_TECH.has(index.skills[m.form.skill]?.category ?? ''),
  );
  const pending: number[] = [];
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i];
    if (!match || accepted[i]) continue;
    if (looksLikeProse(text, tokens, match)) continue;
    // An ambiguous name that is a plural word counts only written in full: "Rail projects" is not Rails.
    if (isClippedPlural(text, tokens, match)) continue;
    // An acronym that is also a word ("SOLID", "REST", "CI") counts only in capitals, whatever its neighbours:
    // "Solid SQL skills" and "a well-earned rest" are not the principles or the API style.
    if (
      match.form.acronym &&
      match.form.written.length >= 2 &&
      (tokenFlags(text, tokens, match.firstToken) & TokenFlag.allCaps) === 0
    )
      continue;
    const category = index.skills[match.form.skill]?.category ?? '';
    if (
      hasOwnContext(text, tokens, match) ||
      (category === 'spoken-language' && isLanguageContext(text, tokens, match))
    ) {
      accepted[i] = true;
      techAnchor[i] = true;
    } else {
      pending.push(i);
    }
  }
  // A line that is mostly technologies ("typescript javascript node.js react go", a tag list) vouches for
  // the ambiguous names in it.
  for (const i of pending) {
    const match = matches[i];
    if (match && !accepted[i] && isTechnologyLine(tokens, matches, accepted, i)) {
      accepted[i] = true;
      techAnchor[i] = true;
    }
  }
  // Lists can chain ambiguous names ("Rails, Spring, or Django"): settle them against their neighbours until
  // nothing changes (at most a few rounds in practice).
  let changed = true;
  for (let round = 0; changed && round < 4; round++) {
    changed = false;
    for (const i of pending) {
      if (accepted[i]) continue;
      const match = matches[i];
      if (!match) continue;
      const left = matches[i - 1];
      const right = matches[i + 1];
      // Side by side with only a space ("Slack Zoom Skype") counts for a capitalised name, not for a
      // lower-case word ("experience can trigger").
      const spaced = (tokenFlags(text, tokens, match.firstToken) & TokenFlag.allLower) === 0;
      const hasLeft =
        left !== undefined &&
        techAnchor[i - 1] === true &&
        inOneList(text, tokens, left.lastToken, match.firstToken, spaced);
      const hasRight =
        right !== undefined &&
        techAnchor[i + 1] === true &&
        inOneList(text, tokens, match.lastToken, right.firstToken, spaced);
      if (hasLeft || hasRight) {
        accepted[i] = true;
        techAnchor[i] = true;
        changed = true;
      }
    }
  }
  return accepted;
}

const LANGUAGE_CUE =
  /\b(?:fluent|fluency|fluently|spoken|written|speak|speaks|speaking|languages?|native|proficien\w*|mother tongue|bilingual|business|[ABC][12]|deutsch|englisch|französisch|sprachkenntnisse|langues?|courant|bilingue)\b/i;

// "Fluent English", "German and French are an advantage", "Englisch (C1)": a language asked for.
function isLanguageContext(text: string, tokens: Tokens, match: RawMatch): boolean {
  const start = tokens.starts[match.firstToken] ?? 0;
  // The line around it, at most 200 characters each way.
  const window = text.slice(Math.max(0, start - 200), start + 200);
  const at = Math.min(start, 200);
  const lineStart = window.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = window.indexOf('\n', at);
  return LANGUAGE_CUE.test(window.slice(lineStart, lineEnd < 0 ? window.length : lineEnd));
}

// At least three unambiguous skills cover most of the line's words.
function isTechnologyLine(tokens: Tokens, matches: RawMatch[], accepted: boolean[], index: number): boolean {
  const match = matches[index];
  if (!match) return false;
  // Bounded scans: a long line is not a tag list, and unbounded scans would be quadratic on it.
  let first = match.firstToken;
  while (first > 0 && (tokens.seps[first] ?? 0) !== Sep.newline && match.firstToken - first < 40) first--;
  let last = match.lastToken;
  while (
    last + 1 < tokens.count &&
    (tokens.seps[last + 1] ?? 0) !== Sep.newline &&
    last - match.lastToken < 40
  )
    last++;
  const lineTokens = last - first + 1;
  if (lineTokens > 40) return false;
  let covered = match.lastToken - match.firstToken + 1;
  let skills = 0;
  for (let m = index - 1; m >= 0; m--) {
    const other = matches[m];
    if (!other || other.lastToken < first) break;
    covered += other.lastToken - other.firstToken + 1;
    if (accepted[m]) skills++;
  }
  for (let m = index + 1; m < matches.length; m++) {
    const other = matches[m];
    if (!other || other.firstToken > last) break;
    covered += other.lastToken - other.firstToken + 1;
    if (accepted[m]) skills++;
  }
  return skills >= 2 && covered / lineTokens >= 0.6;
}

// "-", "&", "." and the Unicode hyphens, written right against the word.
function isGlue(code: number): boolean {
  return code === 45 || code === 38 || code === 46 || code === 8208 || code === 8209;
}

function looksLikeProse(text: string, tokens: Tokens, match: RawMatch): boolean {
  const first = match.firstToken;
  const last = match.lastToken;
  const before = tokens.seps[first] ?? Sep.newline;
  const after = sepAfter(tokens, last);
  // Glued into another word: "go-to-market", "C-level", "R&D", "re-make", "e.g." (but "React & Rails" is a list).
  const start = tokens.starts[first] ?? 0;
  const end = tokens.ends[last] ?? 0;
  if (
    first > 0 &&
    (before === Sep.hyphen || before === Sep.amp || before === Sep.dot) &&
    isGlue(text.charCodeAt(start - 1))
  )
    return true;
  if (
    last + 1 < tokens.count &&
    (after === Sep.hyphen || after === Sep.amp || after === Sep.dot) &&
    isGlue(text.charCodeAt(end))
  )
    return true;
  const next = last + 1 < tokens.count && after === Sep.space ? tokenText(text, tokens, last + 1) : '';
  const previous = first > 0 && before === Sep.space ? tokenText(text, tokens, first - 1) : '';
  if (PROSE_NEXT.has(next) || PROSE_PREVIOUS.has(previous)) return true;
  if (/^(?:19|20)\d\d$/.test(next)) return true; // "Spring 2025"
  const flags = tokenFlags(text, tokens, first);
  // A lower-case single letter is a letter ("plan b", "c) ..."), unless a list proves otherwise.
  if (match.form.written.length === 1 && (flags & TokenFlag.allCaps) === 0) return false;
  return false;
}

function hasOwnContext(text: string, tokens: Tokens, match: RawMatch): boolean {
  const first = match.firstToken;
  const last = match.lastToken;
  const flags = tokenFlags(text, tokens, first);
  const form = match.form;
  const asWritten = form.acronym
    ? (flags & TokenFlag.allCaps) !== 0
    : form.capitalised
      ? (flags & TokenFlag.capitalised) !== 0 &&
        (form.written.length === 1 || (flags & TokenFlag.allCaps) === 0 || form.written.length <= 3)
      : true;
  if (!asWritten) return false;
  // "REST", "SAFe"-style capitals as written are a technology, not a shouted word (two letters or more).
  if (
    form.acronym &&
    form.written.length >= 2 &&
    (flags & TokenFlag.allCaps) !== 0 &&
    tokenLength(tokens, first) >= 2 &&
    !ORDINARY_ACRONYMS.has(form.written.toLowerCase()) &&
    !ACRONYMS_WITH_OTHER_SENSES.has(form.written.toLowerCase())
  )
    return true;
  const after = sepAfter(tokens, last);
  const next = last + 1 < tokens.count && after <= Sep.space ? tokenText(text, tokens, last + 1) : '';
  if (TECH_NEXT.has(next)) return true;
  if (hasCueBefore(text, tokens, first)) return true;
  return isOnLabelledLine(text, tokens.starts[first] ?? 0);
}

function isClippedPlural(text: string, tokens: Tokens, match: RawMatch): boolean {
  const written = match.form.written;
  // One word only: "Container Platform" is the same thing as "container platforms".
  if (match.form.tokens.length !== 1 || !/[a-z]s$/.test(written)) return false;
  const end = tokens.ends[match.lastToken] ?? 0;
  return (text.charCodeAt(end - 1) | 32) !== 115;
}

function tokenLength(tokens: Tokens, index: number): number {
  return (tokens.ends[index] ?? 0) - (tokens.starts[index] ?? 0);
}

function hasCueBefore(text: string, tokens: Tokens, first: number): boolean {
  if (first === 0) return false;
  const sep = tokens.seps[first] ?? Sep.newline;
  if (sep > Sep.paren && sep !== Sep.hard) return false;
  const link = tokenText(text, tokens, first - 1);
  if (!CUE_LINK.has(link) && link !== 'using') return false;
  if (link === 'using') return true;
  for (let t = first - 2; t >= 0 && t >= first - 5; t--) {
    if ((tokens.seps[t + 1] ?? 0) >= Sep.sentence) break;
    if (CUE_WORDS.has(tokenText(text, tokens, t))) return true;
  }
  return false;
}

function isOnLabelledLine(text: string, offset: number): boolean {
  // Only the 80 characters before: enough for a label, and bounded on a huge single line.
  const window = text.slice(Math.max(0, offset - 80), offset);
  const newline = window.lastIndexOf('\n');
  if (newline < 0 && offset > 80) return false;
  if (LINE_LABEL.test(window.slice(newline + 1))) return true;
  if (newline < 0) return false;
  const previous = window.slice(0, newline);
  return LABEL_LINE.test(previous.slice(previous.lastIndexOf('\n') + 1));
}

/** True when only list punctuation and joiners ("and", "or", "e.g.") stand between two tokens. */
function inOneList(
  text: string,
  tokens: Tokens,
  leftLast: number,
  rightFirst: number,
  spaceIsEnough: boolean,
): boolean {
  if (rightFirst - leftLast - 1 > 2) return false;
  let marked = rightFirst - leftLast > 1; // a joiner word stands between
  for (let t = leftLast + 1; t <= rightFirst; t++) {
    const sep = tokens.seps[t] ?? Sep.newline;
    if (!LIST_SEPS.has(sep)) return false;
    if (sep !== Sep.space) marked = true;
    if (t < rightFirst && !LIST_JOINERS.has(tokenText(text, tokens, t))) return false;
  }
  return marked || spaceIsEnough;
}
