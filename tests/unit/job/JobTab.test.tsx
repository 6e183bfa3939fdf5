// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JobTab, type JobTabProps } from '@/components/job/JobTab';
import { scoreMatch } from '@/lib/match/score-match';
import { noRelations } from '@/lib/match/skill-relations';
import { profileSkill } from '../match/build-fixtures';
import { snapfixAnalysis } from '../match/seed-analyses';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(props: JobTabProps) {
  act(() => root.render(<JobTab {...props} />));
}

const analysis = snapfixAnalysis();
const match = scoreMatch(
  analysis,
  [profileSkill('php', 'PHP'), profileSkill('python', 'Python')],
  noRelations,
);

describe('JobTab', () => {
  it('lists the dealbreakers with their sentences, and what could not be compared', () => {
    render({
      status: 'ready',
      analysis,
      match,
      dealbreakers: {
        conflicts: [
          { kind: 'visa', text: 'Says: no visa sponsorship', evidence: 'We cannot sponsor visas.' },
        ],
        notes: [{ kind: 'salary', text: "Pay 90k USD: can't compare with your EUR floor", evidence: null }],
      },
    });
    expect(container.querySelector('.job-dealbreaker')?.textContent).toBe(
      '⚠ Says: no visa sponsorshipWe cannot sponsor visas.',
    );
    expect(container.querySelector('.job-evidence')?.textContent).toBe('We cannot sponsor visas.');
    expect(container.querySelector('.job-dealbreaker-note')?.textContent).toBe(
      "Pay 90k USD: can't compare with your EUR floor",
    );
    render({ status: 'ready', analysis, match, dealbreakers: { conflicts: [], notes: [] } });
    expect(container.querySelector('.job-dealbreakers')).toBeNull();
  });

  it('shows title, company, score, reason and the requirements', () => {
    render({ status: 'ready', analysis, match, onSave: () => {}, onAddToProfile: () => {} });
    expect(container.querySelector('h2')?.textContent).toBe('Senior Backend Engineer');
    expect(container.querySelector('.job-company')?.textContent).toBe('Snapfix');
    expect(container.querySelector('.job-score-value')?.textContent).toBe(`${match.score}%`);
    expect(container.querySelector('.job-reason')?.textContent).toBe(match.reason);
    expect(container.textContent).toContain('5+ years overall');
    const labels = [...container.querySelectorAll('.job-row-label')].map((el) => el.textContent);
    expect(labels).toContain('One of Python / Go / Node.js');
    expect(labels).toContain('Kafka');
    // Verdicts in words, not colour alone.
    const kafka = [...container.querySelectorAll('.job-row')].find((li) => li.textContent?.includes('Kafka'));
    expect(kafka?.querySelector('.job-row-verdict')?.textContent).toBe('Missing');
    expect(kafka?.querySelector('.job-row-icon')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('adds a gap to the profile and saves', () => {
    const onAddToProfile = vi.fn();
    const onSave = vi.fn();
    render({ status: 'ready', analysis, match, onSave, onAddToProfile });
    const add = container.querySelector<HTMLButtonElement>('button[aria-label="Add Kafka to profile"]');
    act(() => add!.click());
    expect(onAddToProfile).toHaveBeenCalledWith('kafka', {
      skillId: 'kafka',
      name: 'Kafka',
      category: 'tool',
    });
    expect(container.querySelector('button[aria-label="Add PHP to profile"]')).toBeNull();
    act(() => container.querySelector<HTMLButtonElement>('button[aria-label="Save this job"]')!.click());
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('shows a saved job as saved', () => {
    render({ status: 'ready', analysis, match, saved: true, onSave: () => {} });
    const button = container.querySelector<HTMLButtonElement>('button[aria-label="Saved to your jobs"]');
    expect(button?.disabled).toBe(true);
  });

  it.each([
    ['not-posting', true, 'This page is not a job posting', true],
    ['not-posting', false, 'This page is not a job posting', false],
    ['no-access', true, 'Gapmark is not reading this site', true],
  ] as const)('%s (can enable: %s) says "%s"', (status, canEnableSite, title, hasButton) => {
    const onEnableSite = vi.fn();
    render({ status, canEnableSite, onEnableSite });
    expect(container.querySelector('h2')?.textContent).toBe(title);
    const button = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Enable on this site',
    );
    expect(Boolean(button)).toBe(hasButton);
    if (button) {
      act(() => button.click());
      expect(onEnableSite).toHaveBeenCalledTimes(1);
    }
  });

  it('says when the page was not read as a posting', () => {
    const unread = { ...analysis, isJobPosting: false };
    render({ status: 'ready', analysis: unread, match: scoreMatch(unread, [], noRelations) });
    expect(container.querySelector('h2')?.textContent).toBe("Couldn't read this posting");
    expect(container.querySelector('.job-score-value')).toBeNull();
  });

  it('shows a busy state while loading', () => {
    render({ status: 'loading' });
    expect(container.querySelector('[aria-busy="true"]')?.textContent).toBe('Reading this page…');
  });

  it('renders posting text as text', () => {
    const hostile = { ...analysis, posting: { ...analysis.posting, title: '<img src=x onerror=alert(1)>' } };
    render({ status: 'ready', analysis: hostile, match });
    expect(container.querySelector('h2')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
  });
});
