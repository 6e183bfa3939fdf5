import { describe, expect, it } from 'vitest';
import {
  listImpliedSkills,
  loadTaxonomy,
  resolveSkillName,
  suggestSkills,
} from '../../../lib/skills/load-taxonomy';

describe('loadTaxonomy', () => {
  it('is memoised', () => {
    expect(loadTaxonomy()).toBe(loadTaxonomy());
  });

  it('indexes every skill by id and by its normalised name', () => {
    const { skills, byId, byName } = loadTaxonomy();
    expect(byId.size).toBe(skills.length);
    expect(byName.get('kubernetes')).toEqual(['kubernetes']);
    expect(byName.get('k8s')).toEqual(['kubernetes']);
  });

  it('answers which skills imply a skill', () => {
    const { impliedBy } = loadTaxonomy();
    expect(impliedBy.get('php')).toEqual(expect.arrayContaining(['laravel', 'symfony', 'zend-framework']));
    expect(impliedBy.get('aws')).toContain('amazon-sqs');
  });

  it('answers which skills are similar, both ways', () => {
    const { similarTo } = loadTaxonomy();
    expect(similarTo.get('mysql')).toContainEqual({ id: 'mariadb', weight: 0.8 });
    expect(similarTo.get('mariadb')).toContainEqual({ id: 'mysql', weight: 0.8 });
  });
});

describe('resolveSkillName', () => {
  it.each([
    ['JS', 'javascript'],
    ['ECMAScript', 'javascript'],
    ['ES6', 'javascript'],
    ['TS', 'typescript'],
    ['Node', 'nodejs'],
    ['NodeJS', 'nodejs'],
    ['node.js', 'nodejs'],
    ['k8s', 'kubernetes'],
    ['Kube', 'kubernetes'],
    ['psql', 'postgresql'],
    ['Postgres', 'postgresql'],
    ['Golang', 'go'],
    ['cpp', 'cpp'],
    ['C++', 'cpp'],
    ['C#', 'csharp'],
    ['csharp', 'csharp'],
    ['dotnet', 'dotnet'],
    ['.NET', 'dotnet'],
    ['ASP.NET', 'aspnet'],
    ['VueJS', 'vue'],
    ['Vue', 'vue'],
    ['ReactJS', 'react'],
    ['Next.js', 'nextjs'],
    ['AWS SQS', 'amazon-sqs'],
    ['SQS', 'amazon-sqs'],
    ['Kafka', 'kafka'],
    ['Continuous Delivery', 'ci-cd'],
    ['RESTful APIs', 'rest'],
    ['event-driven systems', 'event-driven-architecture'],
    ['Event Driven Architecture', 'event-driven-architecture'],
    ['Large Language Models', 'llm'],
    ['Retrieval-Augmented Generation', 'rag'],
    ['vector indices', 'vector-database'],
    ['Laminas', 'zend-framework'],
    ['Rails', 'rails'],
    ['Spring Boot', 'spring-boot'],
    ['  KUBERNETES  ', 'kubernetes'],
    ['Amazon Web Services', 'aws'],
    ['GCP', 'gcp'],
    ['Azure', 'azure'],
    ['Kanban', 'kanban'],
    ['Scrum', 'scrum'],
    ['Apache Solr', 'solr'],
    ['Composer', 'composer'],
    ['Memcached', 'memcached'],
    ['Test Automation', 'automated-testing'],
    ['Zend', 'zend-framework'],
    ['Spring Framework', 'spring'],
    ['Apache Kafka', 'kafka'],
    ['Vector Stores', 'vector-database'],
    ['LLM APIs', 'llm'],
    ['GitHub Actions', 'github-actions'],
    ['CKA', 'cka'],
    ['PMP', 'pmp'],
    ['CISSP', 'cissp'],
    ["Master's", 'masters-degree'],
    ['PhD', 'phd'],
    ['Deutsch', 'german'],
    ['Microsoft Excel', 'excel'],
    ['MS Excel', 'excel'],
  ])('%j -> %s', (name, id) => {
    expect(resolveSkillName(name)?.id).toBe(id);
  });

  // Junk the sources offer (ESCO alternative labels, Linguist aliases, O*NET bare words) that must not be skills.
  it.each([
    '',
    'the',
    'and',
    'go-to',
    'excellent',
    'zzz unknown skill',
    'balance',
    'light',
    'form',
    'scale',
    'space',
    'apples',
    'coffee',
    'batch',
    'hiring',
    'lead',
    'strategy',
    'transport',
    'schedule',
    'decide',
    'choose',
    'project',
    'office',
    'windows',
    'server',
    'studio',
    'analytical',
    'retrieval',
  ])('%j resolves to nothing', (name) => {
    expect(resolveSkillName(name)).toBeNull();
  });
});

describe('listImpliedSkills', () => {
  it('follows implies transitively', () => {
    expect(listImpliedSkills('spring-boot')).toEqual(expect.arrayContaining(['java', 'spring']));
    expect(listImpliedSkills('nextjs')).toEqual(expect.arrayContaining(['react', 'javascript']));
    expect(listImpliedSkills('nextjs')).not.toContain('nextjs');
  });
});

describe('suggestSkills', () => {
  it.each([
    ['kub', 'kubernetes'],
    ['postg', 'postgresql'],
    ['k8s', 'kubernetes'],
    ['kafka', 'kafka'],
    ['react', 'react'],
    ['vue', 'vue'],
  ])('%j suggests %s first', (typed, id) => {
    expect(suggestSkills(typed)[0]?.id).toBe(id);
  });

  it('finds a later word of a name and respects the limit', () => {
    expect(suggestSkills('kaf', 50).map((skill) => skill.id)).toContain('kafka');
    expect(suggestSkills('a', 5)).toHaveLength(5);
  });

  it.each(['', '   ', 'zzzzqqq'])('suggests nothing for %j', (typed) => {
    expect(suggestSkills(typed)).toEqual([]);
  });
});
