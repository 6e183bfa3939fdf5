import { z } from 'zod';
import { ImportanceSchema } from './analysis';

// The match of a profile against an Analysis's requirements (lib/match).
export const VerdictSchema = z.enum(['have', 'related', 'short', 'missing']);
export type Verdict = z.infer<typeof VerdictSchema>;

export const RequirementVerdictSchema = z.object({
  requirementId: z.string(), // the requirement's canonical skill id
  verdict: VerdictSchema,
  credit: z.number().min(0).max(1), // 1 have, partial for related/short, 0 missing
  via: z.string().nullable(), // the profile skill that earned it (related: the similar/implying skill)
  profileYears: z.number().nullable(),
  yearsAsked: z.number().nullable(),
  viaName: z.string().nullable().optional(), // display name of `via`, for the reason and the popup
  // The importance the score counted it with (soft skills count as mentioned); the posting's own otherwise.
  importance: ImportanceSchema.optional(),
});
export type RequirementVerdict = z.infer<typeof RequirementVerdictSchema>;

// An any-of group counts as one requirement: its verdict is its best member's.
export const GroupVerdictSchema = z.object({
  groupId: z.string(),
  verdict: VerdictSchema,
  credit: z.number().min(0).max(1),
  bestRequirementId: z.string().nullable(), // the member that earned the credit, null when none did
});
export type GroupVerdict = z.infer<typeof GroupVerdictSchema>;

export const MatchSchema = z.object({
  score: z.number().min(0).max(100).nullable(), // null when the posting could not be read
  reason: z.string(),
  verdicts: z.array(RequirementVerdictSchema),
  required: z.object({ met: z.number(), total: z.number() }),
  preferred: z.object({ met: z.number(), total: z.number() }),
  missingRequired: z.array(z.string()), // display names
  missingPreferred: z.array(z.string()),
  groups: z.array(GroupVerdictSchema).optional(),
  mentioned: z.object({ met: z.number(), total: z.number() }).optional(),
});
export type Match = z.infer<typeof MatchSchema>;
