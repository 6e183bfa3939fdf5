import { describe, expect, it } from 'vitest';
import {
  describePostingAge,
  parseRelativeAge,
  savedLine,
  saysReposted,
  shortDate,
} from '@/lib/saved/posting-age';

const NOW = Date.parse('2026-12-04T13:00:00Z');
const DAY = 86_400_000;

describe('parseRelativeAge', () => {
  it.each([
    ['3 days ago', '2026-12-01', false],
    ['Posted 2 weeks ago', '2026-11-20', false],
    ['30+ days ago', '2026-11-04', true],
    ['1 month ago', '2026-11-04', false],
    ['5 hours ago', '2026-12-04', false],
    ['Just posted', '2026-12-04', false],
    ['Today', '2026-12-04', false],
    ['yesterday', '2026-12-03', false],
    ['vor 3 Tagen', '2026-12-01', false],
    ['3 giorni fa', '2026-12-01', false],
    ['il y a 2 semaines', '2026-11-20', false],
    ['3日前', '2026-12-01', false],
    ['Reposted 1 week ago', '2026-11-27', false],
  ])('%s → %s', (text, date, atLeast) => {
    expect(parseRelativeAge(text, NOW)).toEqual({ date, atLeast });
  });

  it.each([
    'Active 3 days ago', // the employer's activity, not the posting's date
    'Apply in 3 days',
    '3 applicants',
    'Senior Engineer with 5 years of experience, posted by someone a while ago and more text',
    '',
  ])('reads nothing from %s', (text) => {
    expect(parseRelativeAge(text, NOW)).toBeNull();
  });
});

describe('describePostingAge', () => {
  it('says the date posted, first seen and over 30 days ago', () => {
    const age = describePostingAge({ datePosted: '2026-10-20', firstSeenAt: NOW - 2 * DAY }, NOW);
    expect(age).toMatchObject({ stale: true, reposted: false });
    expect(age.line).toBe('Posted 20 Oct · first seen 2 Dec · posted over 30 days ago');
  });

  it('is not stale at 30 days or less', () => {
    expect(describePostingAge({ datePosted: '2026-11-10', firstSeenAt: null }, NOW)).toMatchObject({
      stale: false,
      line: 'Posted 10 Nov',
    });
  });

  it('says reposted when the same job was saved before this posting’s date', () => {
    const age = describePostingAge(
      {
        datePosted: '2026-12-01',
        firstSeenAt: NOW,
        earlier: { savedAt: Date.parse('2026-11-02T09:00:00Z'), datePosted: null },
      },
      NOW,
    );
    expect(age.reposted).toBe(true);
    expect(age.line).toBe('Posted 1 Dec · first seen 4 Dec · reposted (first seen 2 Nov)');
  });

  it('claims no repost without a date posted, and nothing at all without facts', () => {
    expect(
      describePostingAge(
        { datePosted: null, firstSeenAt: null, earlier: { savedAt: 0, datePosted: null } },
        NOW,
      ),
    ).toEqual({ postedAt: null, firstSeenAt: null, stale: false, reposted: false, line: null });
  });

  it('says reposted when the board says so', () => {
    expect(
      describePostingAge({ datePosted: '2026-11-20', firstSeenAt: null, boardSaysReposted: true }, NOW).line,
    ).toBe('Posted 20 Nov · reposted');
  });

  it('writes the year of another year', () => {
    expect(shortDate(Date.parse('2025-11-12T10:00:00Z'), NOW)).toBe('12 Nov 2025');
  });
});

describe('savedLine', () => {
  const saved = Date.parse('2026-11-12T10:00:00Z');
  const applied = Date.parse('2026-11-14T10:00:00Z');
  it('says when it was saved and applied', () => {
    expect(
      savedLine(
        {
          savedAt: saved,
          status: 'applied',
          statusHistory: [
            { status: 'saved', at: saved },
            { status: 'applied', at: applied },
          ],
        },
        NOW,
      ),
    ).toBe('Saved 12 Nov · Applied 14 Nov');
  });
  it('adds a later status with its date', () => {
    const rejected = Date.parse('2026-11-30T10:00:00Z');
    expect(
      savedLine(
        {
          savedAt: saved,
          status: 'rejected',
          statusHistory: [
            { status: 'saved', at: saved },
            { status: 'applied', at: applied },
            { status: 'rejected', at: rejected },
          ],
        },
        NOW,
      ),
    ).toBe('Saved 12 Nov · Applied 14 Nov · Rejected 30 Nov');
  });
  it('a job only saved says only that', () => {
    expect(
      savedLine({ savedAt: saved, status: 'saved', statusHistory: [{ status: 'saved', at: saved }] }, NOW),
    ).toBe('Saved 12 Nov');
  });
});

describe('saysReposted', () => {
  it.each([
    ['Reposted 2 weeks ago', true],
    ['Ripubblicato 3 giorni fa', true],
    ['Posted 2 weeks ago', false],
    ['2 settimane fa', false],
    [null, false],
  ])('%s → %s', (text, expected) => {
    expect(saysReposted(text)).toBe(expected);
  });
});
