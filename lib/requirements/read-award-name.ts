// A skill's name inside the proper name of an award, a partner programme, an event or an honorary title:
// "one of the few Android Excellence apps", "Google Cloud Partner of the Year", "speaker at AWS re:Invent",
// "a Java Champion", "Azure MVPs". The name says what the company or a person received or attended, not
// what the job asks. The head word must be capitalised, as in a name: "excellence in Python" stays a skill.
const AWARD_HEAD =
  '(?:Excellence|Awards?|Prizes?|Partners?|Summit|Conf(?:erence)?|Con|Days?|DevDays?|Hackathon|Expo|Festival|Forum|Keynote|re:\\p{L}+|I/O|Champions?|MVPs?|Hero(?:es)?|Developer Experts?|Fellows?|Ambassadors?|Accelerator|Innovators?|Insiders?)';
// Up to three capitalised words (or "of", "the", "for") between the skill and the head: "AWS Advanced
// Consulting Partner", "Kotlin Google Developer Expert".
const AWARD_AFTER = new RegExp(
  `^(?:[ -](?:\\p{Lu}[\\p{L}\\p{N}]*|of|the|for|&)){0,3}?[ -]${AWARD_HEAD}(?![\\p{L}\\p{N}])`,
  'u',
);

/** Whether the capitalised mention text[start, end) is part of an award, programme, event or title name. */
export function isInAwardName(text: string, start: number, end: number): boolean {
  if (!/^[\p{Lu}\p{N}]/u.test(text.slice(start, end))) return false;
  return AWARD_AFTER.test(text.slice(end, end + 80));
}
