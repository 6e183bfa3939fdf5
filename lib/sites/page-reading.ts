import { z } from 'zod';
import { PostingMetaSchema } from '@/lib/schemas/analysis';
import type { TextMap } from '@/lib/highlight/text-map';

// What reading a page gives the content script and the CLI. The serialisable part has a schema (it crosses
// into messages and the CLI's JSON); the DOM handles (description root, text map) ride beside it.

export const SalarySchema = z.object({
  currency: z.string().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  unit: z.string().nullable(), // HOUR, DAY, WEEK, MONTH, YEAR as schema.org writes them
  display: z.string(), // "€60,000–75,000 a year"
});
export type Salary = z.infer<typeof SalarySchema>;

export const PostingDetailsSchema = PostingMetaSchema.extend({
  salary: SalarySchema.nullable(),
  datePosted: z.string().nullable(),
  validThrough: z.string().nullable(),
  identifier: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  /** Skills the posting lists as structured data (JSON-LD `skills`, a board's skill chips). */
  jsonLdSkills: z.array(z.string()),
  qualifications: z.string().nullable(),
  experienceRequirements: z.string().nullable(),
  experienceMonths: z.number().nullable(),
  educationRequirements: z.string().nullable(),
});
export type PostingDetails = z.infer<typeof PostingDetailsSchema>;

export const PageReadingDataSchema = z.object({
  isJobPosting: z.boolean(),
  source: z.string().min(1), // "json-ld" | board id | "generic"
  confidence: z.number().min(0).max(1),
  posting: PostingDetailsSchema,
  /** The description text to analyse; every engine offset refers to it. */
  text: z.string(),
  /** Why the page was refused or how it was read, for people and logs ("list of 20 postings"). */
  reason: z.string().nullable(),
});
export type PageReadingData = z.infer<typeof PageReadingDataSchema>;

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
