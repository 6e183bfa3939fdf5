import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/requirements/analyze-text';
import { isTagLine } from '@/lib/requirements/split-tag-lines';

describe('isTagLine', () => {
  it.each([
    'cloud amazon-web-services azure devops automation',
    'oracle cloud python',
    'spring-boot java c# .net',
    'reactjs node.js',
  ])('%j is a tag list', (line) => {
    expect(isTagLine(line)).toBe(true);
  });

  it.each([
    'ruby on rails and react',
    'Azure DevOps pipelines',
    'python',
    'We use Azure DevOps.',
    'azure devops, terraform',
  ])('%j is not', (line) => {
    expect(isTagLine(line)).toBe(false);
  });
});

describe('analyzeText on a tag list', () => {
  const ids = (text: string) =>
    analyzeText(`Platform Engineer\n${text}`, { isJobPosting: true })
      .requirements.map((r) => r.id)
      .sort();

  it('reads neighbouring tags as two skills, not one name across them', () => {
    expect(ids('Technologies\nazure devops kubernetes')).toEqual(['azure', 'devops', 'kubernetes']);
  });

  it('keeps the name where it is written as one, outside a tag list', () => {
    expect(ids('Technologies\nWe deploy with Azure DevOps and Kubernetes.')).toEqual([
      'azure-devops',
      'kubernetes',
    ]);
    expect(ids('Requirements\nazure devops kubernetes')).toEqual(['azure-devops', 'kubernetes']);
  });
});
