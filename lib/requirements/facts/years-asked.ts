// Whether a sentence with a years phrase asks experience of the candidate, rather than telling the company's
// story ("In only 9 years on the market we have grown", "a $500 million enterprise over the next five years")
// or asking for a history ("education history for up to three years").
const NOT_EXPERIENCE =
  /\b(?:over|in|within|during|for) the (?:next|past|last|coming|first)\b|\bago\b|\b(?:employment|education|educational|work|credit|criminal|address|residential) history\b|\bon the market\b|\bfounded\b|\bsince\b|\banniversary\b|\bin business\b|\bold\b|\bwarranty\b|\bcontract (?:of|for)\b|\bfor up to\b/i;
const COMPANY_SUBJECT = /\b(?:we|we['’](?:re|ve)|our|us|wir|nous)\b/i;
const ASKS =
  /\b(?:you|your|candidates?|applicants?|we (?:expect|require|need|want|seek|ask)|looking for|seeking|required|requirements?|must|minimum|min\.|at least|experience[ds]?)\b/i;

export function yearsAskedOfCandidate(sentence: string): boolean {
  if (NOT_EXPERIENCE.test(sentence)) return false;
  return !COMPANY_SUBJECT.test(sentence) || ASKS.test(sentence);
}
