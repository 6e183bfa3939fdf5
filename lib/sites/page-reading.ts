import type { TextMap } from '@/lib/highlight/text-map';

// What reading a page gives the content script and the CLI. Plain types here, so the content script carries no
// schema library; the Zod schemas of the serialisable part live in lib/schemas/page.ts (a test keeps the two equal).

export interface Salary {
  currency: string | null;
  min: number | null;
  max: number | null;
  /** HOUR, DAY, WEEK, MONTH, YEAR as schema.org writes them. */
  unit: string | null;
  /** "€60,000–75,000 a year", or the board's own wording ("$135K - $170K"). */
  display: string;
  /** The board's estimate (JSON-LD estimatedSalary), not the employer's figure. */
  estimated?: boolean;
}

export interface PostingDetails {
  title: string | null;
  company: string | null;
  location: string | null;
  remote: boolean | null;
  employmentType: string | null;
  url: string | null;
  salary: Salary | null;
  datePosted: string | null;
  validThrough: string | null;
  identifier: string | null;
  canonicalUrl: string | null;
  /** Skills the posting lists as structured data (JSON-LD `skills`, a board's skill chips). */
  jsonLdSkills: string[];
  qualifications: string | null;
  experienceRequirements: string | null;
  experienceMonths: number | null;
  educationRequirements: string | null;
}

export interface PageReadingData {
  isJobPosting: boolean;
  /** "json-ld" | board id | "generic" */
  source: string;
  /** 0..1 */
  confidence: number;
  posting: PostingDetails;
  /** The description text to analyse; every engine offset refers to it. */
  text: string;
  /** Why the page was refused or how it was read ("list of 20 job postings"). */
  reason: string | null;
}

export type PageReading = PageReadingData & {
  /** The element whose `buildTextMap(...).text` is `text`; null when `text` came from JSON-LD alone. */
  descriptionRoot: Element | null;
  /** The map of `descriptionRoot` (built once while reading); null when descriptionRoot is null. */
  textMap: TextMap | null;
};

export function emptyPostingDetails(url: string | null = null): PostingDetails {
  return {
    title: null,
    company: null,
    location: null,
    remote: null,
    employmentType: null,
    url,
    salary: null,
    datePosted: null,
    validThrough: null,
    identifier: null,
    canonicalUrl: null,
    jsonLdSkills: [],
    qualifications: null,
    experienceRequirements: null,
    experienceMonths: null,
    educationRequirements: null,
  };
}

/** The serialisable part of a reading, e.g. for a message or the CLI's JSON. */
export function toPageReadingData(reading: PageReading): PageReadingData {
  const { descriptionRoot: _root, textMap: _map, ...data } = reading;
  return data;
}
