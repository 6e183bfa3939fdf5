// Written forms the engine needs that the compiled taxonomy lacks (reported to the taxonomy owner; remove
// an entry once the taxonomy has it). Keyed by canonical skill id.
export const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  rag: ['retrieval pipelines', 'retrieval pipeline'],
};

// Written forms of the compiled taxonomy that are ordinary words in postings and never mean the skill there
// ("etc" is not an electronic time clock, "be responsible" is not a skill, "Apple" is not AppleScript).
// Reported to the taxonomy owner; the finder skips them.
export const EXCLUDED_FORMS: ReadonlySet<string> = new Set([
  'etc',
  'be responsible',
  'apple',
  'apples',
  "associate's",
  'coffee',
  'act',
  'associates',
  'associate',
  // "Fluent English", "Fluent coding in Java": the word, never Mozilla's localisation format.
  'fluent',
]);
