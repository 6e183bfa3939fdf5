import { describe, expect, it } from 'vitest';
import { createSimpleMentionFinder } from './simple-mention-finder';
import { extractCvSkills } from '@/lib/profile/extract-cv-skills';
import { createSkillLookup } from '@/lib/profile/skill-lookup';
import { TINY_TAXONOMY } from './tiny-taxonomy';

const lookup = createSkillLookup(TINY_TAXONOMY);
const finder = createSimpleMentionFinder(TINY_TAXONOMY);

const CV = `Jane Doe — Backend engineer
Berlin · jane@example.org

Experience
• Acme GmbH (2019–2024): built event pipelines on Apache Kafka and Postgres; ran them on k8s with Terraform.
• Earlier: web apps in JavaScript and TypeScript on Node.js, some C# and .NET.
- Go-to-market tooling for sales (internal).

Skills: Python, scikit-learn, HTML5/CSS3, Google Cloud. Fluent in German; Kafka again.
`;

describe('extractCvSkills', () => {
  const findings = extractCvSkills(CV, finder, lookup);
  const byId = new Map(findings.map((f) => [f.skillId, f]));

  it('finds the skills written in the CV, in order of first appearance', () => {
    expect(findings.map((f) => f.skillId)).toEqual([
      'apache-kafka',
      'postgresql',
      'kubernetes',
      'terraform',
      'javascript',
      'typescript',
      'nodejs',
      'csharp',
      'dotnet',
      'python',
      'scikit-learn',
      'html',
      'css',
      'google-cloud',
      'german',
    ]);
  });

  it('does not take an ambiguous word ("Go-to-market") as a skill', () => {
    expect(byId.has('go')).toBe(false);
  });

  it('gives the line of the first mention as evidence, without the bullet, with the mention located', () => {
    const kafka = byId.get('apache-kafka')!;
    expect(kafka.evidence).toBe(
      'Acme GmbH (2019–2024): built event pipelines on Apache Kafka and Postgres; ran them on k8s with Terraform.',
    );
    expect(kafka.evidence.slice(kafka.evidenceStart, kafka.evidenceEnd)).toBe('Apache Kafka');
    expect(kafka.mentions).toBe(2);
    const k8s = byId.get('kubernetes')!;
    expect(k8s.name).toBe('Kubernetes');
    expect(k8s.evidence.slice(k8s.evidenceStart, k8s.evidenceEnd)).toBe('k8s');
  });

  it('shortens a long line around the mention', () => {
    const long = `${'x'.repeat(300)} Terraform ${'y'.repeat(300)}`;
    const [finding] = extractCvSkills(long, finder, lookup);
    expect(finding!.evidence.length).toBeLessThanOrEqual(142);
    expect(finding!.evidence.startsWith('…')).toBe(true);
    expect(finding!.evidence.endsWith('…')).toBe(true);
    expect(finding!.evidence.slice(finding!.evidenceStart, finding!.evidenceEnd)).toBe('Terraform');
  });

  it('drops mentions of skills the lookup does not know, and finds nothing in empty text', () => {
    const stray = () => [{ skillId: 'not-in-taxonomy', start: 0, end: 4 }];
    expect(extractCvSkills('Abcd', stray, lookup)).toEqual([]);
    expect(extractCvSkills('', finder, lookup)).toEqual([]);
  });

  it('marks a skill ambiguous only when every mention of it was an ambiguous form', () => {
    const text = 'React and Go. Later Golang, and React again.';
    const mentions = [
      { skillId: 'javascript', start: 0, end: 5, ambiguous: true },
      { skillId: 'go', start: 10, end: 12, ambiguous: true },
      { skillId: 'go', start: 20, end: 26, ambiguous: false },
      { skillId: 'javascript', start: 32, end: 37, ambiguous: true },
    ];
    const byId = new Map(extractCvSkills(text, () => mentions, lookup).map((f) => [f.skillId, f]));
    expect(byId.get('javascript')).toMatchObject({ ambiguous: true, mentions: 2 });
    expect(byId.get('go')).toMatchObject({ ambiguous: false, mentions: 2 });
  });
});
