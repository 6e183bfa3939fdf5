import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from '@/lib/saved/canonical-url';

describe('canonicalizeUrl', () => {
  it.each([
    ['https://example.com/jobs/123?utm_source=linkedin&utm_medium=x', 'https://example.com/jobs/123'],
    ['https://example.com/jobs/123/#apply', 'https://example.com/jobs/123'],
    ['https://Example.COM:443/jobs/123///', 'https://example.com/jobs/123'],
    ['https://example.com/jobs?b=2&a=1&refId=zz&trackingId=yy', 'https://example.com/jobs?a=1&b=2'],
    ['https://example.com/', 'https://example.com'],
    [
      'https://boards.greenhouse.io/acme/jobs/42?gh_src=abc&gh_jid=42',
      'https://boards.greenhouse.io/acme/jobs/42?gh_jid=42',
    ],
    ['https://jobs.lever.co/acme/uuid-1?lever-source=LinkedIn', 'https://jobs.lever.co/acme/uuid-1'],
    ['https://www.linkedin.com/jobs/view/3786945580/', 'https://www.linkedin.com/jobs/view/3786945580'],
    [
      'https://www.linkedin.com/jobs/view/3786945580/?refId=abc&trackingId=def%3D%3D',
      'https://www.linkedin.com/jobs/view/3786945580',
    ],
    [
      'https://de.linkedin.com/jobs/view/senior-backend-engineer-at-snapfix-3786945580',
      'https://www.linkedin.com/jobs/view/3786945580',
    ],
    ['https://www.linkedin.com/comm/jobs/view/3786945580', 'https://www.linkedin.com/jobs/view/3786945580'],
    [
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3786945580&origin=x',
      'https://www.linkedin.com/jobs/view/3786945580',
    ],
    [
      'https://www.linkedin.com/jobs/search/?currentJobId=3786945580&keywords=php',
      'https://www.linkedin.com/jobs/view/3786945580',
    ],
    ['https://de.indeed.com/viewjob?jk=ABC123&from=serp&tk=1', 'https://de.indeed.com/viewjob?jk=abc123'],
    ['https://de.indeed.com/jobs?q=php&vjk=abc123', 'https://de.indeed.com/viewjob?jk=abc123'],
    ['http://127.0.0.1:8123/snapfix.html', 'http://127.0.0.1:8123/snapfix.html'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it.each([[''], ['not a url'], [null], [undefined]])('returns null for %j', (input) => {
    expect(canonicalizeUrl(input)).toBeNull();
  });

  it('keeps two different LinkedIn jobs apart', () => {
    expect(canonicalizeUrl('https://www.linkedin.com/jobs/view/3786945580/')).not.toBe(
      canonicalizeUrl('https://www.linkedin.com/jobs/view/3797662873/'),
    );
  });

  it('keeps parameters that identify the posting', () => {
    expect(canonicalizeUrl('https://careers.example/job?id=7&utm_campaign=a')).toBe(
      'https://careers.example/job?id=7',
    );
    expect(canonicalizeUrl('https://careers.example/job?id=7')).not.toBe(
      canonicalizeUrl('https://careers.example/job?id=8'),
    );
  });
});
