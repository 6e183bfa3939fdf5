import { z } from 'zod';

// The hand labels of ../shared/fixtures/gold-dev/labels.json (see its README): one entry per posting file,
// with the facts a person read from it, every hard skill with its importance, and the trap words.

export const GoldSalarySchema = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  currency: z.string(),
  period: z.string(),
});
export type GoldSalary = z.infer<typeof GoldSalarySchema>;

export const GoldFactsSchema = z.object({
  minYears: z.number().nullable(),
  degree: z.enum(['none', 'Degree', "Bachelor's", "Master's", 'PhD']),
  degreeStatus: z.enum(['required', 'preferred']).nullable(),
  seniority: z.string().nullable(),
  spokenLanguages: z.array(z.string()),
  workplace: z.enum(['remote', 'hybrid', 'onsite']).nullable(),
  visaSponsorship: z.enum(['offered', 'not offered']).nullable(),
  salary: GoldSalarySchema.nullable(),
  evidence: z.record(z.string(), z.unknown()).optional(),
  notes: z.string().optional(),
});
export type GoldFacts = z.infer<typeof GoldFactsSchema>;

export const GoldSkillSchema = z.object({
  skill: z.string().min(1),
  surface: z.string().min(1),
  importance: z.enum(['required', 'preferred', 'mentioned']),
  anyOf: z.string().nullable(),
});
export type GoldSkill = z.infer<typeof GoldSkillSchema>;

export const GoldTrapSchema = z.object({ surface: z.string().min(1), why: z.string() });
export type GoldTrap = z.infer<typeof GoldTrapSchema>;

export const GoldPostingSchema = z.object({
  facts: GoldFactsSchema,
  skills: z.array(GoldSkillSchema),
  traps: z.array(GoldTrapSchema),
});
export type GoldPosting = z.infer<typeof GoldPostingSchema>;

export const GoldLabelsSchema = z.record(z.string(), GoldPostingSchema);
export type GoldLabels = z.infer<typeof GoldLabelsSchema>;

/** labels.json as text to labels; an error names the first bad entry. */
export function parseGoldLabels(json: string): GoldLabels {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new Error(`labels.json is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = GoldLabelsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`labels.json: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
