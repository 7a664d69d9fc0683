// The package's built files at the URLs an operator's asset pipeline gives them, over real HTTP:
// an operator's site (its own pages and asset folders, everything else passed through to the
// reference back end, as a portal that proxies its API would) and a CDN on another origin. The files
// are the real ones in dist/; only their URLs change.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const STANDALONE = 'cloudpc-unsubscribe.standalone.js';
export const SINGLE_FILE = 'cloudpc-unsubscribe.single-file.js';

/**
 * The standalone build laid out under `folder` (which ends in `/`): the entry as `entryName`, the
 * `standalone/` folder beside it, nothing else. Returns, for a URL path, the dist file it names or
 * null (a 404), as a static host would.
 */
export function standaloneLayout(folder, entryName = STANDALONE) {
  return (pathname) => {
    if (!pathname.startsWith(folder)) return null;
    const rest = decodeURIComponent(pathname.slice(folder.length));
    const segments = rest.split('/');
    if (segments.some((segment) => segment === '' || segment.startsWith('.'))) return null;
    const file = rest === entryName ? join(DIST, STANDALONE) : segments[0] === 'standalone' ? join(DIST, rest) : null;
    return file !== null && existsSync(file) && statSync(file).isFile() ? file : null;
  };
}

async function listen(handler) {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

function sendFile(res, file, headers = {}) {
  readFile(file).then(
    (body) => res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' }).end(body),
    () => res.writeHead(500).end(),
  );
}

/**
 * A CDN: a static server on another 127.0.0.1 port (another origin) serving `layout`, with
 * `Access-Control-Allow-Origin: *` unless `cors` is false. `requests` lists every path asked for.
 */
export async function startCdn(layout, { cors = true } = {}) {
  const requests = [];
  const headers = cors ? { 'Access-Control-Allow-Origin': '*' } : {};
  const server = await listen((req, res) => {
    const url = new URL(req.url ?? '/', 'http://cdn.invalid');
    requests.push(`${url.pathname}${url.search}`);
    const file = req.method === 'GET' ? layout(url.pathname) : null;
    if (file === null) res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
    else sendFile(res, file, headers);
  });
  return { ...server, requests };
}

/**
 * An operator's site on its own port: `pages` (path → `{ body, csp }`) with their
 * Content-Security-Policy header, files from `layout` (path → dist file or null), and every other
 * request passed through to the reference back end at `backEnd` (its API, the demo's assets and
 * dist/), unless `passes(path)` says no: then a 404, listed in `refused`.
 */
export async function startSite(backEnd, { pages = {}, layout = () => null, passes = () => true } = {}) {
  const target = new URL(backEnd);
  const refused = [];
  const server = await listen((req, res) => {
    const url = new URL(req.url ?? '/', 'http://site.invalid');
    const page = pages[url.pathname];
    if (page !== undefined) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': page.csp }).end(page.body);
      return;
    }
    const file = layout(url.pathname);
    if (file !== null) {
      sendFile(res, file);
      return;
    }
    if (!passes(url.pathname)) {
      refused.push(`${url.pathname}${url.search}`);
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const forward = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  return { ...server, refused };
}
