import { z } from 'zod';
import { ProfileSkillSchema, type ProfileSkill } from '@/lib/schemas/profile';
import { foldSkillName } from '@/lib/profile/fold-skill-name';
import type { GapmarkDatabase } from './database';
import { lazySchema } from '@/lib/schemas/lazy-schema';

/** A skill as the person (or an importer) gives it: everything but the timestamps, which the repository sets. */
export const ProfileSkillDraftSchema = lazySchema(() =>
  ProfileSkillSchema.omit({ addedAt: true, updatedAt: true }),
);
export type ProfileSkillDraft = z.infer<typeof ProfileSkillDraftSchema>;

/** The fields edited inline in the Profile tab. */
export const ProfileSkillPatchSchema = lazySchema(() =>
  ProfileSkillSchema.pick({
    level: true,
    years: true,
    lastUsed: true,
    notes: true,
  }).partial(),
);
export type ProfileSkillPatch = z.infer<typeof ProfileSkillPatchSchema>;

export interface MergeResult {
  added: string[];
  /** Existing skills that gained a value they lacked (years, last used, notes). */
  updated: string[];
  /** Already in the profile with nothing to add. */
  unchanged: string[];
}

export class ProfileValidationError extends Error {
  override name = 'ProfileValidationError';
}

export interface ProfileRepositoryOptions {
  now?: () => number;
  /** Called after every write that committed, e.g. to tell the background (and so the content scripts). */
  onChange?: () => void;
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ProfileValidationError(`Invalid ${what}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const byName = (a: ProfileSkill, b: ProfileSkill) =>
  a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

/**
 * Reads and writes the profile's skills. Every value coming in is parsed by its Zod schema, so a bad value is
 * refused before anything is written; multi-row writes run in one transaction.
 */
export function createProfileRepository(db: GapmarkDatabase, options: ProfileRepositoryOptions = {}) {
  const now = options.now ?? Date.now;
  const changed = () => options.onChange?.();

  return {
    /** All skills, sorted by display name. */
    async list(): Promise<ProfileSkill[]> {
      return (await db.profileSkills.toArray()).sort(byName);
    },

    async get(skillId: string): Promise<ProfileSkill | null> {
      return (await db.profileSkills.get(skillId)) ?? null;
    },

    /** Writes a complete skill as given (replacing one with the same id). */
    async put(skill: ProfileSkill): Promise<ProfileSkill> {
      const valid = parseOrThrow(ProfileSkillSchema, skill, 'profile skill');
      await db.profileSkills.put(valid);
      changed();
      return valid;
    },

    /** Adds a new skill, or replaces the values of the one with the same id (keeping when it was added). */
    async add(draft: ProfileSkillDraft): Promise<ProfileSkill> {
      const valid = parseOrThrow(ProfileSkillDraftSchema, draft, 'profile skill');
      const skill = await db.transaction('rw', db.profileSkills, async () => {
        const existing = await db.profileSkills.get(valid.skillId);
        const time = now();
        const next: ProfileSkill = { ...valid, addedAt: existing?.addedAt ?? time, updatedAt: time };
        await db.profileSkills.put(next);
        return next;
      });
      changed();
      return skill;
    },

    /** Changes level, years, last-used year or notes of one skill; throws if it is not in the profile. */
    async update(skillId: string, patch: ProfileSkillPatch): Promise<ProfileSkill> {
      const valid = parseOrThrow(ProfileSkillPatchSchema, patch, 'change');
      const skill = await db.transaction('rw', db.profileSkills, async () => {
        const existing = await db.profileSkills.get(skillId);
        if (!existing) throw new ProfileValidationError(`"${skillId}" is not in the profile`);
        const next = parseOrThrow(ProfileSkillSchema, { ...existing, ...valid, updatedAt: now() }, 'change');
        await db.profileSkills.put(next);
        return next;
      });
      changed();
      return skill;
    },

    /** Removes a skill and returns it, so the caller can offer Undo through `restore`. */
    async remove(skillId: string): Promise<ProfileSkill | null> {
      const removed = await db.transaction('rw', db.profileSkills, async () => {
        const existing = await db.profileSkills.get(skillId);
        if (existing) await db.profileSkills.delete(skillId);
        return existing ?? null;
      });
      if (removed) changed();
      return removed;
    },

    /** Puts back a removed skill exactly as it was (same added and updated times). */
    async restore(skill: ProfileSkill): Promise<void> {
      const valid = parseOrThrow(ProfileSkillSchema, skill, 'profile skill');
      await db.profileSkills.put(valid);
      changed();
    },

    /**
     * Adds many skills at once without duplicates. A draft is the same skill as a stored one when the ids are
     * equal, or when either is custom and the names are equal (a custom "Kubernetes" is the taxonomy's). The
     * stored values win; the draft only fills what is missing (years, last-used year, notes), so importing the
     * same file twice changes nothing. All drafts are validated first; one bad draft writes nothing.
     */
    async merge(drafts: readonly ProfileSkillDraft[]): Promise<MergeResult> {
      const valid = drafts.map((draft, i) => parseOrThrow(ProfileSkillDraftSchema, draft, `skill #${i + 1}`));
      const result = await db.transaction('rw', db.profileSkills, async () => {
        const existing = await db.profileSkills.toArray();
        const byId = new Map(existing.map((s) => [s.skillId, s]));
        const byNormalizedName = new Map(existing.map((s) => [foldSkillName(s.name), s]));
        const outcome: MergeResult = { added: [], updated: [], unchanged: [] };
        const time = now();
        for (const draft of valid) {
          const sameName = byNormalizedName.get(foldSkillName(draft.name));
          const match =
            byId.get(draft.skillId) ?? (sameName && (sameName.custom || draft.custom) ? sameName : undefined);
          if (!match) {
            const added: ProfileSkill = { ...draft, addedAt: time, updatedAt: time };
            byId.set(added.skillId, added);
            byNormalizedName.set(foldSkillName(added.name), added);
            outcome.added.push(added.skillId);
            continue;
          }
          const filled: ProfileSkill = {
            ...match,
            years: match.years ?? draft.years,
            lastUsed: match.lastUsed ?? draft.lastUsed,
            notes: match.notes || draft.notes,
          };
          const gained =
            filled.years !== match.years ||
            filled.lastUsed !== match.lastUsed ||
            filled.notes !== match.notes;
          const list = gained ? outcome.updated : outcome.unchanged;
          if (!outcome.added.includes(match.skillId) && !list.includes(match.skillId))
            list.push(match.skillId);
          if (gained) {
            const next = { ...filled, updatedAt: time };
            byId.set(next.skillId, next);
            byNormalizedName.set(foldSkillName(next.name), next);
          }
        }
        const touched = [...outcome.added, ...outcome.updated].map((id) => byId.get(id)!);
        await db.profileSkills.bulkPut(touched);
        // A skill updated after being seen as unchanged earlier in the same batch belongs to "updated" only.
        outcome.unchanged = outcome.unchanged.filter((id) => !outcome.updated.includes(id));
        return outcome;
      });
      if (result.added.length + result.updated.length > 0) changed();
      return result;
    },

    /** Removes every skill (for tests and a future "start over"). */
    async clear(): Promise<void> {
      await db.profileSkills.clear();
      changed();
    },
  };
}

export type ProfileRepository = ReturnType<typeof createProfileRepository>;
