import { quote } from './fact-cues';
import type { FactSentence } from './fact-sentences';

export type Workplace = 'remote' | 'hybrid' | 'onsite';

export interface WorkplaceFact {
  workplace: Workplace;
  evidence: string;
}

// Remote as the way this job is done: "remote-first", "fully remote", "100% remote", "work from anywhere".
// These count even in the company's voice ("We're a remote-first company").
const REMOTE_POLICY =
  /\b(?:remote[- ]first|remote[- ]only|fully[- ]remote|100\s?%\s?remote|all[- ]remote|remote company|work from anywhere|work(?:ing)? remotely from anywhere|full[- ]time remote|télétravail (?:complet|total|à 100\s?%)|komplett remote|vollständig remote|100\s?% (?:remote|télétravail|da remoto)|full remote)\b/i;
// Remote said of the job: "remote position", "this role is remote", "you can work remotely", "Remote and
// flexible working hours"; only outside the company's account of itself.
const REMOTE_JOB =
  /\b(?:remote (?:position|role|job|work(?:ing)?|opportunity|contract|option)|(?:role|position|job) is (?:fully )?remote|work(?:ing)? remotely|remote (?:and|&) flexible|(?:da remoto|in remoto|lavoro remoto)|remote-?friendly)\b|^remote\b/i;
// Part of the week away from the office: hybrid, home office, working from home as a flexibility.
const HYBRID =
  /\bhybrid(?:[- ](?:remote|working|work|role|position|job|model|set-?up|schedule|arrangement|policy|office|environment|way of working|company))\b|\b(?:is|are|be|fully|role|position|job|we['’]re|we are)\s+hybrid\b|\(hybrid\)|^hybrid\b|\bhome[- ]?office\b|\bwork(?:ing)? from home\b|\bwfh\b|\bremote days?\b|\b\d days? (?:a|per) week (?:in|at) (?:the|our) office\b|\bmobiles? arbeiten\b|\btélétravail\b|\bsmart working\b|\blavoro ibrido\b/i;
// "hybrid" said of the work, not of teams or clouds ("our hybrid DevOps teams", "hybrid cloud").
const HYBRID_WORD =
  /\bhybrid(?:[- ](?:remote|working|work|role|position|job|model|set-?up|schedule|arrangement|policy|office|environment|way of working|company))\b|\b(?:is|are|be|fully|role|position|job|we['’]re|we are)\s+hybrid\b|\(hybrid\)|^hybrid\b|\blavoro ibrido\b|\b(?:travail|mode) hybride\b/i;
// On the premises: "on-site role", "based in our office", "in-person", "vor Ort", "en présentiel", "in sede".
const ONSITE =
  /\b(?:on[- ]?site (?:role|position|job|work)|(?:role|position|job) is (?:on[- ]?site|office[- ]based(?! in\b| at\b)|in[- ]person)|office[- ]based(?! in\b| at\b)|in[- ]office|in[- ]person (?:role|position|job|work)|work(?:ing)? (?:on[- ]?site|from (?:our|the) office|in (?:our|the) office)|based in (?:our|the)\b[^.]{0,40}\boffice|vor ort|en présentiel|sur site|in sede|in presenza)\b|^on[- ]?site\b/i;
// A location field's value ("Workplace: Onsite", "Location: Remote").
const LABEL =
  /^(?:workplace(?: type)?|work (?:model|mode|arrangement|location)|location(?: type)?|job type|remote|arbeitsort|lieu de travail|modalità di lavoro)\s*:\s*(.+)$/i;
// Remote first and then office-based: the job is on site.
const REMOTE_THEN_OFFICE =
  /\bremote (?:initially|at first|to start|for (?:the )?(?:first|initial)\b[^.]{0,30})\b[^.]{0,40}\b(?:then|after(?:wards)?|later)\b[^.]{0,60}\boffice\b/i;
const NEGATED_REMOTE =
  /\b(?:not|no|isn['’]t|aren['’]t|non)\s+(?:a\s+|fully\s+)?remote(?:[- ]first)?\b|\bremote\b[^.]{0,20}\bnot (?:possible|available|an option)\b/i;
// Remote in a sense other than the work: remote interviews, remote monitoring, remote sensing, remote teams we sell to.
const OTHER_REMOTE =
  /\bremote (?:interview\w*|onboarding|monitoring|sensing|access|control|desktop|patient|learning|assistance|support)\b/i;

const MAYBE =
  /remote|hybrid|home|office|on[- ]?site|in[- ]person|anywhere|télétravail|vor ort|présentiel|sur site|smart working|sede|presenza|remoto|ibrido|mobile|wfh/i;

function valueOfLabel(value: string): Workplace | null {
  if (HYBRID_WORD.test(value)) return 'hybrid';
  if (/\bremote\b|télétravail|remoto/i.test(value)) return 'remote';
  if (/\bon[- ]?site\b|\bin[- ]office\b|\boffice\b|\bpresenza\b|\bsur site\b/i.test(value)) return 'onsite';
  return null;
}

/**
 * Where the job is done: remote, hybrid, onsite, or null when the posting does not say (a bare location line,
 * relocation help, travel, remote interviews). A location field decides first, then the word "hybrid", remote
 * as the job's way of working, a home-office option, then work on the premises.
 */
export function readWorkplace(sentences: readonly FactSentence[]): WorkplaceFact | null {
  let remote: WorkplaceFact | null = null;
  let hybridWord: WorkplaceFact | null = null;
  let homeOffice: WorkplaceFact | null = null;
  let onsite: WorkplaceFact | null = null;
  let labelled: WorkplaceFact | null = null;
  for (const sentence of sentences) {
    const text = sentence.text;
    if (!MAYBE.test(text)) continue;
    const trimmed = text.trim();
    if (!labelled && trimmed.length <= 60) {
      const label = LABEL.exec(trimmed);
      const value = label
        ? valueOfLabel(label[1] ?? '')
        : /^(?:remote|hybrid|on[- ]?site)\b/i.test(trimmed) && trimmed.split(/\s+/).length <= 4
          ? valueOfLabel(trimmed)
          : null;
      if (value) labelled = { workplace: value, evidence: trimmed };
    }
    if (REMOTE_THEN_OFFICE.test(text)) {
      onsite ??= { workplace: 'onsite', evidence: quote(sentence) };
      continue;
    }
    const negated = NEGATED_REMOTE.test(text);
    if (!negated && !OTHER_REMOTE.test(text)) {
      const policy = REMOTE_POLICY.exec(text);
      const job = sentence.companyVoice || sentence.section === 'about' ? null : REMOTE_JOB.exec(text);
      const m = policy ?? job;
      if (m) remote ??= { workplace: 'remote', evidence: quote(sentence, m.index) };
    }
    const hybrid = HYBRID.exec(text);
    if (hybrid && !/\b(?:no|not|kein\w*)\s+(?:home[- ]?office|hybrid)\b/i.test(text)) {
      if (HYBRID_WORD.test(hybrid[0]))
        hybridWord ??= { workplace: 'hybrid', evidence: quote(sentence, hybrid.index) };
      else homeOffice ??= { workplace: 'hybrid', evidence: quote(sentence, hybrid.index) };
    }
    const site = sentence.companyVoice && !/\byou\b/i.test(text) ? null : ONSITE.exec(text);
    if (site) onsite ??= { workplace: 'onsite', evidence: quote(sentence, site.index) };
  }
  return labelled ?? hybridWord ?? remote ?? homeOffice ?? onsite;
}
