import { quote } from './fact-cues';
import type { FactSentence } from './fact-sentences';

export type VisaSponsorship = 'offered' | 'not offered';
export type WorkCondition = 'citizenship' | 'clearance' | 'work authorization';

export interface WorkAuthorizationFacts {
  visaSponsorship: VisaSponsorship | null;
  visaEvidence: string | null;
  /** Conditions on who may be hired, each with its sentence. */
  conditions: { kind: WorkCondition; evidence: string }[];
}

const NOT_SPONSORED =
  /\b(?:(?:will|can|do|does|are|is)\s*(?:not|n['’]t)|cannot|unable to|not able to|no)\s+(?:\w+\s+){0,3}?(?:sponsor\w*|visa support)\b|\bsponsorship (?:is )?(?:not (?:available|offered|provided|possible)|unavailable)\b|\bwithout (?:the need for |requiring |requirement of )?(?:\w+\s+)?sponsorship\b|\bnot (?:eligible|able) (?:for|to (?:receive|obtain)) (?:\w+\s+)?sponsorship\b/i;
const SPONSORED =
  /\bvisa (?:sponsor(?:ship)?|support|assistance|help)\b|\b(?:support|help|assistance) (?:with|for|in|on) (?:your |the )?(?:work )?(?:visa|work permit)\b|\b(?:we|will|can|happy to|able to) (?:\w+\s+)?sponsor (?:your |a |the )?(?:visa|work permit|H-?1B)|\bsponsorship (?:is )?(?:available|offered|provided|possible)\b|\b(?:relocation|relocate)\b[^.]{0,30}\bvisa\b|\bvisa\b[^.]{0,20}\brelocation\b|\bVisum\b[^.]{0,30}\b(?:Unterstützung|unterstützen)\b|\baide (?:au|pour le) visa\b/i;
// A board's guess is not the employer's statement ("H1B Sponsor Likely").
const BOARD_GUESS = /\b(?:likely|probably|possibly|may|might)\b/i;
const CITIZENS_ONLY =
  /\b(?:only (?:open|available) (?:to|for)\b[^.]{0,40}\b(?:citizens?|nationals?|residents?)|(?:citizens?|nationals?) only|must (?:be|hold) (?:a |an )?(?:\w+ )?(?:citizen|national)s?(?:ship)?|(?:citizenship|nationality) (?:is )?required|eyes only)\b/i;
const CLEARANCE =
  /\b(?:security clearance|(?:SC|DV|BPSS|NV1|NV2|TS\/SCI|top secret) clearance|clearance (?:is )?required|eligible for (?:\w+ )?clearance|obtain (?:and maintain )?(?:a )?(?:\w+ )?clearance)\b/i;
const AUTHORISED =
  /\b(?:must|need to|should) (?:be (?:legally )?(?:authori[sz]ed|eligible|entitled) to work|have (?:the )?(?:legal )?right to work|hold (?:a )?valid work (?:permit|authori[sz]ation))\b|\bright to work in\b|\bwork (?:permit|authori[sz]ation) (?:is )?required\b|\bArbeitserlaubnis\b/i;

const MAYBE =
  /visa|visum|sponsor|citizen|\bnational|clearance|authori[sz]|right to work|eyes only|permit|arbeitserlaubnis/i;

/**
 * Whether the employer sponsors a visa, and the conditions on who may be hired (citizenship, security
 * clearance, authorisation to work). Only the employer's words count: a board's guess ("Sponsor Likely") and
 * the company's business ("legal/visa services", a public service for "applying for a visa") do not.
 * A job open only to citizens or nationals is "not offered"; a clearance alone says nothing about a visa.
 */
export function readWorkAuthorization(sentences: readonly FactSentence[]): WorkAuthorizationFacts {
  let offered: { sentence: FactSentence; at: number } | null = null;
  let notOffered: { sentence: FactSentence; at: number } | null = null;
  const conditions: WorkAuthorizationFacts['conditions'] = [];
  for (const sentence of sentences) {
    const text = sentence.text;
    if (!MAYBE.test(text)) continue;
    const no = NOT_SPONSORED.exec(text);
    const citizens = CITIZENS_ONLY.exec(text);
    if (no && /sponsor|visa/i.test(no[0])) notOffered ??= { sentence, at: no.index };
    else if (citizens) notOffered ??= { sentence, at: citizens.index };
    else {
      const yes = SPONSORED.exec(text);
      if (yes && !BOARD_GUESS.test(text) && !(sentence.section === 'about' && !/\byou\b/i.test(text)))
        offered ??= { sentence, at: yes.index };
    }
    if (citizens) conditions.push({ kind: 'citizenship', evidence: quote(sentence, citizens.index) });
    const clearance = CLEARANCE.exec(text);
    if (clearance && !sentence.companyVoice)
      conditions.push({ kind: 'clearance', evidence: quote(sentence, clearance.index) });
    const authorised = AUTHORISED.exec(text);
    if (authorised)
      conditions.push({ kind: 'work authorization', evidence: quote(sentence, authorised.index) });
  }
  // A refusal outweighs a general offer elsewhere on the page.
  const decided = notOffered ?? offered;
  return {
    visaSponsorship: notOffered ? 'not offered' : offered ? 'offered' : null,
    visaEvidence: decided ? quote(decided.sentence, decided.at) : null,
    conditions,
  };
}
