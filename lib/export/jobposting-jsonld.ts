import type { Requirement } from '../schemas/analysis';
import type { SavedJob } from '../schemas/saved-job';
import { unitTextOf } from '../requirements/facts/annualize-salary';

// schema.org JobPosting, the vocabulary job boards publish in their pages (https://schema.org/JobPosting), so the
// export reads back into anything that reads postings. The salary is structured where the facts read one (the
// employer's figure), else kept as the text shown to the person, as the description of a MonetaryAmount.

export interface JobPostingJsonLd {
  '@type': 'JobPosting';
  [key: string]: unknown;
}

export interface JobPostingGraph {
  '@context': 'https://schema.org';
  '@graph': JobPostingJsonLd[];
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * JobPosting descriptions are HTML by convention (readers, ours included, parse them as HTML, where a bare line
 * break is just a space), so the plain text becomes paragraphs and <br>s with every character escaped.
 */
export function descriptionToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

const definedTerm = (r: Requirement) => ({ '@type': 'DefinedTerm', name: r.skill, termCode: r.id });

const CREDENTIAL_CATEGORY: Record<string, string> = {
  "Bachelor's": 'bachelor degree',
  "Master's": 'postgraduate degree',
  PhD: 'postgraduate degree',
  Degree: 'bachelor degree',
};

function educationOf(job: SavedJob) {
  const degree = job.facts?.degree;
  if (!degree) return undefined;
  const status =
    job.facts?.degreeRequired === true
      ? 'required'
      : job.facts?.degreeRequired === false
        ? 'preferred'
        : null;
  return {
    '@type': 'EducationalOccupationalCredential',
    credentialCategory: CREDENTIAL_CATEGORY[degree] ?? 'degree',
    name: status ? `${degree} (${status})` : degree,
  };
}

// The structured salary where the facts have one (employer's figure only: a board's estimate is not the
// posting's baseSalary), else the display text a page gave.
function baseSalaryOf(job: SavedJob) {
  const salary = job.facts?.salary;
  if (salary && salary.source === 'employer')
    return {
      '@type': 'MonetaryAmount',
      currency: salary.currency,
      value: {
        '@type': 'QuantitativeValue',
        ...(salary.min !== null ? { minValue: salary.min } : {}),
        ...(salary.max !== null ? { maxValue: salary.max } : {}),
        unitText: unitTextOf(salary.period),
      },
      ...(job.salary ? { description: job.salary } : {}),
    };
  return job.salary ? { '@type': 'MonetaryAmount', description: job.salary } : undefined;
}

/** One saved job as a schema.org JobPosting object (without @context). Empty facts are left out. */
export function savedJobToJobPosting(job: SavedJob): JobPostingJsonLd {
  const required = job.requirements.filter((r) => r.importance === 'required');
  const preferred = job.requirements.filter((r) => r.importance === 'preferred');
  const posting: JobPostingJsonLd = {
    '@type': 'JobPosting',
    title: job.title,
    description: descriptionToHtml(job.description),
    url: job.url || undefined,
    sameAs: job.canonicalUrl && job.canonicalUrl !== job.url ? job.canonicalUrl : undefined,
    identifier: job.identifier ?? undefined,
    datePosted: job.datePosted ?? undefined,
    hiringOrganization: job.company ? { '@type': 'Organization', name: job.company } : undefined,
    jobLocation: job.location
      ? { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: job.location } }
      : undefined,
    // schema.org knows only TELECOMMUTE: a remote job, or one the posting says may be done remotely.
    jobLocationType:
      (job.facts?.workplace ?? (job.remote ? 'remote' : null)) === 'remote' ? 'TELECOMMUTE' : undefined,
    employmentType: job.employmentType ?? undefined,
    skills: required.length > 0 ? required.map(definedTerm) : undefined,
    qualifications:
      preferred.length > 0 ? `Nice to have: ${preferred.map((r) => r.skill).join(', ')}` : undefined,
    experienceRequirements:
      job.minYears !== null
        ? { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: Math.round(job.minYears * 12) }
        : undefined,
    educationRequirements: educationOf(job),
    baseSalary: baseSalaryOf(job),
  };
  return Object.fromEntries(
    Object.entries(posting).filter(([, value]) => value !== undefined),
  ) as JobPostingJsonLd;
}

/** Saved jobs as one JSON-LD document with a @graph of JobPostings. */
export function savedJobsToJsonLd(jobs: readonly SavedJob[]): JobPostingGraph {
  return { '@context': 'https://schema.org', '@graph': jobs.map(savedJobToJobPosting) };
}
