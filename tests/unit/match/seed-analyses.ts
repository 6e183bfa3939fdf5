import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Analysis, Importance, Requirement, RequirementGroup } from '@/lib/schemas/analysis';

// Hand-built Analyses of the two seed postings (../shared/fixtures/seeds), made the way the engine reports
// them: canonical ids, importance from the posting's sections, mentions as real offsets into the text. The
// offsets are found in the text itself, so a changed or missing seed file fails the test instead of passing.

export const sharedDir = path.resolve(__dirname, '../../../../shared');

function readSeed(name: string): string {
  return readFileSync(path.join(sharedDir, 'fixtures/seeds', name), 'utf8');
}

interface Spec {
  id: string;
  skill: string;
  importance: Importance;
  terms: string[]; // exact written forms to find in the text
  years?: number;
  group?: string;
}

function buildAnalysis(
  text: string,
  specs: Spec[],
  meta: { title: string; company: string; minYears: number | null },
): Analysis {
  const requirements: Requirement[] = specs.map((spec) => {
    const mentions = spec.terms.flatMap((term) => {
      // Whole words only, as the engine reports them ("PHP" not inside "PHPUnit").
      const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
      return [...text.matchAll(pattern)].map((m) => ({
        start: m.index,
        end: m.index + term.length,
        text: term,
      }));
    });
    if (mentions.length === 0) throw new Error(`"${spec.terms.join('|')}" not found in the seed text`);
    return {
      id: spec.id,
      skill: spec.skill,
      category: 'tool',
      importance: spec.importance,
      years: spec.years ?? null,
      group: spec.group ?? null,
      mentions: mentions.sort((a, b) => a.start - b.start),
    };
  });
  const groups: RequirementGroup[] = [];
  for (const spec of specs) {
    if (!spec.group) continue;
    const group = groups.find((g) => g.id === spec.group);
    if (group) group.requirementIds.push(spec.id);
    else groups.push({ id: spec.group, mode: 'any', requirementIds: [spec.id] });
  }
  return {
    isJobPosting: true,
    source: 'text',
    confidence: 1,
    posting: {
      title: meta.title,
      company: meta.company,
      location: null,
      remote: null,
      employmentType: null,
      url: null,
    },
    text,
    minYears: meta.minYears,
    requirements,
    groups,
  };
}

export function snapfixAnalysis(): Analysis {
  const r = (id: string, skill: string, terms: string[], extra: Partial<Spec> = {}): Spec => ({
    id,
    skill,
    importance: 'required',
    terms,
    ...extra,
  });
  return buildAnalysis(
    // The engine turns the literal "\n" sequences of this scraped text into line breaks; so do we.
    readSeed('snapfix-senior-backend-engineer.txt').replaceAll('\\n', '\n'),
    [
      r('php', 'PHP', ['PHP']),
      r('mysql', 'MySQL', ['MySQL']),
      r('redis', 'Redis', ['Redis']),
      r('docker', 'Docker', ['Docker']),
      r('github-actions', 'GitHub Actions', ['GitHub Actions']),
      r('ci-cd', 'CI/CD', ['CI/CD']),
      r('kafka', 'Kafka', ['Kafka']),
      r('amazon-sqs', 'Amazon SQS', ['SQS']),
      r('datadog', 'Datadog', ['Datadog']),
      r('embeddings', 'Embeddings', ['embeddings']),
      r('vector-database', 'Vector database', ['vector stores']),
      r('rag', 'RAG', ['RAG']),
      r('llm', 'LLM', ['LLM']),
      r('python', 'Python', ['Python'], { group: 'any-1' }),
      r('go', 'Go', ['Go'], { group: 'any-1' }),
      r('node-js', 'Node.js', ['Node.js'], { group: 'any-1' }),
      r('aws', 'AWS', ['AWS'], { importance: 'preferred' }),
      r('kubernetes', 'Kubernetes', ['Kubernetes'], { importance: 'preferred' }),
      r('terraform', 'Terraform', ['Terraform'], { importance: 'preferred' }),
      r('rest-api', 'REST API', ['REST'], { importance: 'mentioned' }),
      r('event-driven-architecture', 'Event-driven architecture', ['event-driven'], {
        importance: 'mentioned',
      }),
    ],
    { title: 'Senior Backend Engineer', company: 'Snapfix', minYears: 5 },
  );
}

export function internationsAnalysis(): Analysis {
  const s = (id: string, skill: string, importance: Importance, extra: Partial<Spec> = {}): Spec => ({
    id,
    skill,
    importance,
    terms: [skill],
    ...extra,
  });
  return buildAnalysis(
    readSeed('internations-backend-developer.txt'),
    [
      s('php', 'PHP', 'required', { group: 'lang' }),
      s('java', 'Java', 'required', { group: 'lang' }),
      s('scala', 'Scala', 'required', { group: 'lang' }),
      s('kotlin', 'Kotlin', 'required', { group: 'lang' }),
      s('python', 'Python', 'required', { group: 'lang' }),
      s('ruby', 'Ruby', 'required', { group: 'lang' }),
      s('symfony', 'Symfony', 'required', { group: 'framework' }),
      s('zend-framework', 'Zend Framework', 'required', { group: 'framework' }),
      s('laravel', 'Laravel', 'required', { group: 'framework' }),
      s('ruby-on-rails', 'Rails', 'required', { group: 'framework' }),
      s('spring', 'Spring', 'required', { group: 'framework' }),
      s('django', 'Django', 'required', { group: 'framework' }),
      s('test-automation', 'Automated testing', 'required', { terms: ['automated testing'] }),
      s('mariadb', 'MariaDB', 'mentioned'),
      s('apache-solr', 'Solr', 'mentioned'),
      s('rabbitmq', 'RabbitMQ', 'mentioned'),
      s('redis', 'Redis', 'mentioned'),
      s('memcached', 'Memcached', 'mentioned'),
      s('composer', 'Composer', 'mentioned'),
      s('behat', 'Behat', 'mentioned'),
      s('phpunit', 'PHPUnit', 'mentioned'),
      s('continuous-integration', 'Continuous integration', 'mentioned', {
        terms: ['continuous integration'],
      }),
      s('agile', 'Agile', 'mentioned'),
    ],
    { title: 'Backend Developer', company: 'InterNations', minYears: null },
  );
}
