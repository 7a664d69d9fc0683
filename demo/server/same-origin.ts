/**
 * Cross-site request forgery stops here: a request that changes state (anything but GET, HEAD and
 * OPTIONS) from a browser must come from this server's own pages. A browser says where a request
 * comes from with `Sec-Fetch-Site` (Chromium 76, Firefox 90, Safari 16.4) and, on every POST, with
 * `Origin`; a request with neither is not from a browser (curl, a server, the conformance check)
 * and cannot carry a victim's cookie, so it goes through.
 *
 * The pages send `Referrer-Policy: same-origin` (`reply.ts`): under `no-referrer` a browser sends
 * `Origin: null` even on its own same-origin requests.
 */
import type { IncomingMessage } from 'node:http';
import { HttpProblem } from './problem.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Why the request is refused as cross-site, or undefined when it may go on. */
export function crossSiteRefusal(req: IncomingMessage): HttpProblem | undefined {
  if (SAFE_METHODS.has(req.method ?? 'GET')) return undefined;
  const refuse = (why: string): HttpProblem =>
    new HttpProblem(403, 'unauthenticated', `cross-site request refused (${why}): state changes only from this site's own pages`, {
      title: 'Forbidden',
    });
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin' || site === 'none' ? undefined : refuse(`Sec-Fetch-Site: ${String(site)}`);
  const origin = req.headers.origin;
  if (origin === undefined) return undefined;
  let host: string | undefined;
  try {
    host = new URL(origin).host;
  } catch {
    host = undefined;
  }
  return host !== undefined && host === req.headers.host ? undefined : refuse(`Origin: ${origin}`);
}
