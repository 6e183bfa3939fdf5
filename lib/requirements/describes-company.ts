// A sentence in which the company describes itself, its products, its customers or its staff ("Acme is a
// leading provider of IoT monitoring", "We are the world's leading provider of audio personalization",
// "Over 2,500 customers use our open source edition"): the skills it names are the company's business, not
// what the job asks of the candidate. A sentence that says what the team works with ("we use Kafka", "our
// platform is built on Kubernetes") is the company's stack and is not one of these.

// A company's name: capitalised words, not a role or a sentence opener ("The Principal Architect is …").
const NAME = String.raw`(?:<organization>(?:\s+<organization>)*|(?!the\b|this\b|that\b|each\b|every\b)[\p{Lu}][\p{L}\p{N}&.'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}&.'’-]*){0,3})`;
const PRODUCT = String.raw`(?:platforms?|products?|systems?|solutions?|software|applications?|apps?|engines?|suites?)`;
const KIND = String.raw`(?:leaders?|leading|providers?|compan(?:y|ies)|firms?|start-?ups?|scale[- ]?ups?|employers?|institutions?|banks?|brands?|manufacturers?|vendors?|suppliers?|pioneers?)`;
// Words between "a"/"one of" and the kind of business: adjectives, not a phrase that leaves the noun ("a key
// technology throughout our company").
// A place or name placeholder of an anonymised text ("one of <LOCATION> most successful scale ups") is one too.
const MODIFIERS = String.raw`(?:(?!(?:our|your|their|throughout|in|for|with|at|on|to|by|from|who|which|that)\b)(?:[\p{L}\p{N}'’&-]+|<location>|<organization>)\s+){0,6}`;
// A bullet before the sentence.
const LEAD = String.raw`^(?:[•*·-]\s*)?`;
// "Acme is a global leader in …", "We are one of Europe's fastest-growing scale-ups", "Acme is more than just
// another IT services company", "we are leaders in …", "Acme is celebrating 25 years", and a product and what it
// is: "FIRE is an established software-defined storage system".
const IS_A = new RegExp(
  String.raw`${LEAD}(?:we|${NAME})\s+(?:is|are|'re|’re|has been|have been|became|remains?)\s+(?:now\s+|today\s+)?(?:(?:a|an|the|one of|(?:more than\s+)?(?:just\s+)?another)\s+${MODIFIERS}(?:${KIND}|${PRODUCT})|(?:[\p{L}-]+\s+)?leaders|celebrating)\b`,
  'iu',
);
// The verb IS_A needs, between spaces: most sentences have none, and IS_A is costly to compile (a worker's first
// analysis pays for every pattern it runs), so it runs only where this small one finds it.
const IS_A_VERB = /\s(?:is|are|'re|’re|has been|have been|became|remains?)\s/iu;
// The other accounts begin with a word of their own; the first word picks the one pattern to try.
const OPENING = /^(?:[•*·-]\s*)?(at|as|the|our|over|more than|nearly|almost|nowadays|these days)\s/iu;
const BY_OPENING: Record<string, RegExp> = {
  // "At Acme phenomenal ideas have a way of becoming great products": the company as the place, not "At least"
  // or "At scale"
  at: new RegExp(
    String.raw`${LEAD}at\s+(?!(?:least|most|times|first|all|any|scale|home|work|minimum|maximum|some|once|present|this|that|which|what|our|your)\b)${NAME}\s`,
    'iu',
  ),
  // "As one of the leading providers of IT monitoring, our software …"
  as: new RegExp(String.raw`${LEAD}as (?:one of )?(?:the |a |an )?(?:[\p{L}'’-]+ ){0,3}${KIND}\b`, 'iu'),
  // What a product does: "The Data Catalog platform distributes metadata"
  the: new RegExp(
    String.raw`${LEAD}the\s+(?:[\p{L}\p{N}-]+\s+){1,3}${PRODUCT}\s+(?!(?:is|are|was|will|team|teams|engineers?|developers?)\b)[\p{L}]+s\b`,
    'iu',
  ),
  // "Our software monitors …", "Our customers love …", "Our mission is …"
  our: new RegExp(
    String.raw`${LEAD}our (?:software|products?|solutions?|customers|clients|users|mission|vision|story|company|brand)\b`,
    'iu',
  ),
};
// "Over 2,500 paying customers use …", "More than 100 million users …"
BY_OPENING.over = new RegExp(
  String.raw`${LEAD}(?:over|more than|nearly|almost)\s+[\d,.]+\+?\s*(?:million\s+|thousand\s+)?(?:[\p{L}-]+\s+)?(?:customers|clients|users|companies|businesses|people|employees|members)\b`,
  'iu',
);
for (const word of ['more than', 'nearly', 'almost']) BY_OPENING[word] = BY_OPENING.over;
// "Nowadays data and AI are at the heart of every business": the market the company pitches to, when the
// sentence names neither the company nor the team ("Nowadays we run everything on Kubernetes" is the stack).
BY_OPENING.nowadays = /^(?:[•*·-]\s*)?(?:nowadays|these days)\s(?![^.!?]*\b(?:we|we're|we’re|our|us)\b)/iu;
BY_OPENING['these days'] = BY_OPENING.nowadays;
// "Imagine a world where ...": the company's pitch, a world it imagines, even where it says "you" ("a world where
// your groceries order themselves"); "Imagine working on Kafka pipelines" describes the job.
const PITCH =
  /^(?:[•*·-]\s*)?imagine\s+(?:a|the)\s+(?:(?:new|better|future)\s+)?(?:world|future)\s+(?:where|in which|without|that)\b/iu;

function isSelfDescription(sentence: string): boolean {
  if (IS_A_VERB.test(sentence) && IS_A.test(sentence)) return true;
  const opening = OPENING.exec(sentence)?.[1]?.toLowerCase().replace(/\s+/g, ' ');
  return opening !== undefined && (BY_OPENING[opening]?.test(sentence) ?? false);
}
// A technology's place in the company's past ("Java has been a key technology throughout our company history"):
// what the job uses is said where the job is described. Tried only on sentences that say "history", since an
// unanchored pattern costs a scan of every sentence.
const COMPANY_HISTORY =
  /\b(?:throughout|in|across)\s+(?:our|its|the company[’']s)\s+(?:company\s+|[\d-]+\s*years?\s+|long\s+)?history\b/i;
// Words that turn such a sentence into one about the work: the stack it is built with, or the candidate.
const ABOUT_THE_WORK =
  /\b(?:you|your|you'(?:ll|re|ve)|you’(?:ll|re|ve)|candidates?|this (?:role|position|job)|the (?:role|position)|use[sd]?|using|built (?:on|with|in)|runs? on|running on|written in|powered by|stack|we work with|work(?:ing)? with)\b/i;

// The same in French and German: the candidate addressed, or what the work uses ("Utilisation d'outillage
// DevOps", "wir nutzen Kafka").
const ABOUT_THE_WORK_FR_DE =
  /\b(?:vous|votre|vos|du|dein\w*|sie|ihr\w*|utilis\w*|nutz\w*|einsetz\w*|verwend\w*|arbeite[nt]? mit)\b/i;

/** True when `sentence` speaks of the work: the candidate, the role, or the stack it is built with. */
export function speaksOfTheWork(sentence: string): boolean {
  return ABOUT_THE_WORK.test(sentence) || ABOUT_THE_WORK_FR_DE.test(sentence);
}

/** True when `sentence` is the company's account of itself, its products, customers or staff. */
export function describesCompany(sentence: string): boolean {
  const trimmed = sentence.trim();
  if (/^\W{0,3}imagine\s/i.test(trimmed) && PITCH.test(trimmed)) return true;
  const aboutCompany =
    isSelfDescription(trimmed) || (/histor/i.test(sentence) && COMPANY_HISTORY.test(sentence));
  return aboutCompany && !ABOUT_THE_WORK.test(sentence);
}
