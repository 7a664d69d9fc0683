/**
 * The demo's files: the portal page at `/` (`demo/portal/index.html`), its offline variant at
 * `/offline.html`, the strict-CSP test page at `/strict.html` (its policy and the other test
 * pages' are in `csp.ts`), the portal's assets under `/demo/portal/`, and the built package under
 * `/dist/`.
 * Files only: no directory listing, no dotfiles, and nothing outside those two folders, checked on
 * the decoded segments, on the resolved path and again on the real path (a symlink cannot lead out).
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { withPagePolicy } from './csp.js';
import { HttpProblem } from './problem.js';
import { textReply, type Reply } from './reply.js';
import type { Route } from './router.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

const notFound = (): HttpProblem => new HttpProblem(404, 'not-found', 'no such file');

/** `.`, `..` and dotfiles, empty segments (a trailing slash asks for a listing), and anything that smuggles a separator. */
function isSafeSegment(segment: string): boolean {
  return segment !== '' && !segment.startsWith('.') && !/[/\\\0]/.test(segment);
}

/**
 * Whether the raw request path has a `.` or `..` segment, spelled plainly or percent-encoded. URL
 * parsing would quietly resolve them; the server refuses them outright instead.
 */
export function hasDotSegment(rawPath: string): boolean {
  return (rawPath.split('?')[0] ?? '').split(/\/|%2f|\\|%5c/i).some((segment) => /^(\.|%2e){1,2}$/i.test(segment));
}

function within(base: string, target: string): boolean {
  return target.startsWith(base + sep);
}

async function serveFile(base: string, segments: readonly string[]): Promise<Reply> {
  if (segments.length === 0 || !segments.every(isSafeSegment)) throw notFound();
  const root = resolve(base);
  const target = resolve(root, ...segments);
  if (!within(root, target)) throw notFound();
  let real: string;
  try {
    real = await realpath(target);
    if (!within(await realpath(root), real) || !(await stat(real)).isFile()) throw notFound();
  } catch {
    throw notFound();
  }
  return textReply(200, contentTypeOf(real), await readFile(real));
}

export function staticRoutes(repositoryRoot: string): Route[] {
  const portal = join(repositoryRoot, 'demo', 'portal');
  const dist = join(repositoryRoot, 'dist');
  return [
    { method: 'GET', path: '/', handler: () => serveFile(portal, ['index.html']) },
    { method: 'GET', path: '/offline.html', handler: () => serveFile(portal, ['offline.html']) },
    { method: 'GET', path: '/strict.html', handler: async () => withPagePolicy(['strict.html'], await serveFile(portal, ['strict.html'])) },
    // The strict test pages carry their CSP header whichever path serves them.
    { method: 'GET', path: '/demo/portal/*path', handler: async ({ rest }) => withPagePolicy(rest, await serveFile(portal, rest)) },
    { method: 'GET', path: '/dist/*path', handler: ({ rest }) => serveFile(dist, rest) },
  ];
}
