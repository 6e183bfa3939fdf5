import { z } from 'zod';
import type { ProfileSkillDraft } from '@/lib/db/profile-repo';
import { SkillLevelSchema, type ProfileSkill, type SkillLevel } from '@/lib/schemas/profile';
import { customSkillId } from './custom-skill-id';
import { readSkillLevel } from './read-skill-level';
import type { SkillLookup } from './skill-lookup';
import { lazySchema } from '@/lib/schemas/lazy-schema';

// JSON Resume (https://jsonresume.org/schema) `skills[]: { name, level, keywords[] }`. Items may carry extra
// fields, so ours (skillId, category, years, lastUsed, notes, custom) ride inside each item; the top level
// must not grow fields of its own, so the export is `{ skills }` and nothing else.

export const JsonResumeSkillSchema = lazySchema(() =>
  z.looseObject({
    name: z.string().optional(),
    level: z.string().optional(),
    keywords: z.array(z.string()).optional(),
    skillId: z.string().min(1).optional(),
    category: z.string().optional(),
    years: z.number().min(0).max(60).nullable().optional(),
    lastUsed: z.number().int().min(1950).max(2100).nullable().optional(),
    notes: z.string().optional(),
    custom: z.boolean().optional(),
  }),
);
export type JsonResumeSkill = z.infer<typeof JsonResumeSkillSchema>;

export const JsonResumeSchema = lazySchema(() =>
  z.looseObject({ skills: z.array(JsonResumeSkillSchema).optional() }),
);

/** The exported file: JSON Resume's skills, one item per profile skill. */
export const JsonResumeExportSchema = lazySchema(() =>
  z.strictObject({
    skills: z.array(
      z.object({
        name: z.string().min(1),
        level: SkillLevelSchema,
        keywords: z.array(z.string()),
        skillId: z.string().min(1),
        category: z.string(),
        years: z.number().nullable(),
        lastUsed: z.number().nullable(),
        notes: z.string(),
        custom: z.boolean(),
      }),
    ),
  }),
);
export type JsonResumeExport = z.infer<typeof JsonResumeExportSchema>;

export const CUSTOM_CATEGORY = 'custom';
const DEFAULT_LEVEL: SkillLevel = 'working';

export type JsonResumeReadResult =
  { ok: true; drafts: ProfileSkillDraft[]; warnings: string[] } | { ok: false; error: string };

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const where = issue.path.length
    ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')
    : '';
  return `${where ? `${where.replace(/^\./, '')}: ` : ''}${issue.message}`;
}

/**
 * Reads a JSON Resume file into profile drafts, ready for the repository's merge. Never throws: a file that is
 * not JSON, not a JSON Resume, or without skills gives an error message meant for the person.
 *
 * Each item's name becomes a skill: the taxonomy's when the name (or our stored skillId) resolves, else a
 * custom skill. Keywords that resolve add more skills at the item's level; a name that does not resolve but
 * whose keywords do is taken as a group heading ("Web development": HTML, CSS) and not added itself.
 */
export function readJsonResume(text: string, lookup: SkillLookup): JsonResumeReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: `This file is not JSON (${error instanceof Error ? error.message : 'parse error'}).`,
    };
  }
  const parsed = JsonResumeSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, error: `This is not a JSON Resume file: ${describeIssue(parsed.error)}.` };
  }
  const items = parsed.data.skills ?? [];
  if (items.length === 0) return { ok: false, error: 'This JSON Resume has no skills to import.' };

  const drafts = new Map<string, ProfileSkillDraft>();
  const warnings: string[] = [];
  const unknownKeywords: string[] = [];
  const put = (draft: ProfileSkillDraft) => {
    if (!drafts.has(draft.skillId)) drafts.set(draft.skillId, draft);
  };

  items.forEach((item, i) => {
    const name = item.name?.trim() ?? '';
    let level = readSkillLevel(item.level);
    if (item.level !== undefined && level === null) {
      warnings.push(
        `Level "${item.level}" of "${name || `skill ${i + 1}`}" is not one we know; set to ${DEFAULT_LEVEL}.`,
      );
    }
    level ??= DEFAULT_LEVEL;
    const keywordSkills = (item.keywords ?? []).flatMap((keyword) => {
      const skill = lookup.resolveSkillName(keyword);
      if (!skill) unknownKeywords.push(keyword);
      return skill ? [skill] : [];
    });

    const known = item.skillId ? lookup.getSkill(item.skillId) : name ? lookup.resolveSkillName(name) : null;
    const fields = {
      level,
      years: item.years ?? null,
      lastUsed: item.lastUsed ?? null,
      notes: item.notes ?? '',
    };
    if (item.skillId !== undefined && name) {
      // Our own export: trust its fields, so a round trip keeps ids, names, categories and custom flags as
      // they were, even for a skill the current taxonomy no longer knows.
      const custom = item.custom ?? !known;
      put({
        skillId: item.skillId,
        name,
        category: item.category ?? known?.category ?? CUSTOM_CATEGORY,
        custom,
        ...fields,
      });
    } else if (known) {
      put({ skillId: known.id, name: known.name, category: known.category, custom: false, ...fields });
    } else if (name && keywordSkills.length === 0) {
      put({ skillId: customSkillId(name), name, category: CUSTOM_CATEGORY, custom: true, ...fields });
    } else if (!name && keywordSkills.length === 0) {
      warnings.push(`Skill ${i + 1} has no name and no known keywords; skipped.`);
    }
    for (const skill of keywordSkills) {
      if (skill.id === known?.id) continue;
      put({
        skillId: skill.id,
        name: skill.name,
        category: skill.category,
        level,
        years: null,
        lastUsed: null,
        notes: '',
        custom: false,
      });
    }
  });

  if (unknownKeywords.length > 0) {
    warnings.push(
      `Keywords not recognised as skills (left out): ${[...new Set(unknownKeywords)].join(', ')}.`,
    );
  }
  if (drafts.size === 0) return { ok: false, error: 'No skills could be read from this JSON Resume.' };
  return { ok: true, drafts: [...drafts.values()], warnings };
}

/** The profile as a JSON Resume `{ skills }` document, sorted by name; re-importing it loses nothing. */
export function exportJsonResume(skills: readonly ProfileSkill[]): JsonResumeExport {
  return {
    skills: [...skills]
      .sort(
        (a, b) =>
          a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.skillId.localeCompare(b.skillId),
      )
      .map((skill) => ({
        name: skill.name,
        level: skill.level,
        keywords: [],
        skillId: skill.skillId,
        category: skill.category,
        years: skill.years,
        lastUsed: skill.lastUsed,
        notes: skill.notes,
        custom: skill.custom,
      })),
  };
}

export const JSON_RESUME_FILE_NAME = 'gapmark-profile.resume.json';
