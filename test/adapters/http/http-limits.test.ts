/**
 * What the HTTP adapter refuses, and how long it may take: redirects (a real one, in the browser),
 * bodies past a byte limit (read through the stream and cancelled), one deadline for a whole call
 * across its retries, and the language it asks for.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import { createHttpAdapter } from '../../../src/adapters/http/index.js';
import { UnsubscribeError } from '../../../src/contract/index.js';
import type { CloudpcUnsubscribe } from '../../../src/element/cloudpc-unsubscribe.js';
import { validContext, validSubmitInput } from '../../contract/fixtures.js';
import { fakeFetch, harness, json, problem, rejection } from './fake-fetch.js';

const MB = 1024 * 1024;

/** A body of `size` bytes that is made only as it is read: how much was read, and whether it was cancelled. */
function streamedBody(size: number, chunk = 64 * 1024): { stream: ReadableStream<Uint8Array>; pulled(): number; cancelled(): boolean } {
  let pulled = 0;
  let cancelled = false;
  const bytes = new TextEncoder().encode(' '.repeat(chunk));
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= size) return controller.close();
        pulled += bytes.byteLength;
        controller.enqueue(bytes);
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => pulled, cancelled: () => cancelled };
}

async function hitsElsewhere(reset = false): Promise<number> {
  const answer = await fetch(`/__elsewhere-hits${reset ? '?reset' : ''}`, { cache: 'no-store' });
  return ((await answer.json()) as { hits: number }).hits;
}

describe('createHttpAdapter: redirects', () => {
  beforeEach(() => hitsElsewhere(true));

  for (const [where, base] of [
    ['to another origin', '/__redirect/api'],
    ['within the same origin', '/__redirect-same/api'],
  ] as const) {
    it(`refuses a real 307 ${where}: a server error, not retried, and nothing is asked of the other address`, async () => {
      const adapter = createHttpAdapter({ baseUrl: base, retries: 3 });
      const error = (await rejection(adapter.loadContext({}))) as UnsubscribeError;
      expect(error).to.be.instanceOf(UnsubscribeError);
      expect(error.code).to.equal('server');
      expect(error.retryable).to.equal(false);
      expect(error.message).to.contain('redirect');
      expect(await hitsElsewhere()).to.equal(0);
    });
  }

  it('refuses a 3xx a server-side fetch hands over as it is, and never reads its body', async () => {
    const body = streamedBody(MB);
    // Answers given as functions: fake-fetch would otherwise clone them, and a clone reads the stream.
    const { adapter, requests } = harness([
      () => new Response(body.stream, { status: 307, headers: { Location: 'https://elsewhere.example/api/requests' } }),
    ]);
    const error = (await rejection(adapter.submit(validSubmitInput()))) as UnsubscribeError;
    expect(error.code).to.equal('server');
    expect(requests).to.have.length(1);
    expect(requests[0]!.init.redirect).to.equal('manual');
    expect(body.pulled()).to.equal(0);
    expect(body.cancelled()).to.equal(true);
  });
});

describe('createHttpAdapter: the size of what comes back', () => {
  it('cancels a 12 MB answer past 256 KB, quickly, and fails with invalid-response', async () => {
    const body = streamedBody(12 * MB);
    const { adapter } = harness([() => new Response(body.stream, { status: 200, headers: { 'Content-Type': 'application/json' } })]);
    const started = performance.now();
    const error = (await rejection(adapter.loadContext({}))) as UnsubscribeError;
    expect(performance.now() - started).to.be.below(300);
    expect(error.code).to.equal('invalid-response');
    expect(body.cancelled()).to.equal(true);
    expect(body.pulled()).to.be.at.most(256 * 1024 + 64 * 1024);
  });

  it('does not read at all an answer whose Content-Length is over the limit', async () => {
    const body = streamedBody(MB);
    const { adapter } = harness([
      () => new Response(body.stream, { status: 200, headers: { 'Content-Type': 'application/json', 'Content-Length': String(MB) } }),
    ]);
    expect(((await rejection(adapter.loadContext({}))) as UnsubscribeError).code).to.equal('invalid-response');
    expect(body.pulled()).to.equal(0);
  });

  it('follows maxResponseBytes, and reads an answer within it as before', async () => {
    const small = harness([json(200, validContext())], { maxResponseBytes: 100 });
    expect(((await rejection(small.adapter.loadContext({}))) as UnsubscribeError).code).to.equal('invalid-response');
    const enough = harness([json(200, validContext())], { maxResponseBytes: 10_000 });
    expect(await enough.adapter.loadContext({})).to.deep.equal(validContext());
  });

  it('reads an error body up to 16 KB only, on every retry, and still takes the code from the status', async () => {
    const bodies = [streamedBody(MB), streamedBody(MB), streamedBody(MB)];
    let n = 0;
    const { adapter, requests } = harness([
      () => new Response(bodies[n++]!.stream, { status: 503, headers: { 'Content-Type': 'application/problem+json' } }),
    ]);
    const error = (await rejection(adapter.loadContext({}))) as UnsubscribeError;
    expect(error.code).to.equal('server');
    expect(requests).to.have.length(3);
    for (const body of bodies) {
      expect(body.pulled()).to.be.at.most(16 * 1024 + 64 * 1024);
      expect(body.cancelled()).to.equal(true);
    }
  });

  it('reads the text where the answer has no stream', async () => {
    const streamless = {
      ok: true,
      status: 200,
      type: 'basic',
      headers: new Headers({ 'Content-Type': 'application/json' }),
      body: null,
      text: async () => JSON.stringify(validContext()),
    } as unknown as Response;
    const { adapter } = harness([() => streamless]);
    expect(await adapter.loadContext({})).to.deep.equal(validContext());
  });
});

describe('createHttpAdapter: one deadline for the whole call', () => {
  it('gives up on an answer that never comes within deadlineMs, retries included, with timeout', async () => {
    const { adapter, requests } = harness(['never'], { deadlineMs: 400, timeoutMs: 250, retries: 5, sleep: undefined });
    const started = performance.now();
    const error = (await rejection(adapter.loadContext({}))) as UnsubscribeError;
    const took = performance.now() - started;
    expect(error.code).to.equal('timeout');
    expect(took).to.be.within(350, 800);
    expect(requests).to.have.length(2);
  });

  it('does not wait out a Retry-After that would end past the deadline: the wait goes to the widget at once', async () => {
    const { adapter, requests, sleeps } = harness([problem(429, { code: 'rate-limited' }, { 'Retry-After': '3600' })], {
      maxRetryAfterMs: 10 * 60 * 60 * 1000,
    });
    const error = (await rejection(adapter.loadContext({}))) as UnsubscribeError;
    expect(error.code).to.equal('rate-limited');
    expect(error.retryAfterSeconds).to.equal(3600);
    expect(requests).to.have.length(1);
    expect(sleeps).to.deep.equal([]);
  });

  it('gives each attempt only the time left', async () => {
    const { adapter, requests } = harness([problem(503, {}), 'never'], { deadlineMs: 300, timeoutMs: 10_000, sleep: undefined });
    const started = performance.now();
    expect(((await rejection(adapter.loadContext({}))) as UnsubscribeError).code).to.equal('timeout');
    expect(performance.now() - started).to.be.below(700);
    expect(requests).to.have.length(2);
  });
});

describe('createHttpAdapter: the language', () => {
  it('sends the call’s locale as Accept-Language, over any header of the page’s', async () => {
    const { adapter, requests } = harness([json(200, validContext())], { headers: { 'Accept-Language': 'fr' } });
    await adapter.loadContext({}, { locale: 'en' });
    await adapter.loadContext({}, { locale: 'zh-CN' });
    await adapter.loadContext({});
    expect(requests.map((r) => r.headers.get('Accept-Language'))).to.deep.equal(['en', 'zh-CN', 'fr']);
  });
});

describe('<cloudpc-unsubscribe api-base> and a Retry-After of an hour on load', () => {
  let original: typeof globalThis.fetch;
  beforeEach(() => {
    original = globalThis.fetch;
    globalThis.fetch = fakeFetch(problem(429, { code: 'rate-limited' }, { 'Retry-After': '3600' })).fetch as typeof globalThis.fetch;
  });
  afterEach(() => (globalThis.fetch = original));

  it('says the service is busy and for how long, with the retry disabled (it no longer works at once)', async () => {
    const el = await fixture<CloudpcUnsubscribe>(html`<cloudpc-unsubscribe api-base="/fake-api" persist="none"></cloudpc-unsubscribe>`);
    await waitUntil(() => (el.shadowRoot?.textContent ?? '').includes('退订服务现在太忙'), 'no busy screen', { timeout: 4000 });
    const text = (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).to.contain('请在 60 分钟后重试。');
    const retry = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === '重试');
    expect(retry?.disabled).to.equal(true);
  });
});
