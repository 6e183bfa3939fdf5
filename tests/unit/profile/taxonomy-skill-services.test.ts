import { describe, expect, it } from 'vitest';
import { readJsonResume } from '@/lib/profile/json-resume';
import { searchSkills, shouldOfferCustomSkill } from '@/lib/profile/search-skills';
import { loadProfileSkillServices } from '@/lib/profile/load-profile-skill-services';

// The profile logic over the real taxonomy and the engine's finder, as the popup uses it.
describe('profile skill services over the full taxonomy', async () => {
  const services = await loadProfileSkillServices();

  it('has the full taxonomy in its search index', () => {
    expect(services.lookup.skills.length).toBeGreaterThan(500);
    expect(services.searchIndex.terms.length).toBeGreaterThan(services.lookup.skills.length);
  });

  it.each([
    ['k8s', 'kubernetes'],
    ['postgres', 'postgresql'],
    ['golang', 'go'],
    ['js', 'javascript'],
    ['java', 'java'],
    ['react', 'react'],
  ])('autocomplete offers %s → %s first', (query, id) => {
    expect(searchSkills(services.searchIndex, query)[0]?.skillId).toBe(id);
  });

  it('puts popular skills first among prefixes: "ja" offers Java and JavaScript first', () => {
    const ids = searchSkills(services.searchIndex, 'ja').map((s) => s.skillId);
    expect(ids.slice(0, 2).sort()).toEqual(['java', 'javascript']);
  });

  it('offers a custom skill only for names the taxonomy does not know', () => {
    expect(shouldOfferCustomSkill(services.searchIndex, 'Kubernetes')).toBe(false);
    expect(shouldOfferCustomSkill(services.searchIndex, 'Our in-house billing DSL')).toBe(true);
  });

  it('finds skills in a short CV with the engine, with evidence lines', () => {
    const findings = services.extractCv(
      [
        'Backend engineer, Berlin',
        '- Built event pipelines on Kafka and Postgres, deployed on k8s with Terraform',
        '- Go-to-market dashboards in React and TypeScript',
        'Languages: German (native), English (fluent)',
      ].join('\n'),
    );
    const ids = findings.map((f) => f.skillId);
    expect(ids).toEqual(
      expect.arrayContaining(['kafka', 'postgresql', 'kubernetes', 'terraform', 'react', 'typescript']),
    );
    expect(ids).not.toContain('go');
    const k8s = findings.find((f) => f.skillId === 'kubernetes')!;
    expect(k8s.evidence).toMatch(/deployed on k8s/);
    expect(k8s.evidence.slice(k8s.evidenceStart, k8s.evidenceEnd)).toBe('k8s');
  });

  it('resolves JSON Resume names and keywords through the taxonomy', () => {
    const result = readJsonResume(
      JSON.stringify({ skills: [{ name: 'Containers', level: 'Advanced', keywords: ['k8s', 'Docker'] }] }),
      services.lookup,
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.drafts.map((d) => d.skillId).sort()).toEqual(['docker', 'kubernetes']);
  });
});
