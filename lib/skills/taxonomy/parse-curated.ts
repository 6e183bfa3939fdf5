import { SkillCategorySchema, type SkillCategory } from '../../schemas/taxonomy';

// A skill as written in the curated source, before merging with generated sources.
export interface CuratedSkill {
  id: string;
  name: string;
  category: SkillCategory;
  aliases: string[];
  ambiguousForms: string[];
  implies: string[];
  similar: { id: string; weight: number }[];
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

// Splits "Rails?" into the form and whether it is an ordinary word that needs context.
function readForm(raw: string): { form: string; ambiguous: boolean } {
  const trimmed = raw.trim();
  return trimmed.endsWith('?') && trimmed.length > 1
    ? { form: trimmed.slice(0, -1).trim(), ambiguous: true }
    : { form: trimmed, ambiguous: false };
}

function splitList(field: string | undefined): string[] {
  return (field ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/**
 * Parses one curated file: `@category <name>` lines set the category of the lines after them; each skill line is
 * `id | Name | alias, alias | implied ids | similar id:weight`. Errors name the file and line, so a typo in the
 * curated source stops the build instead of silently dropping a skill.
 */
export function parseCurated(text: string, fileName: string): CuratedSkill[] {
  const skills: CuratedSkill[] = [];
  let category: SkillCategory | null = null;
  text.split('\n').forEach((rawLine, index) => {
    const line = rawLine.trim();
    const where = `${fileName}:${index + 1}`;
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('@category')) {
      const parsed = SkillCategorySchema.safeParse(line.slice('@category'.length).trim());
      if (!parsed.success) throw new Error(`${where}: unknown category in "${line}"`);
      category = parsed.data;
      return;
    }
    if (category === null) throw new Error(`${where}: skill line before any @category`);
    const [idField, nameField, aliasField, impliesField, similarField, ...rest] = line.split('|');
    const id = (idField ?? '').trim();
    if (!ID_PATTERN.test(id)) throw new Error(`${where}: bad id "${id}"`);
    if (rest.some((field) => field.trim() !== '')) throw new Error(`${where}: too many fields`);
    const name = readForm(nameField ?? '');
    if (name.form === '') throw new Error(`${where}: missing name`);
    const aliases = splitList(aliasField).map(readForm);
    const similar = splitList(similarField).map((entry) => {
      const [similarId, weightText] = entry.split(':');
      const weight = Number(weightText);
      if (!similarId || !ID_PATTERN.test(similarId) || !(weight >= 0 && weight <= 1)) {
        throw new Error(`${where}: bad similar entry "${entry}"`);
      }
      return { id: similarId, weight };
    });
    skills.push({
      id,
      name: name.form,
      category,
      aliases: aliases.map((alias) => alias.form),
      ambiguousForms: [name, ...aliases].filter((form) => form.ambiguous).map((form) => form.form),
      implies: splitList(impliesField),
      similar,
    });
  });
  return skills;
}
