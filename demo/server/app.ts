/**
 * The request handler: refuses cross-site writes, routes each request, gives it its visitor, turns
 * whatever was thrown into a problem reply, and writes the answer. Nothing thrown below escapes as an unhandled rejection: an
 * unexpected error is logged and answered with a plain 500 problem.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiRoutes } from './api.js';
import { breakNotFound, type BrokenEndpoint } from './broken.js';
import type { Desk } from './desk.js';
import { demoRoutes } from './demo-routes.js';
import { HttpProblem, problemFromError, problemReply } from './problem.js';
import { writeReply, type Reply } from './reply.js';
import { createRouter, type RouteContext } from './router.js';
import { crossSiteRefusal } from './same-origin.js';
import { hasDotSegment, staticRoutes } from './static.js';
import { visitorCookie, type Visitor, type VisitorCache } from './visitors.js';

export interface AppSettings {
  repositoryRoot: string;
  desk: Desk;
  visitors: VisitorCache;
  broken: ReadonlySet<BrokenEndpoint>;
  maxCallsPerVisitor: number;
  now(): number;
  log(line: string): void;
}

export function createRequestHandler(settings: AppSettings): (req: IncomingMessage, res: ServerResponse) => void {
  const { desk, visitors, log } = settings;
  const match = createRouter([
    ...apiRoutes({ desk, visitors, broken: settings.broken, maxCallsPerVisitor: settings.maxCallsPerVisitor, now: settings.now, log }),
    ...demoRoutes(desk, visitors),
    ...staticRoutes(settings.repositoryRoot),
  ]);

  function errorReply(thrown: unknown): Reply {
    const problem = problemFromError(thrown);
    if (problem) return problemReply(problem);
    log(`cloudpc-unsubscribe demo: unexpected error: ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}`);
    return problemReply(new HttpProblem(500, 'server', 'unexpected error; see the server log'));
  }

  async function answer(req: IncomingMessage, context: RouteContext): Promise<Reply> {
    const raw = req.url ?? '/';
    if (!raw.startsWith('/') || hasDotSegment(raw)) throw new HttpProblem(404, 'not-found', 'no such path');
    const crossSite = crossSiteRefusal(req);
    if (crossSite) throw crossSite;
    const found = match(req.method ?? 'GET', context.url.pathname);
    if (found.kind === 'none') throw new HttpProblem(404, 'not-found', `no route for ${context.url.pathname}`);
    if (found.kind === 'wrong-method') {
      throw new HttpProblem(405, 'invalid-input', `${req.method ?? ''} is not allowed here`, {
        title: 'Method not allowed',
        headers: { Allow: found.allow.join(', ') },
      });
    }
    return found.handler({ ...context, params: found.params, rest: found.rest });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let newCookie: string | undefined;
    let visitor: Promise<Visitor> | undefined;
    const raw = req.url ?? '/';
    const context: RouteContext = {
      req,
      // Concatenated rather than resolved, so a path such as `//host/x` stays a path.
      url: new URL(`http://demo.invalid${raw.startsWith('/') ? raw : '/'}`),
      params: {},
      rest: [],
      visitor() {
        visitor ??= visitors.resolve(req.headers.cookie).then((resolved) => {
          if (resolved.created) newCookie = visitorCookie(resolved.visitor.id);
          return resolved.visitor;
        });
        return visitor;
      },
    };
    let reply: Reply;
    try {
      reply = await answer(req, context);
    } catch (thrown) {
      reply = errorReply(thrown);
    }
    if (settings.broken.has('errors')) reply = breakNotFound(reply);
    writeReply(res, reply, newCookie === undefined ? {} : { 'Set-Cookie': newCookie });
  }

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`cloudpc-unsubscribe demo: could not answer ${req.method ?? ''} ${req.url ?? ''}: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  };
}
