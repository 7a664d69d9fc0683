/**
 * `createDemoServer`: the reference back end as one `node:http` server (a handful of routes need no
 * framework) over a database (`store/`). Used by the command line (`main.ts`) and the tests.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MockAdapterOptions } from '../../src/adapters/mock/index.js';
import { checkMockOptions } from '../../src/adapters/mock/mock-options-check.js';
import { resolveMockOptions } from '../../src/adapters/mock/mock-options-resolve.js';
import { createRequestHandler } from './app.js';
import { isBrokenEndpoint, BROKEN_ENDPOINTS, type BrokenEndpoint } from './broken.js';
import { createDesk } from './desk.js';
import { createAccountStore } from './store/account-store.js';
import { describeDatabase, openDatabase } from './store/open.js';
import { createVisitorCache } from './visitors.js';

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
  /** Visitors kept in memory at once (the least recently seen leave first; their accounts stay in the database). Default 1000. */
  maxVisitors?: number;
  /** Adapter calls per visitor before it must reset. Default 5000. */
  maxCallsPerVisitor?: number;
  /** A PostgreSQL connection string: the database instead of the embedded one (several instances may share it). */
  databaseUrl?: string;
  /** The folder of the embedded database. Default: a new temporary folder, deleted by `close()`. */
  dataDir?: string;
  /**
   * The mock engine's knobs the rules and content come from (tests: limits, security questions,
   * context); the status timeline and the methods offered are the server's, and the SMS codes,
   * proofs and hand-off links are random.
   */
  mockOptions?: MockAdapterOptions;
  /** Where bugs and unexpected errors are reported. Default `console.error`. */
  log?: (line: string) => void;
}

export interface DemoServer {
  /** `http://127.0.0.1:PORT/` */
  readonly url: string;
  readonly port: number;
  /** Which database it uses, for a log line (no password). */
  readonly database: string;
  /** Stops listening, closes every open connection and the database. */
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
  const now = (): number => Date.now();
  const config = resolveMockOptions(
    checkMockOptions({
      ...options.mockOptions,
      latencyMs: 0,
      statusTimeline: {
        ...options.mockOptions?.statusTimeline,
        processingAfterMs: options.processingAfterMs ?? 5000,
        doneAfterMs: options.doneAfterMs ?? 20_000,
      },
      verificationMethods: ['sms', 'face', 'security-questions'],
    }),
  );
  const maxVisitors = positiveInteger('maxVisitors', options.maxVisitors ?? 1000);
  const maxCallsPerVisitor = positiveInteger('maxCallsPerVisitor', options.maxCallsPerVisitor ?? 5000);
  const broken = brokenSet(options.broken);
  const temporaryDir = options.dataDir === undefined && !options.databaseUrl ? mkdtempSync(join(tmpdir(), 'cloudpc-demo-db-')) : undefined;
  const choice = { dataDir: options.dataDir ?? temporaryDir ?? '', ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}) };
  const removeTemporary = (): void => {
    if (temporaryDir) rmSync(temporaryDir, { recursive: true, force: true });
  };
  let db;
  try {
    db = await openDatabase(choice);
  } catch (error) {
    removeTemporary();
    throw error;
  }
  const store = createAccountStore(db);
  const handler = createRequestHandler({
    repositoryRoot: options.root ?? findRepositoryRoot(),
    desk: createDesk({ store, config, ignoreIdempotencyKey: broken.has('requests') }),
    visitors: createVisitorCache({ store, maxVisitors, now }),
    broken,
    maxCallsPerVisitor,
    now,
    log,
  });
  // Short timeouts: a client that trickles its headers or body cannot hold a connection for minutes.
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, handler);
  const closeDatabase = async (): Promise<void> => {
    await db.close();
    removeTemporary();
  };
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await closeDatabase();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${host}:${address.port}`;
  return {
    url: `${origin}/`,
    port: address.port,
    database: describeDatabase(choice),
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await closeDatabase();
    },
  };
}
