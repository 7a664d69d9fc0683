/**
 * `createDemoServer`: the reference back end as one `node:http` server (a handful of routes need no
 * framework, and the demo stays dependency-free). Used by the command line (`main.ts`) and the tests.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MockAdapterOptions } from '../../src/adapters/mock/index.js';
import { createRequestHandler } from './app.js';
import { isBrokenEndpoint, BROKEN_ENDPOINTS, type BrokenEndpoint } from './broken.js';
import { createVisitorStore } from './visitors.js';

export interface DemoServerOptions {
  /** Default 0: any free port (read it from `url`). */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Endpoints to break on purpose, for the conformance check's negative test. */
  broken?: BrokenEndpoint | readonly BrokenEndpoint[];
  /** When a submitted request turns `processing`. Default 5000. */
  processingAfterMs?: number;
  /** When it is done. Default 20000. */
  doneAfterMs?: number;
  /** Where `demo/portal/` and `dist/` are. Default: the repository this file is in. */
  root?: string;
  /** Visitors kept at once; the least recently seen leave first. Default 1000. */
  maxVisitors?: number;
  /** Adapter calls per visitor before it must reset. Default 5000. */
  maxCallsPerVisitor?: number;
  /** Extra knobs for each visitor's mock adapter (tests); the SMS code, face approval, timeline and methods are the server's. */
  mockOptions?: MockAdapterOptions;
  /** Where bugs and unexpected errors are reported. Default `console.error`. */
  log?: (line: string) => void;
}

export interface DemoServer {
  /** `http://127.0.0.1:PORT/` */
  readonly url: string;
  readonly port: number;
  /** Stops listening and closes every open connection. */
  close(): Promise<void>;
}

/** The nearest folder above this module with a package.json: the repository, from the source or from the bundle in `.cache/`. */
function findRepositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`createDemoServer: ${name} must be a positive integer (got ${value})`);
  return value;
}

function brokenSet(broken: DemoServerOptions['broken']): Set<BrokenEndpoint> {
  const list: readonly string[] = broken === undefined ? [] : typeof broken === 'string' ? [broken] : broken;
  for (const name of list) {
    if (!isBrokenEndpoint(name))
      throw new RangeError(`createDemoServer: unknown broken endpoint ${name} (one of ${BROKEN_ENDPOINTS.join(', ')})`);
  }
  return new Set(list as BrokenEndpoint[]);
}

export async function createDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const log = options.log ?? ((line: string) => console.error(line));
  let origin = '';
  // Builds one state at once, so a bad timeline throws here rather than at the first visitor.
  const store = createVisitorStore({
    origin: () => origin,
    processingAfterMs: options.processingAfterMs ?? 5000,
    doneAfterMs: options.doneAfterMs ?? 20_000,
    maxVisitors: positiveInteger('maxVisitors', options.maxVisitors ?? 1000),
    ...(options.mockOptions ? { mockOptions: options.mockOptions } : {}),
  });
  const handler = createRequestHandler({
    repositoryRoot: options.root ?? findRepositoryRoot(),
    store,
    broken: brokenSet(options.broken),
    maxCallsPerVisitor: positiveInteger('maxCallsPerVisitor', options.maxCallsPerVisitor ?? 5000),
    log,
  });
  // Short timeouts: a client that trickles its headers or body cannot hold a connection for minutes.
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${host}:${address.port}`;
  return {
    url: `${origin}/`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
