/**
 * A scripted stand-in for `fetch`: records every request (method, URL, headers, body, the options
 * given) and answers with the next scripted answer; the last one repeats once the script is spent.
 * Shared by the HTTP adapter's tests.
 */
import { createHttpAdapter, type HttpAdapter, type HttpAdapterOptions } from '../../../src/adapters/http/index.js';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  /** The body parsed as JSON, or undefined when there was none. */
  body: unknown;
  rawBody: string | undefined;
  init: RequestInit;
}

/** `'never'`: no answer ever comes, but an abort of the request's signal rejects it, as fetch does. */
export type Answer = Response | Error | 'never' | ((request: RecordedRequest) => Response | Promise<Response>);

export interface FakeFetch {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  requests: RecordedRequest[];
}

export function fakeFetch(...script: Answer[]): FakeFetch {
  const requests: RecordedRequest[] = [];
  const answers = script.length > 0 ? script : [json(200, {})];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const rawBody = typeof init.body === 'string' ? init.body : undefined;
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      url,
      headers: new Headers(init.headers),
      body: rawBody === undefined ? undefined : JSON.parse(rawBody),
      rawBody,
      init,
    };
    requests.push(request);
    const signal = init.signal ?? undefined;
    signal?.throwIfAborted();
    const answer = answers[Math.min(requests.length - 1, answers.length - 1)]!;
    if (answer === 'never') {
      return new Promise<Response>((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
    }
    if (answer instanceof Error) throw answer;
    // A Response body can be read once: every answer after the first is a copy.
    return typeof answer === 'function' ? answer(request) : answer.clone();
  };
  return { fetch, requests };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** An RFC 9457 problem answer; `code` and the rest go in the body as given. */
export function problem(status: number, members: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Problem', status, ...members }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

export function textAnswer(status: number, body: string | null, contentType = 'text/html'): Response {
  return new Response(body, { status, headers: body === null ? {} : { 'Content-Type': contentType } });
}

export const BASE = 'https://cloudpc.example.cn/api';

/** The delays the adapter waited between attempts, through an instant `sleep`. */
export interface Harness {
  adapter: HttpAdapter;
  requests: RecordedRequest[];
  sleeps: number[];
}

/** An adapter on a fake fetch with an instant, recording sleep and no jitter unless the options say otherwise. */
export function harness(script: Answer[], options: Partial<HttpAdapterOptions> = {}): Harness {
  const { fetch, requests } = fakeFetch(...script);
  const sleeps: number[] = [];
  const adapter = createHttpAdapter({
    baseUrl: BASE,
    fetch,
    random: () => 0,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...options,
  });
  return { adapter, requests, sleeps };
}

/** What `promise` rejected with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (thrown) {
    return thrown;
  }
  throw new Error('expected a rejection, but the promise resolved');
}
