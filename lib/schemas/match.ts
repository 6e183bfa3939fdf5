import { z } from 'zod/mini';
import { ImportanceSchema } from './analysis';
import { lazySchema } from './lazy-schema';

// The match of a profile against an Analysis's requirements (lib/match).
export const VerdictSchema = lazySchema(() => z.enum(['have', 'related', 'short', 'missing']));
export type Verdict = z.infer<typeof VerdictSchema>;

export const RequirementVerdictSchema = lazySchema(() =>
  z.object({
    requirementId: z.string(), // the requirement's canonical skill id
    verdict: VerdictSchema,
    credit: z.number().check(z.gte(0), z.lte(1)), // 1 have, partial for related/short, 0 missing
    via: z.nullable(z.string()), // the profile skill that earned it (related: the similar/implying skill)
    profileYears: z.nullable(z.number()),
    yearsAsked: z.nullable(z.number()),
    viaName: z.optional(z.nullable(z.string())), // display name of `via`, for the reason and the popup
    // The importance the score counted it with (soft skills count as mentioned); the posting's own otherwise.
    importance: z.optional(ImportanceSchema),
  }),
);
export type RequirementVerdict = z.infer<typeof RequirementVerdictSchema>;

// An any-of group counts as one requirement: its verdict is its best member's.
export const GroupVerdictSchema = lazySchema(() =>
  z.object({
    groupId: z.string(),
    verdict: VerdictSchema,
    credit: z.number().check(z.gte(0), z.lte(1)),
    bestRequirementId: z.nullable(z.string()), // the member that earned the credit, null when none did
  }),
);
export type GroupVerdict = z.infer<typeof GroupVerdictSchema>;

export const MatchSchema = lazySchema(() =>
  z.object({
    score: z.nullable(z.number().check(z.gte(0), z.lte(100))), // null when the posting could not be read
    reason: z.string(),
    verdicts: z.array(RequirementVerdictSchema),
    required: z.object({ met: z.number(), total: z.number() }),
    preferred: z.object({ met: z.number(), total: z.number() }),
    missingRequired: z.array(z.string()), // display names
    missingPreferred: z.array(z.string()),
    groups: z.optional(z.array(GroupVerdictSchema)),
    mentioned: z.optional(z.object({ met: z.number(), total: z.number() })),
  }),
);
export type Match = z.infer<typeof MatchSchema>;
