import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  contentGuards,
  createContentMessageListener,
  sendContentRequest,
} from '@/lib/messaging/content-messaging';
import { arrayOf, nullable, num, optional, shape, str } from '@/lib/messaging/guard';
import { handleRequest } from '@/lib/messaging/server';
import { AnalysisRunReplySchema } from '@/lib/messaging/requests-analysis';
import { scoreMatch } from '@/lib/match/score-match';
import { noRelations } from '@/lib/match/skill-relations';
import { analyzeText } from '@/lib/requirements/analyze-text';
import { prepareText } from '@/lib/text/prepare-text';
import { sharedFile } from '../requirements/shared-path';

// The content script checks what it receives with plain guards (no Zod in its bundle). What the background
// really sends must pass them, and what it would never send must not.

function realReply() {
  const text = prepareText(
    readFileSync(sharedFile('fixtures/seeds', 'snapfix-senior-backend-engineer.txt'), 'utf8'),
  );
  const analysis = analyzeText(text);
  const match = scoreMatch(
    analysis,
    [{ id: 'php', name: 'PHP', years: 5, level: null }] as never,
    noRelations,
  );
  return {
    analysis,
    match,
    siteEnabled: true,
    saved: { id: 'job-1', status: 'applied' },
    analyzeMs: 3.2,
    dealbreakers: ['Says: no visa sponsorship — "We cannot sponsor visas."'],
  };
}

describe('guards', () => {
  const guard = shape({ name: str, age: nullable(num), tags: optional(arrayOf(str)) });
  it.each([
    [{ name: 'a', age: null }, true],
    [{ name: 'a', age: 3, tags: ['x'], extra: 1 }, true],
    [{ name: 'a', age: '3' }, false],
    [{ name: 'a', age: 3, tags: [1] }, false],
    [{ age: 3 }, false],
    [null, false],
    [['a'], false],
  ])('%j passes: %s', (value, passes) => {
    expect(guard(value)).toBe(passes);
  });
});

describe('the content script’s checks', () => {
  it('a reply the background really sends is valid for the full schema and passes the guard', () => {
    const reply = realReply();
    expect(AnalysisRunReplySchema.safeParse(reply).success).toBe(true);
    expect(reply.analysis.requirements.length).toBeGreaterThan(5);
    expect(contentGuards['analysis.run'].reply(reply)).toBe(true);
  });

  const payload = {
    text: 't',
    source: 'generic',
    confidence: 1,
    posting: { title: null, company: null, location: null, remote: null, employmentType: null, url: null },
    identifier: null,
  };
  const answerWith = (data: unknown) => {
    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      sendResponse({ ok: true, data });
      return true;
    });
  };

  it('takes a real reply through the runtime as it was sent', async () => {
    const reply = realReply();
    answerWith(reply);
    await expect(sendContentRequest('analysis.run', payload as never)).resolves.toEqual(reply);
  });

  it.each([
    ['no analysis', (r: ReturnType<typeof realReply>) => ({ ...r, analysis: undefined })],
    ['a score as text', (r: ReturnType<typeof realReply>) => ({ ...r, match: { ...r.match, score: '80' } })],
    [
      'a mention without offsets',
      (r: ReturnType<typeof realReply>) => ({
        ...r,
        analysis: {
          ...r.analysis,
          requirements: [{ ...r.analysis.requirements[0], mentions: [{ text: 'x' }] }],
        },
      }),
    ],
    ['dealbreakers that are not text', (r: ReturnType<typeof realReply>) => ({ ...r, dealbreakers: [{}] })],
  ])('refuses a reply with %s', async (_case, spoil) => {
    answerWith(spoil(realReply()));
    await expect(sendContentRequest('analysis.run', payload as never)).rejects.toThrow(
      /Malformed reply to "analysis.run"/,
    );
  });

  it('answers its own requests and refuses a malformed payload with a clear error', async () => {
    const handlers = { 'page.setMarks': ({ enabled }: { enabled: boolean }) => ({ enabled }) };
    const listener = createContentMessageListener(handlers as never);
    const ask = (payload: unknown) =>
      new Promise((done) => listener({ gapmark: 1, type: 'page.setMarks', payload }, {}, done));
    await expect(ask({ enabled: false })).resolves.toEqual({ ok: true, data: { enabled: false } });
    await expect(ask({ enabled: 'no' })).resolves.toEqual({
      ok: false,
      error: 'Invalid "page.setMarks" request: not the expected shape',
    });
    // Not ours: no envelope, no answer.
    expect(listener({ hello: 1 }, {}, () => undefined)).toBe(false);
  });

  it('the full protocol still parses with Zod on the background side', async () => {
    const reply = await handleRequest(
      { gapmark: 1, type: 'ping', payload: 'x' },
      { ping: () => ({}) as never },
    );
    expect(reply).toMatchObject({ ok: false });
  });
});
