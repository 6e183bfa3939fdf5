import { isInAwardName } from './read-award-name';

// A skill's name used in another sense: the words around a mention say it is a link on a form, a perk, a
// topic, a training perk, a gender marker, a person, a company, a verb, an award's name, a unit of time, a set phrase, the company's value or its own AI product rather than a skill the job involves. Each rule is a pattern on the
// few words just before or after the mention, so it stays cheap on any size of text.

/** Why a mention is not the skill, or null when nothing around it says so. */
export type OtherSense =
  | 'profile link'
  | 'equipment'
  | 'language course'
  | 'training'
  | 'gender marker'
  | 'topic'
  | 'name'
  | 'company'
  | 'verb'
  | 'award'
  | 'role title'
  | 'time unit'
  | 'phrase'
  | 'value'
  | 'product';

// "GitHub URL", "LinkedIn profile", "GitHub or other public code repository".
const LINK_AFTER =
  /^\s*(?:(?:url|profile|link|handle|account|username)s?\b|or (?:an?y? )?(?:other |public |personal |online )*(?:code )?(?:repositor|portfolio|profile|website))/i;
// "a link to your GitHub", "share your Behance".
const LINK_BEFORE = /\b(?:links? to|url (?:of|to)|share|send us|add) (?:your|a|an) (?:public )?$/i;
// "a Linux laptop", "a Windows workstation of your choice".
const EQUIPMENT_AFTER = /^\s*(?:laptop|notebook|desktop|workstation|computer|pc)s?\b/i;
// The choice of a laptop's system in brackets: "state of the art laptops ( MacOS Linux Windows? pick yours )".
const EQUIPMENT_BEFORE =
  /\b(?:laptop|notebook|desktop|workstation|computer|pc)s?\s*\(\s*(?:[\w.+#-]+[\s,/]+){0,3}$/i;
// "German language classes", "free English lessons".
const COURSE_AFTER = /^\s*(?:language\s+)?(?:class(?:es)?|lessons?|courses?|tuition|tutoring|tandem)\b/i;
// A subject the company teaches or pays its staff to learn, not one it asks for: "training courses taught by
// practitioners (Agile and Lean)", "time to study for certifications such as OCP".
const TRAINING_BEFORE =
  /(?:\b(?:training|trainings|courses?|classes|workshops?|sessions|seminars?)\b[^.!?\n]{0,40}\b(?:taught|given|run|led|held)\s+by\b|\b(?:study|studying|prepare|preparing)\s+for\s+(?:[\p{L}-]+\s+){0,2}certifications?\b)[^.!?\n]{0,40}$/iu;
// The gender marker after a job title, "(m/f/d)", "( m/w/d )", "(f/m/x)": its letters are not the D or X
// languages.
const GENDER_MARKER_BEFORE = /\(\s*(?:[mfwdxi]\s*\/\s*){1,3}$/i;
const GENDER_MARKER_AFTER = /^(?:\s*\/\s*[mfwdxi]){0,3}\s*\)/i;
// A title's qualifier after its gender marker: "Senior Software Engineer (m/f/d) – FinTech Application".
const AFTER_GENDER_MARKER =
  /\(\s*[mfwdx](?:\s*\/\s*[mfwdx]){1,3}\s*\)\s*[-–|:]\s*(?:[\p{L}\p{N}&.+#-]+\s+){0,2}$/iu;
const GENDER_MARKER_LEAD_AFTER = /^(?:\s*\/\s*[mfwdxi]){1,3}\s*\)/i;
// "the opportunities of AI", "the world of iOS", "a newsletter about Ruby on Rails".
// A later item of the same list is a topic too: "the world of iOS and Android development".
const TOPIC_BEFORE =
  /(?:\b(?:opportunit(?:y|ies)|power|future|age|era|world|potential|promise|rise|possibilities|wonders) of (?:the )?(?:[\w.+#/-]+(?: [\w.+#/-]+)?(?:, (?:and |or )?| (?:and|or|&) )){0,3}|\b(?:newsletter|blog|podcast|meetups?|talks?|articles?|events?) (?:about|on) [^.!?\n]{0,60})$/i;
// A sprint as the team's unit of time: "deliver something each sprint", "culture time at the end of our
// sprints", "via our sprints and Agile ceremonies". "Experience working in sprints" keeps the practice.
const SPRINT_AS_TIME_BEFORE =
  /\b(?:each|every|per|our|this|next|last|the|a|one|two|three|\d+[- ]weeks?|(?:one|two|three)[- ]weeks?)\s+$/i;
// "In compliance with UK Government advice", "document code in compliance with established standards": a set
// phrase meaning "following", not the compliance field.
const IN_COMPLIANCE_BEFORE = /\bin $/i;
const IN_COMPLIANCE_AFTER = /^ with\b/i;
// What the company believes in is its value, not an ask of the candidate: "We are strong believers in open
// source", "We strongly believe in the power of TDD". Not "engineers who believe in TDD", nor "you believe in".
const VALUE_BEFORE =
  /\b(?:we|we're|we’re)(?:\s+(?:also|all|really|strongly|firmly|truly|deeply|are|strong|firm|great|big|true))*\s+believ(?:e|ers) in\s+(?:the\s+(?:power|value|importance|benefits?)\s+of\s+)?$/i;
// The company's own AI as the subject or object of a clause, "our AI is able to ...", "the first skill we give
// to our AI is ...": the product the company builds, named by what it is. "our AI platform" or "our AI team"
// name something else, and "experience with AI" asks.
const OWN_AI_BEFORE = /\b(?:our|their|its)\s+$/i;
const OWN_AI_AFTER = /^\s+(?:is|are|was|will|can|could|has|learns|knows|does|writes|generates)\b/i;
// "Contact: Ruby Jenkins", "posted by Sam Swift".
const NAME_BEFORE =
  /\b(?:contact(?: person)?|recruiter|hiring manager|posted by|written by|ask for|reach out to|mr|ms|mrs|dr)\.?:?\s+(?:\p{Lu}\p{Ll}+\s+){0,2}$/iu;
// "Oracle Corporation", "Slack is an equal opportunity employer", "working at Salesforce".
const COMPANY_AFTER =
  /^\s*(?:(?:inc|ltd|llc|gmbh|corp|corporation|plc|pty|limited)\b|is (?:an? )?(?:equal opportunity|hiring|looking for|(?:global|leading|fast[- ]growing|world[- ]leading) (?:company|provider|leader))|'s (?:mission|culture|employees|offices?|headquarters))/i;
const COMPANY_BEFORE =
  /\b(?:join(?:ing)?|careers at|life at|work(?:ing|ed)? (?:at|for)|employees of|employed by)\s+$/i;
// "You will QA the releases", "to Excel each month" (a name used as a verb has its object after it).
const VERB_BEFORE = /\b(?:to|will|can|must|should|you|we|please|then)\s+$/i;
const VERB_AFTER = /^\s+(?:the|our|your|their|all|every|each|it|them|this|these|those)\b/i;
// "Scrum Master", "Web Master": a role whose name ends in the degree's word; "master data" is data.
const TITLE_BEFORE_MASTER = /\b(?:scrum|web|quiz|game|dungeon|chess|grand|station|harbou?r|house|ring)\s+$/i;
const NOT_A_DEGREE_AFTER =
  /^\s+(?:data (?:management|governance|quality|records?|maintenance|models?)|branch|copy|class(?:es)?|key|node)\b/i;

/**
 * The other sense a mention of a skill is used in, read from at most 80 characters on each side, or null.
 * `category` is the skill's category ("spoken-language" for language-course perks).
 */
export function readOtherSense(
  text: string,
  start: number,
  end: number,
  category: string,
): OtherSense | null {
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 80);
  if (
    end - start === 1 &&
    ((GENDER_MARKER_BEFORE.test(before) && GENDER_MARKER_AFTER.test(after)) ||
      (/\(\s*$/.test(before) && GENDER_MARKER_LEAD_AFTER.test(after)))
  )
    return 'gender marker';
  if (AFTER_GENDER_MARKER.test(before)) return 'role title';
  if (LINK_AFTER.test(after) || LINK_BEFORE.test(before)) return 'profile link';
  if (EQUIPMENT_AFTER.test(after) || EQUIPMENT_BEFORE.test(before)) return 'equipment';
  if (category === 'spoken-language' && COURSE_AFTER.test(after)) return 'language course';
  if (TOPIC_BEFORE.test(before)) return 'topic';
  // The cheap test first: the pattern scans from every position of the 80 characters.
  if (/\bby\b|certification/i.test(before) && TRAINING_BEFORE.test(before)) return 'training';
  if (isInAwardName(text, start, end)) return 'award';
  if (/^sprints?$/i.test(text.slice(start, end)) && SPRINT_AS_TIME_BEFORE.test(before)) return 'time unit';
  if (
    category === 'ai-llm' &&
    /^(?:AI|A\.I\.|artificial intelligence)$/i.test(text.slice(start, end)) &&
    OWN_AI_BEFORE.test(before) &&
    OWN_AI_AFTER.test(after)
  )
    return 'product';
  // The cheap test first: most text has no "believe".
  if (/believ/i.test(before) && VALUE_BEFORE.test(before)) return 'value';
  if (
    /^compliance$/i.test(text.slice(start, end)) &&
    IN_COMPLIANCE_BEFORE.test(before) &&
    IN_COMPLIANCE_AFTER.test(after)
  )
    return 'phrase';
  if (
    category === 'degree' &&
    /^masters?$/i.test(text.slice(start, end)) &&
    (TITLE_BEFORE_MASTER.test(before) || NOT_A_DEGREE_AFTER.test(after))
  )
    return 'role title';
  const capitalised = /^\p{Lu}/u.test(text.slice(start, end));
  if (capitalised && NAME_BEFORE.test(before)) return 'name';
  if (capitalised && (COMPANY_AFTER.test(after) || COMPANY_BEFORE.test(before))) return 'company';
  if (!/\s/.test(text.slice(start, end)) && VERB_BEFORE.test(before) && VERB_AFTER.test(after)) return 'verb';
  return null;
}
