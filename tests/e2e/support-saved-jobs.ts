import { readFileSync } from 'node:fs';
import type { Requirement } from '../../lib/schemas/analysis';
import type { Match, RequirementVerdict } from '../../lib/schemas/match';
import type { JobStatus, SavedJob } from '../../lib/schemas/saved-job';

// Saved jobs that look like the ones a person collects: real taxonomy skills mentioned at their offsets in a
// description of a few KB, required and nice-to-have sections, a match with verdicts and a reason, statuses
// with their history. Seeded, so every run imports the same file.

interface TaxonomySkill {
  id: string;
  name: string;
  category: string;
}

const SKILL_IDS = [
  'php',
  'python',
  'go',
  'java',
  'typescript',
  'javascript',
  'react',
  'nodejs',
  'symfony',
  'laravel',
  'django',
  'postgresql',
  'mysql',
  'redis',
  'mongodb',
  'elasticsearch',
  'kafka',
  'rabbitmq',
  'docker',
  'kubernetes',
  'terraform',
  'aws',
  'gcp',
  'azure',
  'github-actions',
  'graphql',
  'grpc',
  'datadog',
  'prometheus',
  'grafana',
  'linux',
  'git',
];
const PROFILE = new Set(['php', 'python', 'mysql', 'redis', 'docker', 'symfony', 'github-actions', 'aws']);

const TITLES = [
  'Backend Engineer',
  'Senior Backend Engineer',
  'Software Engineer, Platform',
  'Full-Stack Developer',
  'Staff Engineer, Payments',
  'PHP Developer (m/w/d)',
  'Site Reliability Engineer',
  'Data Engineer',
  'Lead Developer',
  'Développeur Backend',
];
const COMPANIES = [
  'Snapfix',
  'InterNations',
  'Acme Logistics',
  'Nordlicht Energie GmbH',
  'Mercado Verde',
  'Blue Harbor Health',
  'Tessellate',
  'Kettle & Crane',
  'Zürich Re Digital',
  '株式会社サンプル',
];
const LOCATIONS = [
  'Berlin, Germany',
  'Munich, Germany',
  'Dublin, Ireland',
  'Paris, France',
  'Remote (EU)',
  null,
];
const STATUSES: JobStatus[] = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'archived'];

/** mulberry32: a small seeded generator, so the generated file is the same on every run. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadSkills(): TaxonomySkill[] {
  const taxonomy = JSON.parse(
    readFileSync(new URL('../../lib/skills/data/taxonomy.json', import.meta.url), 'utf8'),
  ) as { skills: TaxonomySkill[] };
  return SKILL_IDS.map((id) => {
    const skill = taxonomy.skills.find((s) => s.id === id);
    if (!skill) throw new Error(`taxonomy has no skill "${id}": update tests/e2e/support-saved-jobs.ts`);
    return { id: skill.id, name: skill.name, category: skill.category };
  });
}

const FILLER = [
  'You will own services that process millions of events a day and talk to the teams that depend on them.',
  'We review each other’s code, write tests first where it helps, and deploy several times a day.',
  'Our stack grew with the product; you will help us decide what to keep and what to retire.',
  'We offer 30 days of holiday, a learning budget, and a quiet office for those who want one.',
  'On-call is shared fairly and paid; incidents end in blameless write-ups, not in blame.',
];

/** `count` saved jobs, valid against SavedJobSchema; `now` anchors their dates. */
export function generateSavedJobs(count: number, seed = 20261124, now = Date.UTC(2026, 10, 24)): SavedJob[] {
  const random = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const skills = loadSkills();
  const jobs: SavedJob[] = [];
  for (let i = 0; i < count; i++) {
    const title = pick(TITLES);
    const company = pick(COMPANIES);
    const location = pick(LOCATIONS);
    const chosen = [...skills].sort(() => random() - 0.5).slice(0, 6 + Math.floor(random() * 7));
    const requiredCount = Math.max(2, Math.ceil(chosen.length * 0.6));
    const required = chosen.slice(0, requiredCount);
    const preferred = chosen.slice(requiredCount);
    const years = 2 + Math.floor(random() * 6);

    // The description, with each skill's mention offsets taken from where it is written.
    let text = `${title}\n${company}${location ? ` · ${location}` : ''}\n\nAbout the role\n`;
    for (let p = 0; p < 6; p++) text += `${pick(FILLER)} `;
    const mentions = new Map<string, { start: number; end: number; text: string }[]>();
    const mention = (skill: TaxonomySkill, before: string, after: string) => {
      text += before;
      const start = text.length;
      text += skill.name;
      (mentions.get(skill.id) ?? mentions.set(skill.id, []).get(skill.id)!).push({
        start,
        end: start + skill.name.length,
        text: skill.name,
      });
      text += after;
    };
    text += `\n\nWhat you bring\n`;
    for (const skill of required) mention(skill, '• ', ` in production, ideally ${years}+ years\n`);
    text += `\nNice to have\n`;
    for (const skill of preferred) mention(skill, '• Some experience with ', '\n');
    text += `\nHow we work\n`;
    for (let p = 0; p < 10; p++) text += `${pick(FILLER)} `;
    text += `\nWe use ${required[0]!.name} every day.\n`;
    mentions.get(required[0]!.id)!.push({
      start: text.length - ` every day.\n`.length - required[0]!.name.length,
      end: text.length - ` every day.\n`.length,
      text: required[0]!.name,
    });

    const requirements: Requirement[] = chosen.map((skill) => ({
      id: skill.id,
      skill: skill.name,
      category: skill.category,
      importance: required.includes(skill) ? 'required' : 'preferred',
      years: required.includes(skill) ? years : null,
      group: null,
      mentions: mentions.get(skill.id)!,
    }));
    const verdicts: RequirementVerdict[] = requirements.map((r) => {
      const have = PROFILE.has(r.id);
      return {
        requirementId: r.id,
        verdict: have ? 'have' : 'missing',
        credit: have ? 1 : 0,
        via: have ? r.id : null,
        profileYears: have ? 4 : null,
        yearsAsked: r.years,
        importance: r.importance,
      };
    });
    const missing = (importance: string) =>
      requirements.filter((r) => r.importance === importance && !PROFILE.has(r.id)).map((r) => r.skill);
    const met = (importance: string) =>
      requirements.filter((r) => r.importance === importance && PROFILE.has(r.id)).length;
    const requiredMet = met('required');
    const preferredMet = met('preferred');
    const score = Math.round(
      (100 * (3 * requiredMet + preferredMet)) / (3 * required.length + Math.max(preferred.length, 0)),
    );
    const match: Match = {
      score,
      reason: `Meets ${requiredMet} of ${required.length} must-haves${
        missing('required').length ? `; missing ${missing('required').join(', ')}` : ''
      }${missing('preferred').length ? `, ${missing('preferred').join(', ')} (nice to have)` : ''}`,
      verdicts,
      required: { met: requiredMet, total: required.length },
      preferred: { met: preferredMet, total: preferred.length },
      missingRequired: missing('required'),
      missingPreferred: missing('preferred'),
    };

    const savedAt = now - (count - i) * 3_600_000 - Math.floor(random() * 3_000_000);
    const status = pick(STATUSES);
    const statusHistory = [{ status: 'saved' as JobStatus, at: savedAt }];
    if (status !== 'saved') statusHistory.push({ status, at: savedAt + 86_400_000 });
    const slug = `${title}-${i}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const url = `https://careers.example-${i % 37}.com/jobs/${slug}`;
    jobs.push({
      id: `gen-${String(i).padStart(4, '0')}`,
      url: `${url}?utm_source=newsletter`,
      canonicalUrl: url,
      identifier: random() < 0.5 ? `REQ-${10_000 + i}` : null,
      title,
      company,
      location,
      remote: location === 'Remote (EU)' ? true : random() < 0.3 ? null : false,
      employmentType: pick(['FULL_TIME', 'FULL_TIME', 'PART_TIME', 'CONTRACTOR', null]),
      salary: random() < 0.4 ? `€${55 + (i % 30)},000–${75 + (i % 30)},000 a year` : null,
      datePosted: new Date(savedAt - 5 * 86_400_000).toISOString().slice(0, 10),
      savedAt,
      updatedAt: statusHistory.at(-1)!.at,
      source: pick(['json-ld', 'greenhouse', 'lever', 'workable', 'generic']),
      description: text,
      minYears: years,
      requirements,
      groups: [],
      match,
      status,
      statusHistory,
      notes: random() < 0.2 ? `Referral from a friend; follow up in week ${i % 52}.` : '',
    });
  }
  return jobs;
}
