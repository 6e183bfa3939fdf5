import { describe, expect, it } from 'vitest';
import { extraOrigins, isBoardHost, originPattern } from '@/lib/background/site-access';

describe('site access', () => {
  it.each([
    ['https://careers.example.com/jobs/42?x=1', 'https://careers.example.com/*'],
    ['http://127.0.0.1:8080/jobs/a.html', 'http://127.0.0.1/*'],
    ['chrome://extensions', null],
    ['file:///home/me/job.html', null],
    ['not a url', null],
  ])('the site pattern of %s is %s', (url, pattern) => {
    expect(originPattern(url)).toBe(pattern);
  });

  it('registers only granted single sites the board matches do not cover', () => {
    expect(
      extraOrigins([
        'https://careers.example.com/*',
        'https://*/*',
        'https://jobs.lever.co/*',
        '*://jobs.lever.co/*',
      ]),
    ).toEqual(['https://careers.example.com/*']);
  });

  it("leaves out origins the manifest's own content scripts match (Firefox lists them as granted)", () => {
    const granted = ['http://127.0.0.1/*', 'https://careers.example.com/*', '*://jobs.lever.co/*'];
    expect(extraOrigins(granted)).toEqual(['http://127.0.0.1/*', 'https://careers.example.com/*']);
    expect(extraOrigins(granted, ['*://jobs.lever.co/*', 'http://127.0.0.1/*'])).toEqual([
      'https://careers.example.com/*',
    ]);
  });

  it.each([
    ['www.linkedin.com', true],
    ['linkedin.com', true],
    ['acme.wd5.myworkdayjobs.com', true],
    ['jobs.lever.co', true],
    ['careers.example.com', false],
    ['notlinkedin.com', false],
  ])('%s is a known board host: %s', (host, expected) => {
    expect(isBoardHost(host)).toBe(expected);
  });
});
