/**
 * Route matching for a handful of routes: literal segments, `:name` parameters (one segment,
 * percent-decoded) and a trailing `*name` (the rest of the path, one or more segments). An unknown
 * path is a 404, a known path with another method a 405 that lists the methods it has.
 */
import type { IncomingMessage } from 'node:http';
import type { Reply } from './reply.js';
import type { Visitor } from './visitors.js';

export type HttpMethod = 'GET' | 'POST';

export interface RouteContext {
  readonly req: IncomingMessage;
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  /** Path segments matched by a trailing `*name`, each decoded. */
  readonly rest: readonly string[];
  /** This request's visitor; made (and its cookie set on the reply) on first use. */
  visitor(): Promise<Visitor>;
}

export type Handler = (context: RouteContext) => Reply | Promise<Reply>;

export interface Route {
  method: HttpMethod;
  path: string;
  handler: Handler;
}

export type RouteMatch =
  | { kind: 'found'; handler: Handler; params: Record<string, string>; rest: string[] }
  | { kind: 'wrong-method'; allow: string[] }
  | { kind: 'none' };

interface CompiledRoute extends Route {
  segments: string[];
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Matches `segments` (still encoded) against a route's pattern; the decoded parameters, or `undefined`. */
function matchSegments(
  pattern: readonly string[],
  segments: readonly string[],
): { params: Record<string, string>; rest: string[] } | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i += 1) {
    const part = pattern[i] ?? '';
    if (part.startsWith('*')) {
      const rest = segments.slice(i).map(decode);
      if (rest.length === 0 || rest.some((s) => s === undefined)) return undefined;
      return { params, rest: rest as string[] };
    }
    const segment = segments[i];
    if (segment === undefined) return undefined;
    if (part.startsWith(':')) {
      const value = decode(segment);
      if (value === undefined || value === '') return undefined;
      params[part.slice(1)] = value;
    } else if (part !== segment) {
      return undefined;
    }
  }
  return pattern.length === segments.length ? { params, rest: [] } : undefined;
}

export function createRouter(routes: readonly Route[]): (method: string, pathname: string) => RouteMatch {
  const compiled: CompiledRoute[] = routes.map((route) => ({ ...route, segments: route.path.split('/').slice(1) }));
  return (method, pathname) => {
    const segments = pathname.split('/').slice(1);
    const allow = new Set<string>();
    for (const route of compiled) {
      const matched = matchSegments(route.segments, segments);
      if (!matched) continue;
      // HEAD is GET without the body, which node:http leaves out by itself.
      if (route.method === method || (route.method === 'GET' && method === 'HEAD')) {
        return { kind: 'found', handler: route.handler, params: matched.params, rest: matched.rest };
      }
      allow.add(route.method);
      if (route.method === 'GET') allow.add('HEAD');
    }
    return allow.size > 0 ? { kind: 'wrong-method', allow: [...allow] } : { kind: 'none' };
  };
}
