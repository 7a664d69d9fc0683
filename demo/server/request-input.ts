/** Reading what a request sends: its JSON body (bounded) and its fields, checked with the contract's input schemas. */
import type { IncomingMessage } from 'node:http';
import type * as z from 'zod/mini';
import { formatIssuePath } from '../../src/contract/index.js';
import { HttpProblem } from './problem.js';

/** Every body the contract defines is a few hundred bytes; 64 KB leaves room and stops a flood early. */
export const BODY_LIMIT_BYTES = 64 * 1024;

function isJsonMediaType(contentType: string | undefined): boolean {
  const media = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return media === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(media);
}

function tooLarge(limit: number): HttpProblem {
  // The rest of the body is not read: the connection closes after this answer.
  return new HttpProblem(413, 'invalid-input', `the body is larger than ${limit} bytes`, {
    title: 'Payload too large',
    headers: { Connection: 'close' },
  });
}

/**
 * The request's JSON body, or `undefined` when it has none. Only JSON is accepted: besides being the
 * contract, it keeps a cross-site HTML form (which cannot send `application/json`) from posting here.
 */
export function readJsonBody(req: IncomingMessage, limit = BODY_LIMIT_BYTES): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(tooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let overflowed = false;
    req.on('data', (chunk: Buffer) => {
      if (overflowed) return;
      size += chunk.byteLength;
      if (size > limit) {
        overflowed = true;
        chunks.length = 0;
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      if (overflowed) return;
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve(undefined);
      if (!isJsonMediaType(req.headers['content-type'])) {
        return reject(new HttpProblem(415, 'invalid-input', 'send the body as application/json', { title: 'Unsupported media type' }));
      }
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new HttpProblem(422, 'invalid-input', 'the body is not valid JSON'));
      }
    });
  });
}

/** The body as an object to spread path and header fields over; a missing body counts as `{}` so the schema names the field it lacks. */
export function asObject(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpProblem(422, 'invalid-input', '(root): expected a JSON object');
  }
  return body as Record<string, unknown>;
}

/** Parses `value` with an input schema, or throws a 422 whose detail starts with the first bad field (`effective: …`). */
export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new HttpProblem(422, 'invalid-input', `${formatIssuePath(issue?.path ?? [])}: ${issue?.message ?? 'invalid value'}`);
}

/** The first value of a query parameter, or `undefined` when absent (so an optional field stays optional). */
export function queryValue(url: URL, name: string): string | undefined {
  return url.searchParams.get(name) ?? undefined;
}
