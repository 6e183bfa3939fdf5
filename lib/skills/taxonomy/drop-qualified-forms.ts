import { normalizeSkillName } from '../normalize-skill-name';

// A written form that is another form of the same skill plus a word of praise before it ("excellent
// communication skills") or a word of setting after it ("agile teams", "DevOps culture") marks more than the
// skill: the highlight would cover "excellent" or "team", and the shorter form already finds the skill there.
const PRAISE_BEFORE = /^(?:excellent|strong|good|solid|great|effective|proven)\s+(.+)$/i;
const SETTING_AFTER = /^(.+?)\s+(?:teams?|environments?|culture|mindset)$/i;

/** The aliases of one skill without those that only qualify another of its forms. */
export function dropQualifiedForms(name: string, aliases: readonly string[]): string[] {
  const own = new Set([name, ...aliases].map((form) => normalizeSkillName(form.replace(/\?$/, ''))));
  return aliases.filter((alias) => {
    const core = PRAISE_BEFORE.exec(alias)?.[1] ?? SETTING_AFTER.exec(alias)?.[1];
    return core === undefined || !own.has(normalizeSkillName(core));
  });
}
