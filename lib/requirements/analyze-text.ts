import {
  AnalysisSchema,
  type Analysis,
  type Importance,
  type PostingMeta,
  type Requirement,
  type RequirementGroup,
} from '@/lib/schemas/analysis';
import type { SkillIndex } from '@/lib/skills/build-skill-index';
import { findMentions, type SkillMention } from '@/lib/skills/find-mentions';
import { getSkillIndex } from '@/lib/skills/get-skill-index';
import { splitLines, type TextSpan } from '@/lib/text/split-lines';
import { findAnyOfGroups } from './find-any-of-groups';
import { findTitleHead } from './find-title-head';
import { findSections, type Section, type SectionKind } from './find-sections';
import { findClause, readClauseImportance, readStatedImportance } from './read-clause-importance';
import { readOtherSense } from './read-mention-sense';
import { isTagLine, splitTagLines } from './split-tag-lines';
import { describesCompany, speaksOfTheWork } from './describes-company';
import { readFacts } from './facts/read-facts';
import type { SalaryFact } from './facts/read-salary';
import { yearsAskedOfCandidate } from './facts/years-asked';
import { readCompany, readLocation, readRemote } from './read-posting-facts';
import { findYearsPhrases } from './read-years';

export interface AnalyzeOptions {
  source?: string;
  confidence?: number;
  posting?: Partial<PostingMeta>;
  isJobPosting?: boolean;
  /** The finder's index; the full taxonomy's cached one by default. */
  index?: SkillIndex;
  /** A salary the page states as data (JSON-LD baseSalary), preferred over one read from the text. */
  salary?: Omit<SalaryFact, 'annual'> | null;
}

const RANK: Record<Importance, number> = { required: 3, preferred: 2, mentioned: 1 };
const MENTIONED_SECTIONS = new Set<SectionKind>([
  'responsibilities',
  'about',
  'benefits',
  'tech',
  'industry',
]);
const NO_YEARS_SECTIONS = new Set<SectionKind>(['about', 'benefits', 'industry']);
const REQUIREMENT_CUE =
  /\b(?:experience|experienced|knowledge|proficien\w*|familiar\w*|skills?|must|required|years?|understanding|background|expertise|ability|kenntnisse|erfahrung|connaissances?|maîtrise)\b/i;
const ROLE_WORD =
  /\b(?:engineer|developer|manager|scientist|analyst|architect|designer|consultant|specialist|administrator|programmer|lead|intern|entwickler(?:in)?|ingenieur(?:in)?|développeu(?:r|se)|ingénieur|director|officer|technician|tester|devops|sre|expert|berater(?:in)?|werkstudent(?:in)?|head of)\b/i;
const YEARS_LINK =
  /^\s*(?:\+\s*)?(?:of\s+)?(?:(?:professional|hands-on|commercial|relevant|solid|proven|practical|industry|production|strong)\s+)*(?:(?:work |working )?experience\s*)?(?:(?:with|in|using|of|on|developing (?:with|in)|working with|building with|programming in|mit|dans|avec|en)\s+)?(?:the\s+)?$/i;
const YEARS_AFTER_SKILL = /^\s*(?:[:(–-]|with|for)?\s*(?:min(?:imum)?\.?|at least)?\s*$/i;

const ROLE_NOUNS =
  'engineers?|developers?|managers?|scientists?|analysts?|architects?|administrators?|specialists?|consultants?|leads?|programmers?|designers?|testers?|experts?|practitioners?|evangelists?|researchers?|recruiters?|teachers?|trainers?|instructors?|enthusiasts?|professionals?|ninjas?|warriors?|rock ?stars?|gurus?|wizards?|heroe?s?|champions?|entwickler(?:in|innen)?|ingenieur(?:in|e)?|ingénieurs?|développeu(?:r|se)s?';
const ROLE_AFTER = new RegExp(`^[ -]?(?:${ROLE_NOUNS}|teams?|masters?)\\b`, 'i');
// "a Java developer", "an experienced Android Software Engineer", "Python back-end engineers".
const ROLE_NOUN_AFTER = new RegExp(
  `^[ -]?(?:(?:software|mobile|backend|back-end|frontend|front-end|full[- ]?stack|web|app|platform|systems?|test|qa)[ -]+){0,2}(?:${ROLE_NOUNS})\\b`,
  'i',
);
const ROLE_BEFORE = /\bas an? (?:senior |junior |lead |principal |staff |manager |head of )?$/i;
// "As Java Performance Engineer you will ...": a role's name after "as" without an article, its words
// capitalised. Without "as" the same words may name a certification ("AWS DevOps Engineer certification").
const AS_BEFORE = /\b[Aa]s $/;
// Up to two capitalised words, then a capitalised role noun.
const TITLED_WORDS = /^(?: [A-Z][\w-]*){0,2} (?=[A-Z])/;
const ROLE_NOUN_AT_START = new RegExp(`^(?:${ROLE_NOUNS})\\b`, 'i');
function namesTitledRole(after: string): boolean {
  const words = TITLED_WORDS.exec(after);
  return words !== null && ROLE_NOUN_AT_START.test(after.slice(words[0].length));
}
// The role's acronym in brackets after its name: "Site Reliability Engineer (SRE)".
const ROLE_ACRONYM_BEFORE = new RegExp(`\\b(?:${ROLE_NOUNS})\\s*\\(\\s*$`, 'i');
// A unit of the organisation named after a practice: "the devops squad",
// "Site Reliability Engineering (SRE) team". Not a role: "experience in a
// threat detection role" asks for the practice.
const UNIT_WORDS = [
  'teams?',
  'groups?',
  'departments?',
  'divisions?',
  'squads?',
  'tribes?',
  'guilds?',
  'chapters?',
  'organi[sz]ations?',
  'job [Ff]amil(?:y|ies)',
];
// The unit word right after the name, or after its bracketed acronym, or after one word saying what kind of
// unit it is ("all Data Catalog feature teams", "the Data Science product team"); in either case, without the
// "i" flag, which would let \p{Lu} match any letter.
const UNIT_KIND = '(?:[Ff]eature|[Pp]roduct|[Pp]latform|[Dd]elivery|[Pp]roject|[Dd]omain)';
const NAMES_UNIT = new RegExp(
  String.raw`^\s?\)?(?:\s*\(\s*\p{Lu}{2,6}\s*\))?(?:[ -]${UNIT_KIND})?[ -](?:${UNIT_WORDS.map(
    (w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`,
  ).join('|')})\b`,
  'u',
);

// Practices a unit can be named after; the devops category holds products too ("GitLab CI", "Docker"), whose
// names a team takes less often than it works with them.
const PRACTICES_NAMED_DEVOPS = new Set(['devops', 'sre']);
function isPracticeName(mention: SkillMention): boolean {
  return mention.category === 'devops'
    ? PRACTICES_NAMED_DEVOPS.has(mention.skillId)
    : ROLE_SKILL_CATEGORIES.has(mention.category);
}

// Colleagues named by their practice: "in close cooperation with product management and technical sales",
// "give feedback to product owners and UI/UX", "partner with data science, design and marketing". The skill
// is the first item after the cue or one of a short list joined by commas and "and".
const COLLEAGUES_BEFORE =
  /\b(?:closely (?:together )?with|together with|alongside|(?:in )?(?:close )?cooperation with|collaborat(?:e|es|ing|ion) with|partner(?:s|ing)? with|feedback (?:to|from)|liais(?:e|ing) with)\s+(?:the |our |your |other )?(?:[\p{L}/&-]+(?:\s+[\p{L}/&-]+)?\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s+)){0,4}$/iu;
// What follows a practice named as colleagues: the end of the clause, a list joiner or a unit word, not a
// thing the work uses ("alongside machine learning models").
const COLLEAGUES_AFTER = /^\s*(?:$|[,.;)]|and\b|&|or\b|to\b|teams?\b|colleagues\b)/i;

// A skill inside the name of a unit the candidate joins: "a member of the iOS Mobile Development Agile team",
// "Join Acme's Cloud Service Infrastructure team". The cue before the name is needed: "work with the Kubernetes
// Platform team on Docker images" names a product the work uses, and "part of an agile iOS team" is a kind of
// team, not its name. Words of the name before the skill carry a capital ("iOS").
const NAME_WORD = String.raw`\p{Ll}*\p{Lu}[\p{L}\p{N}/.&-]*`;
const JOINS_UNIT_BEFORE = new RegExp(
  String.raw`\b(?:[Mm]ember of|[Jj]oin(?:ing)?|[Pp]art of)\s+(?:the|our|<ORGANIZATION>(?:\s+<ORGANIZATION>)*)\s+(?:${NAME_WORD}\s+){0,3}$`,
  'u',
);
// Between the skill and the unit word, the rest of the name, whatever its case ("part of our Agile 10 person
// team", "part of our Agile hybrid DevOps teams"), but no word that starts another phrase.
const UNIT_AFTER_NAME = new RegExp(
  String.raw`^(?:\s+(?!(?:and|or|with|on|for|to|in|of|at|by|the|a|an)\s)[\p{L}\p{N}/.&-]+){0,3}\s+(?:[Tt]eams?|[Gg]roups?|[Ss]quads?|[Dd]epartments?|[Dd]ivisions?)\b`,
  'u',
);

function inJoinedUnitName(text: string, mention: SkillMention): boolean {
  return (
    UNIT_AFTER_NAME.test(text.slice(mention.end, mention.end + 80)) &&
    JOINS_UNIT_BEFORE.test(text.slice(Math.max(0, mention.start - 120), mention.start))
  );
}

// Who a team is made of: "The team consists of Software Engineers, Quality Assurance, Project Managers",
// "a diverse group of engineers, designers, SRE and QA". The list before the skill names at least one role and
// nothing the team does ("a group of engineers working on machine learning" names the work).
const TEAM_MADE_OF =
  /\b(?:teams?|group|squad|department)\s+(?:consists? of|consisting of|(?:is )?made up of|compris(?:es|ing)|of)\s+((?:[\p{L}/&-]+[\s,]+){0,8})$/iu;
const ROLE_IN_LIST = new RegExp(`\\b(?:${ROLE_NOUNS})\\b`, 'i');
const WORK_IN_LIST =
  /\b(?:who|that|which|with|on|in|for|to|by|using|working|building|focus\w*|dedicated|speciali[sz]\w*|responsible|passionate)\b/i;

// What the colleagues are, like or do, in a clause about them: "surrounded by talented people who ... feel
// empowered to take ownership", "supporting our experienced developers who are interested in frontend
// development", "a team of 22 software developers who work according to Scrum", "a team of technologists
// dedicated to improving the design analytics ...". Not the people the company seeks ("engineers who know
// Kafka" after "looking for"), and not once the clause turns to the candidate ("... who will teach you Go").
const COLLEAGUES_CLAUSE =
  /\b(?:our|by|of)\s+(?:[\w-]+\s+){0,3}(?:developers|engineers|colleagues|people|team members|technologists|experts|co-workers|staff|employees)\s+(?:who|dedicated to)\b(?:(?!\byour?\b)[^.!?])*$/i;

function inColleaguesClause(text: string, mention: SkillMention): boolean {
  const before = text.slice(Math.max(0, mention.start - 160), mention.start);
  // The cheap test first: the pattern is tried from every word of the window.
  return /\bwho\b|\bdedicated to\b/i.test(before) && COLLEAGUES_CLAUSE.test(before);
}

function namesColleagues(text: string, mention: SkillMention): boolean {
  const before = text.slice(Math.max(0, mention.start - 120), mention.start);
  if (COLLEAGUES_BEFORE.test(before) && COLLEAGUES_AFTER.test(text.slice(mention.end, mention.end + 16)))
    return true;
  const list = TEAM_MADE_OF.exec(before)?.[1];
  return list !== undefined && ROLE_IN_LIST.test(list) && !WORK_IN_LIST.test(list);
}
// A line that is only a job title ("Senior DevOps Engineer", "Java Developer (m/w/d)").
const TITLE_LINE = new RegExp(
  `^[\\s•]*(?:[\\p{L}\\p{N}+#./&-]+\\s+){0,7}(?:${ROLE_NOUNS})(?:\\s*\\([^()]{0,40}\\))?\\s*$`,
  'iu',
);
const ROLE_SKILL_CATEGORIES = new Set([
  'practice',
  'devops',
  'data-ml',
  'ai-llm',
  'knowledge',
  'soft-skill',
  'testing',
  'security',
  'observability',
  'design',
]);

const TECH_CATEGORIES = new Set([
  'language',
  'framework',
  'library',
  'database',
  'cloud',
  'devops',
  'data-ml',
  'ai-llm',
  'testing',
  'observability',
  'mobile',
  'tool',
  'certification',
  'spoken-language',
  'degree',
]);
// A practice written with capitals ("REST", "Agile", "CI/CD") is a technology term; in lower case ("agile",
// "sprints", "open source") it is as often ordinary prose.
function isTechMention(mention: SkillMention): boolean {
  return (
    TECH_CATEGORIES.has(mention.category) || (mention.category === 'practice' && /\p{Lu}/u.test(mention.text))
  );
}
// A benefits line that speaks of the work's technology rather than a perk.
const WORK_TECH_CUE =
  /\b(?:stack|technolog(?:y|ies)|tech|tools? (?:we|you) (?:use|work)|work(?:ing)? (?:with|on)|codebase|built (?:with|on)|projects? (?:in|with)|certifications?|training (?:in|on)|develop(?:ing)? (?:in|with))\b/i;
const COMPANY_SUBJECT =
  /^(?:[•*-]\s*)?(?:we|we'(?:re|ve|ll)|our|<organization>|the company|the team|this company|wir|unser|unsere|nous|notre)\b/i;
const OFFER_CUE =
  /\b(?:we (?:offer|provide|give you|encourage you|support you|invest in you|pay for)|you(?:'ll| will) (?:get|enjoy|receive|benefit from)|(?:we|wir) bieten|nous (?:offrons|proposons))\b/i;
const CANDIDATE_WORDS = /\b(?:you|your|you'(?:ll|re|ve)|candidate|du|dein|deine|sie|ihr|ihre|vous|votre)\b/i;

const CANDIDATE_CUE =
  /\b(?:you|your|you'(?:ll|re|ve)|candidate|experience[ds]?|knowledge|skills?|ability|able|must|required|understanding|familiar\w*|proficien\w*|expert\w*|background|strong|excellent|solid|good|degree|years?|kenntnisse|erfahrung|connaissances?|maîtrise)\b/i;

// At most 300 characters each way, so a huge line without full stops stays linear.
function sentenceAround(text: string, line: TextSpan, offset: number): string {
  const from = Math.max(line.start, offset - 300);
  const to = Math.min(line.end, offset + 300);
  let start = from;
  for (let i = offset - 1; i > from; i--) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32) {
      start = i + 2;
      break;
    }
  }
  let end = to;
  for (let i = offset; i < to - 1; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32) {
      end = i + 1;
      break;
    }
  }
  return text.slice(start, end).trim();
}

function asksCandidate(text: string, line: TextSpan | undefined, offset: number): boolean {
  return line !== undefined && CANDIDATE_CUE.test(sentenceAround(text, line, offset));
}

// A sentence in the company's voice that does not address the candidate.
function isCompanyVoice(text: string, line: TextSpan | undefined, offset: number): boolean {
  if (!line) return false;
  const sentence = sentenceAround(text, line, offset);
  return COMPANY_SUBJECT.test(sentence) && !CANDIDATE_WORDS.test(sentence);
}

const PRODUCT_CATEGORIES = new Set([
  'language',
  'framework',
  'library',
  'database',
  'cloud',
  'devops',
  'tool',
  'testing',
  'mobile',
  'observability',
  'ai-llm',
  'business-tool',
]);

// The company saying what it uses or builds, not asking: "We use Go", "Our services run on Kubernetes".
const OWN_STACK =
  /^(?:[•*-]\s*)?(?:we(?:'re| are)? (?:use|using|run|build|built|work with|rely on|love|are using|are building|have)|our (?:\w+ ){0,3}(?:is|are|runs?|uses?|(?:is |are )?built (?:on|with)|(?:is |are )?written in))\b/i;

// The company stating what it believes in or favours: "We are strong believers in Open Source", "We love
// TypeScript", "We bias towards managed services". A value of the team, not an ask of the candidate; "We value
// people who know SQL" asks.
const OWN_VALUES =
  /^(?:[•*-]\s*)?(?:we|<organization>|our (?:team|teams|company|engineers))\b[^.!?;]{0,40}?\b(?:believ(?:es?|ers?) in|loves?|values?|cares? (?:deeply )?about|(?:are )?passionate about|embraces?|champions?|(?:are |is )?committed to|bias(?:es)? towards|favou?rs?)\b(?!\s+(?:people|someone|anyone|those|engineers|developers|candidates|colleagues|team members)\b)/i;

function describesOwnStack(text: string, line: TextSpan, offset: number): boolean {
  const sentence = sentenceAround(text, line, offset);
  return (OWN_STACK.test(sentence) || OWN_VALUES.test(sentence)) && !CANDIDATE_WORDS.test(sentence);
}

function isTitleLikeLine(line: string): boolean {
  return line.length <= 90 && TITLE_LINE.test(line);
}

// A board's field that names a role: "Role: DevOps", "REPORTS TO: Manager DevOps", or the label on a line of
// its own with the value on the next ("Role:" / "DevOps"). The value is a few capitalised words; "Role:" over
// a paragraph or a duty ("Build Kafka pipelines") is a heading, not a field.
const ROLE_FIELD_LABEL = /^(?:(?:job |position )?role|job title|position|reports? to|reporting to)\s*:/i;
const ROLE_FIELD_VALUE = /^(?:(?:[\p{Lu}\p{N}][\p{L}\p{N}+#./&-]*|of|and|for|the|&)(?:\s+|$)){1,6}$/u;

function isRoleFieldValue(text: string, lines: readonly TextSpan[], lineIndex: number): boolean {
  const line = lines[lineIndex];
  if (!line) return false;
  const own = text.slice(line.start, line.end).trim();
  const label = ROLE_FIELD_LABEL.exec(own);
  if (label) return ROLE_FIELD_VALUE.test(own.slice(label[0].length).trim());
  if (!ROLE_FIELD_VALUE.test(own)) return false;
  for (let i = lineIndex - 1; i >= 0; i--) {
    const previous = lines[i]!;
    const before = text.slice(previous.start, previous.end).trim();
    if (before !== '')
      return ROLE_FIELD_LABEL.test(before) && ROLE_FIELD_LABEL.exec(before)![0].length === before.length;
  }
  return false;
}

interface Located {
  mention: SkillMention;
  importance: Importance;
  years: number | null;
}

/**
 * The requirements of a posting's text, read exactly as given: every offset in the result refers to `text`
 * and `result.text === text`. Callers with raw HTML or scraped text call prepareText first.
 */
export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  const index = options.index ?? getSkillIndex();
  const lines = splitLines(text);
  const sections = findSections(text, lines);
  const hasRequiredSection = sections.some((s) => s.kind === 'required');
  const title = options.posting?.title ?? guessTitle(text, lines);
  const titleLine = findTitleLine(text, lines, title) ?? findTitleHead(text, lines);

  const titleLike = new Map<number, boolean>();
  // Lines that are only a heading (not "Technologies we use: PHP, ...", whose list follows the label).
  const headingLines = new Set(
    sections
      .filter((s) => s.heading !== null)
      .filter((s) => {
        const end = text.indexOf('\n', s.start);
        const line = text.slice(s.start, end < 0 ? text.length : end);
        return line.replace(/[:*_#\s]+$/g, '').trim().length <= (s.heading ?? '').length + 2;
      })
      .map((s) => s.start),
  );
  // Lines of a technology section that are a board's tag list: each tag is read on its own.
  const tagLines = lines.filter(
    (l) =>
      sections[findSpanIndex(sections, l.start)]?.kind === 'tech' && isTagLine(text.slice(l.start, l.end)),
  );
  const mentions = splitTagLines(text, tagLines, findMentions(text, index), index).filter((m) => {
    if (titleLine && m.start < titleLine.end && m.end > titleLine.start) return false;
    const lineIndex = findSpanIndex(lines, m.start);
    let isTitle = titleLike.get(lineIndex);
    if (isTitle === undefined) {
      const line = lines[lineIndex];
      isTitle = line
        ? isTitleLikeLine(text.slice(line.start, line.end)) || isRoleFieldValue(text, lines, lineIndex)
        : false;
      titleLike.set(lineIndex, isTitle);
    }
    if (isTitle) return false;
    // Skills in a heading line ("REQUIRED PROFILE") or in the company's account of itself ("We believe in
    // artificial intelligence") are not asked of the candidate; technologies there still count as mentioned.
    const line = lines[lineIndex];
    if (line && headingLines.has(line.start)) return false;
    // "GitHub URL", "a Linux laptop", "the opportunities of AI", "Contact: Ruby Jenkins": another sense.
    if (readOtherSense(text, m.start, m.end, m.category) !== null) return false;
    // Among the perks a product is equipment or a pastime ("a Linux laptop", "breakfast over Zoom",
    // "German classes"), unless the line speaks of the work itself ("our stack: Go, Kubernetes").
    const sectionKind = sections[findSpanIndex(sections, m.start)]?.kind ?? 'none';
    const sentence = line ? sentenceAround(text, line, m.start) : null;
    if (sectionKind === 'benefits' && sentence !== null && !WORK_TECH_CUE.test(sentence)) return false;
    // The company's account of itself ("Acme is a leading provider of IoT monitoring"): its business, not
    // the job's skills, whatever their category.
    if (sentence !== null && describesCompany(sentence)) return false;
    // Under "About us" every sentence is the company's account of itself ("We are a team of 80 specialising in
    // artificial intelligence", "Most of them have experience in multicultural environments"): a skill there
    // counts only where the sentence speaks of the work ("We use Python everywhere", "you will ...").
    if (sectionKind === 'about' && sentence !== null && !speaksOfTheWork(sentence)) return false;
    if (!isTechMention(m)) {
      if (isCompanyVoice(text, line, m.start)) return false;
      // What the company offers ("we offer a fast-paced environment", "we encourage you to take training
      // programmes") is a perk, even where it addresses the candidate: the cue stands shortly before the skill.
      if (line && OFFER_CUE.test(text.slice(Math.max(line.start, m.start - 100), m.start))) return false;
      // A domain or soft skill outside the requirements and the duties counts only in a sentence that asks
      // something of the candidate: "team spirit & fun!" in a list of perks is not a requirement, while a duty
      // ("support the team through code reviews") names a practice the job involves.
      // A board's industry field names the posting's domains ("Industry: Financial Services").
      if (
        sectionKind !== 'required' &&
        sectionKind !== 'preferred' &&
        sectionKind !== 'responsibilities' &&
        sectionKind !== 'industry' &&
        sectionKind !== 'tech' &&
        !asksCandidate(text, line, m.start)
      )
        return false;
    }
    // "DevOps engineers", "a Senior Java Developer": a role, not a requirement of its own (the posting
    // says elsewhere what the role needs). A team ("SRE teams") or "as an SRE" only for practices.
    if (ROLE_NOUN_AFTER.test(text.slice(m.end, m.end + 24))) return false;
    if (
      AS_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)) &&
      namesTitledRole(text.slice(m.end, m.end + 48))
    )
      return false;
    if (inJoinedUnitName(text, m)) return false;
    if (inColleaguesClause(text, m)) return false;
    return !(
      ROLE_SKILL_CATEGORIES.has(m.category) &&
      (ROLE_AFTER.test(text.slice(m.end, m.end + 24)) ||
        (isPracticeName(m) && (NAMES_UNIT.test(text.slice(m.end, m.end + 48)) || namesColleagues(text, m))) ||
        ROLE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) ||
        (/^\s*\)/.test(text.slice(m.end, m.end + 4)) &&
          ROLE_ACRONYM_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))))
    );
  });
  const located: Located[] = mentions.map((mention) => {
    const line = lines[findSpanIndex(lines, mention.start)] ?? { start: 0, end: text.length };
    const section = sections[findSpanIndex(sections, mention.start)];
    return {
      mention,
      importance: importanceOf(text, mention, line, section, hasRequiredSection),
      years: null,
    };
  });

  const years = readYears(text, lines, sections, located);
  const minYears = years?.years ?? null;

  const requirements = new Map<string, Requirement>();
  for (const { mention, importance, years } of located) {
    const existing = requirements.get(mention.skillId);
    const span = { start: mention.start, end: mention.end, text: mention.text };
    if (!existing) {
      requirements.set(mention.skillId, {
        id: mention.skillId,
        skill: mention.skill,
        category: mention.category,
        importance,
        years,
        group: null,
        mentions: [span],
        evidence: span,
      });
      continue;
    }
    existing.mentions.push(span);
    if (RANK[importance] > RANK[existing.importance]) {
      existing.importance = importance;
      existing.evidence = span;
    }
    if (years !== null && (existing.years === null || years > existing.years)) existing.years = years;
  }

  const groups: RequirementGroup[] = [];
  for (const members of findAnyOfGroups(
    text,
    located.map((l) => l.mention),
  )) {
    const ids = [...new Set(members.map((m) => located[m]?.mention.skillId ?? ''))].filter(
      (id) => id !== '' && requirements.get(id)?.group === null,
    );
    if (ids.length < 2) continue;
    const id = `any-${groups.length + 1}`;
    for (const skillId of ids) {
      const requirement = requirements.get(skillId);
      if (requirement) requirement.group = id;
    }
    groups.push({ id, mode: 'any', requirementIds: ids });
  }

  const all = [...requirements.values()];
  const posting: PostingMeta = {
    title: title ?? null,
    company: options.posting?.company ?? readCompany(text),
    location: options.posting?.location ?? readLocation(text),
    remote: options.posting?.remote ?? readRemote(text),
    employmentType: options.posting?.employmentType ?? null,
    url: options.posting?.url ?? null,
  };
  const isJobPosting = options.isJobPosting ?? looksLikePosting(text, sections, all.length);
  const facts = readFacts(text, { title: posting.title, sections, minYears: years, salary: options.salary });
  const analysis: Analysis = {
    isJobPosting,
    source: options.source ?? 'text',
    confidence: clamp(options.confidence ?? (isJobPosting ? 0.6 : 0.2)),
    posting,
    text,
    minYears,
    requirements: isJobPosting ? all : [],
    groups: isJobPosting ? groups : [],
    seniority: facts.seniority,
    degree: facts.degree,
    degreeRequired: facts.degreeRequired,
    spokenLanguages: facts.spokenLanguages,
    languageRequirements: facts.languageRequirements,
    workplace: facts.workplace,
    visaSponsorship: facts.visaSponsorship,
    workConditions: facts.workConditions,
    salary: facts.salary,
    evidence: facts.evidence,
  };
  return analysis;
}

/** analyzeText that never throws: a schema-checked Analysis, or an Error saying what went wrong. */
export function safeAnalyzeText(text: string, options: AnalyzeOptions = {}): Analysis | Error {
  try {
    const parsed = AnalysisSchema.safeParse(analyzeText(text, options));
    return parsed.success ? parsed.data : new Error(`Analysis failed its schema: ${parsed.error.message}`);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function clamp(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

function importanceOf(
  text: string,
  mention: SkillMention,
  line: TextSpan,
  section: Section | undefined,
  hasRequiredSection: boolean,
): Importance {
  const kind = section?.kind ?? 'none';
  if (kind === 'about' || kind === 'benefits' || kind === 'tech' || kind === 'industry') return 'mentioned';
  const stated = readStatedImportance(text, mention.start, mention.end, line.start, line.end);
  if (stated === 'preferred') return 'preferred';
  // "We use PostgreSQL and DynamoDB." or "We are strong believers in Open Source" among the requirements: the
  // team's stack or values, not an ask of the candidate.
  if (stated === null && describesOwnStack(text, line, mention.start)) return 'mentioned';
  if (kind === 'required') return 'required';
  if (kind === 'preferred') return 'preferred';
  if (stated === 'required' && kind !== 'responsibilities') return 'required';
  if (MENTIONED_SECTIONS.has(kind) || hasRequiredSection) return 'mentioned';
  // The line around the mention (bounded: a posting on one huge line must stay linear).
  const around = text.slice(Math.max(line.start, mention.start - 300), Math.min(line.end, mention.end + 300));
  return REQUIREMENT_CUE.test(around) ? 'required' : 'mentioned';
}

function readYears(
  text: string,
  lines: TextSpan[],
  sections: Section[],
  located: Located[],
): { years: number; at: number } | null {
  let overall: { years: number; at: number } | null = null;
  let overallPreferred: { years: number; at: number } | null = null;
  let cursor = 0;
  for (const line of lines) {
    if (line.end - line.start < 5) continue;
    const section = sections[findSpanIndex(sections, line.start)];
    if (section && NO_YEARS_SECTIONS.has(section.kind)) continue;
    const phrases = findYearsPhrases(text, line.start, line.end);
    if (phrases.length === 0) continue;
    // Mentions come in text order: this line's are collected once per line, and each phrase finds its
    // neighbours by binary search (rebuilding the list per phrase was quadratic on a megabyte line).
    while (cursor < located.length && (located[cursor]?.mention.end ?? 0) <= line.start) cursor++;
    const inLine: Located[] = [];
    for (let i = cursor; i < located.length; i++) {
      const l = located[i];
      if (!l || l.mention.start >= line.end) break;
      if (l.mention.start >= line.start && l.mention.end <= line.end) inLine.push(l);
    }
    for (const phrase of phrases) {
      if (!yearsAskedOfCandidate(sentenceAround(text, line, phrase.start))) continue;
      const afterIndex = firstIndexWhere(inLine, (l) => l.mention.start >= phrase.end);
      const after = inLine[afterIndex];
      const linked = after !== undefined && YEARS_LINK.test(text.slice(phrase.end, after.mention.start));
      if (after && linked) {
        // The skill and the rest of its list: "3+ years with Java and Spring".
        let last = after;
        for (let i = afterIndex; i < inLine.length; i++) {
          const l = inLine[i]!;
          if (
            l !== after &&
            !/^[\s,/]*(?:(?:and|or|&|und|oder|et|ou)\s+)?$/i.test(
              text.slice(last.mention.end, l.mention.start),
            )
          )
            break;
          l.years = Math.max(l.years ?? 0, phrase.years);
          last = l;
        }
        // Years in a field ("5+ years in data engineering", "in software development") are the overall
        // experience asked for too; years with a product ("3+ years with Python") are not.
        if (PRODUCT_CATEGORIES.has(after.mention.category)) continue;
      }
      const before = inLine[firstIndexWhere(inLine, (l) => l.mention.end > phrase.start) - 1];
      if (!linked && before && YEARS_AFTER_SKILL.test(text.slice(before.mention.end, phrase.start))) {
        before.years = Math.max(before.years ?? 0, phrase.years);
        continue;
      }
      const clause = findClause(text, phrase.start, phrase.end, line.start, line.end);
      const preferred = readClauseImportance(clause) === 'preferred' || section?.kind === 'preferred';
      const found = { years: phrase.years, at: phrase.start };
      if (preferred) overallPreferred ??= found;
      else if (!overall) overall = found;
      // "5 years, or 3 with a Master's": of alternatives on one line the lowest counts.
      else if (alternativeYears(text, line, overall.at, phrase) && phrase.years < overall.years)
        overall = { years: phrase.years, at: overall.at };
    }
  }
  return overall ?? overallPreferred;
}

// A later years phrase on the same line joined by "or" to the first: an alternative way to qualify.
function alternativeYears(text: string, line: TextSpan, firstAt: number, phrase: { start: number }): boolean {
  if (firstAt < line.start || firstAt >= phrase.start || phrase.start - firstAt > 200) return false;
  return /\b(?:or|oder|ou|o)\b/i.test(text.slice(firstAt, phrase.start));
}

/** Index of the span containing `offset` (spans sorted and non-overlapping; the last one starting before it). */
function findSpanIndex(spans: readonly TextSpan[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((spans[mid]?.start ?? 0) <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

function firstLines(text: string, lines: TextSpan[], count: number): TextSpan[] {
  return lines.filter((l) => text.slice(l.start, l.end).trim() !== '').slice(0, count);
}

/** A first line that reads like a job title ("Senior Backend Engineer"). */
function guessTitle(text: string, lines: TextSpan[]): string | null {
  const first = firstLines(text, lines, 1)[0];
  if (!first) return null;
  const line = text.slice(first.start, first.end).trim();
  if (line.length > 120 || line.split(/\s+/).length > 16 || /[.:!?]$/.test(line)) return null;
  return ROLE_WORD.test(line) ? line : null;
}

// Skills in the title ("DevOps Engineer", "Data Scientist") are not requirements of their own.
function findTitleLine(text: string, lines: TextSpan[], title: string | null | undefined): TextSpan | null {
  if (!title) return null;
  const wanted = title.trim().toLowerCase();
  return (
    firstLines(text, lines, 5).find((l) => text.slice(l.start, l.end).trim().toLowerCase() === wanted) ?? null
  );
}

const JOB_HEADING = /^(?:about the (?:job|role|position)|job description)$/i;

function looksLikePosting(text: string, sections: Section[], requirementCount: number): boolean {
  if (text.trim().length < 150) return false;
  // A heading that names the job ("Job description", "About the role") says what the text is, however few
  // skills its prose names.
  const structured = sections.some(
    (s) =>
      s.kind === 'required' ||
      s.kind === 'preferred' ||
      s.kind === 'responsibilities' ||
      JOB_HEADING.test(s.heading ?? ''),
  );
  const words =
    /\b(?:experience|responsibilities|requirements|qualifications|candidate|apply|role|position|job|team|erfahrung|profil|poste|expérience)\b/i;
  return structured || (requirementCount >= 3 && words.test(text));
}

/** Index of the first item for which `test` holds (items in text order, `test` monotonic); length if none. */
function firstIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
