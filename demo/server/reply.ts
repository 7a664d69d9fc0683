/**
 * A response as a plain value: handlers return one, the dispatcher may still adjust it (a visitor
 * cookie, the deliberately broken error pages) and writes it once.
 */
import type { ServerResponse } from 'node:http';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/**
 * On every response: nothing here may be cached (every answer depends on the visitor's state and
 * the demo's files change under a developer), no type sniffing, no referrer leaving the site (a
 * hand-off link is a secret; within the site the browser then sends a real `Origin`: same-origin.ts).
 */
const BASE_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(value) };
}

export function textReply(status: number, contentType: string, body: string | Uint8Array, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': contentType, ...headers }, body };
}

export function emptyReply(status: number, headers: Record<string, string> = {}): Reply {
  return { status, headers };
}

export function writeReply(res: ServerResponse, reply: Reply, extraHeaders: Record<string, string> = {}): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
  const headers: Record<string, string> = { ...BASE_HEADERS, ...reply.headers, ...extraHeaders };
  if (body !== undefined) headers['Content-Length'] = String(body.byteLength);
  res.writeHead(reply.status, headers);
  res.end(body);
}
