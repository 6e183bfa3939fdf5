import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SkillCategorySchema, TaxonomySchema } from '../../../lib/schemas/taxonomy';
import { normalizeSkillName } from '../../../lib/skills/normalize-skill-name';
import { buildTaxonomy } from '../../../lib/skills/taxonomy/build-taxonomy';
import { serializeTaxonomy } from '../../../lib/skills/taxonomy/merge-skills';
import { repoRoot } from './shared-path';

const committedText = readFileSync(path.join(repoRoot, 'lib/skills/data/taxonomy.json'), 'utf8');
const taxonomy = TaxonomySchema.parse(JSON.parse(committedText));
const ids = new Set(taxonomy.skills.map((skill) => skill.id));

describe('compiled taxonomy.json', () => {
  it('is exactly what the generator produces from the sources, with no collision inside the curated source', async () => {
    const { taxonomy: built, report } = await buildTaxonomy({ repoRoot });
    expect(serializeTaxonomy(built) === committedText).toBe(true);
    expect(report.collisions.filter((collision) => collision.source === 'curated')).toEqual([]);
  });

  it('has at least 1,500 skills and 5,000 aliases', () => {
    expect(taxonomy.skills.length).toBeGreaterThanOrEqual(1500);
    expect(taxonomy.skills.reduce((sum, skill) => sum + skill.aliases.length, 0)).toBeGreaterThanOrEqual(
      5000,
    );
  });

  it('uses every category, and records where each skill comes from', () => {
    const used = new Set(taxonomy.skills.map((skill) => skill.category));
    expect(SkillCategorySchema.options.filter((category) => !used.has(category))).toEqual([]);
    const sources = new Set(taxonomy.skills.flatMap((skill) => skill.source ?? []));
    expect([...sources].sort()).toEqual(['curated', 'esco', 'linguist', 'onet']);
    expect(taxonomy.skills.filter((skill) => !skill.source?.length)).toEqual([]);
  });

  it('has one-letter forms only for languages', () => {
    const oneLetter = taxonomy.skills.flatMap((skill) =>
      [skill.name, ...skill.aliases]
        .filter((form) => [...form.trim()].length === 1)
        .map((form) => `${skill.id}:${form}:${skill.category}`),
    );
    expect(oneLetter.filter((entry) => !entry.endsWith(':language'))).toEqual([]);
    expect(oneLetter.length).toBeGreaterThan(0);
  });

  it('has unique, kebab-case ids and is sorted by id', () => {
    expect(ids.size).toBe(taxonomy.skills.length);
    const list = taxonomy.skills.map((skill) => skill.id);
    expect(list).toEqual([...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(list.filter((id) => !/^[a-z0-9][a-z0-9-]*$/.test(id))).toEqual([]);
  });

  it('gives each written form to one skill only', () => {
    const owners = new Map<string, string[]>();
    for (const skill of taxonomy.skills) {
      for (const form of new Set([skill.name, ...skill.aliases].map(normalizeSkillName))) {
        owners.set(form, [...(owners.get(form) ?? []), skill.id]);
      }
    }
    const shared = [...owners].filter(([, owner]) => owner.length > 1);
    expect(shared).toEqual([]);
  });

  it('refers only to skills that exist, never to itself', () => {
    const broken: string[] = [];
    for (const skill of taxonomy.skills) {
      for (const id of skill.implies ?? [])
        if (!ids.has(id) || id === skill.id) broken.push(`${skill.id}>${id}`);
      for (const { id } of skill.similar ?? [])
        if (!ids.has(id) || id === skill.id) broken.push(`${skill.id}~${id}`);
    }
    expect(broken).toEqual([]);
  });

  it('lists ambiguous forms that are the name or an alias of the same skill', () => {
    const stray: string[] = [];
    for (const skill of taxonomy.skills) {
      const forms = new Set([skill.name, ...skill.aliases]);
      for (const form of skill.ambiguousAliases ?? [])
        if (!forms.has(form)) stray.push(`${skill.id}:${form}`);
      if (skill.ambiguousAliases && !skill.ambiguous)
        stray.push(`${skill.id}: ambiguousAliases without ambiguous`);
    }
    expect(stray).toEqual([]);
  });

  it('keeps "similar" symmetric', () => {
    const byId = new Map(taxonomy.skills.map((skill) => [skill.id, skill]));
    const oneWay = taxonomy.skills.flatMap((skill) =>
      (skill.similar ?? [])
        .filter(({ id }) => !byId.get(id)?.similar?.some((back) => back.id === skill.id))
        .map(({ id }) => `${skill.id}~${id}`),
    );
    expect(oneWay).toEqual([]);
  });

  it.each([
    ['laravel', 'php'],
    ['symfony', 'php'],
    ['django', 'python'],
    ['rails', 'ruby'],
    ['spring-boot', 'java'],
    ['spring-boot', 'spring'],
    ['amazon-sqs', 'aws'],
    ['nextjs', 'react'],
    ['react', 'javascript'],
    ['typescript', 'javascript'],
    ['github-actions', 'ci-cd'],
  ])('%s implies %s', (from, to) => {
    expect(taxonomy.skills.find((skill) => skill.id === from)?.implies).toContain(to);
  });

  it.each([
    ['mariadb', 'mysql', 0.8],
    ['postgresql', 'mysql', 0.5],
    ['gitlab-ci', 'github-actions', 0.7],
    ['kafka', 'rabbitmq', 0.5],
    ['vue', 'react', 0.4],
  ])('%s is similar to %s (%s)', (from, to, weight) => {
    expect(taxonomy.skills.find((skill) => skill.id === from)?.similar).toContainEqual({ id: to, weight });
  });
});
