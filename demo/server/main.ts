/**
 * The reference back end's entry: `node .cache/demo-server.mjs [--port N] [--host 127.0.0.1]
 * [--data-dir DIR] [--fresh] [--broken <endpoint>]… [--processing-after-ms N] [--done-after-ms N] [--offer pause|downgrade]… [--cloud-pcs N]`,
 * with `DATABASE_URL` for PostgreSQL instead of the embedded database.
 *
 * Imported (by the tests), it only exports `createDemoServer` and the contract's schemas to check
 * answers with; it listens only when it is the script node was started with.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BROKEN_ENDPOINTS, isBrokenEndpoint, type BrokenEndpoint } from './broken.js';
import { createDemoServer, type DemoServerOptions } from './server.js';
import { deleteEmbeddedDatabase } from './store/open.js';
import { SAMPLE_FIRST_CLOUD_PC_NAME, SAMPLE_OTHER_CLOUD_PCS } from '../../src/adapters/mock/mock-data.js';
import type { MockAdapterOptions } from '../../src/adapters/mock/mock-options.js';

export { createDemoServer } from './server.js';
export type { DemoServer, DemoServerOptions } from './server.js';
export { BROKEN_ENDPOINTS } from './broken.js';
export type { BrokenEndpoint } from './broken.js';
export * as contract from '../../src/contract/index.js';

/** The embedded database of `npm start`: beside the bundle, in the ignored .cache/ folder. */
const DEFAULT_DATA_DIR = fileURLToPath(new URL('./demo-db/', import.meta.url));

const USAGE = `usage: node .cache/demo-server.mjs [--port N] [--host 127.0.0.1] [--data-dir DIR] [--fresh] [--broken <endpoint>]...
                                 [--processing-after-ms N] [--done-after-ms N] [--offer pause|downgrade]... [--cloud-pcs N]
  --port       default 8787; 0 picks a free one (the start-up line says which)
  --data-dir   the embedded database's folder (default .cache/demo-db/)
  --fresh      delete the embedded database first: every demo account starts over
  --max-visitors  visitors kept in memory (default 1000; their accounts stay in the database)
  --offer      pause or downgrade (repeatable): the context offers it instead of unsubscribing (acceptOffer)
  --cloud-pcs  1 to 3 (default 1): cloud PCs on each demo account; with 2 or more the first screen asks which one
  --broken     one of ${BROKEN_ENDPOINTS.join(', ')} (repeatable): answer that endpoint wrongly on purpose
  DATABASE_URL=postgres://user@host:5432/db   use that PostgreSQL database instead (several instances may share it)`;

class UsageError extends Error {}

/** Mock options for demo accounts with `count` cloud PCs (`--cloud-pcs`; the tests use them too). */
export function severalCloudPcs(count: number): Pick<MockAdapterOptions, 'context' | 'otherSubscriptions'> {
  return {
    context: { subscription: { name: SAMPLE_FIRST_CLOUD_PC_NAME } },
    otherSubscriptions: SAMPLE_OTHER_CLOUD_PCS.slice(0, count - 1).map((pc) => ({ ...pc })),
  };
}

function integerArg(name: string, value: string | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed > max) throw new UsageError(`--${name} must be an integer from 0 to ${max} (got ${value})`);
  return parsed;
}

export function parseCommandLine(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): DemoServerOptions & { help: boolean; fresh: boolean } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        broken: { type: 'string', multiple: true },
        offer: { type: 'string', multiple: true },
        'processing-after-ms': { type: 'string' },
        'done-after-ms': { type: 'string' },
        'data-dir': { type: 'string' },
        'max-visitors': { type: 'string' },
        'cloud-pcs': { type: 'string' },
        fresh: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const broken: BrokenEndpoint[] = [];
  for (const name of values.broken ?? []) {
    if (!isBrokenEndpoint(name)) throw new UsageError(`--broken must be one of ${BROKEN_ENDPOINTS.join(', ')} (got ${name})`);
    broken.push(name);
  }
  const options: DemoServerOptions & { help: boolean; fresh: boolean } = {
    help: values.help ?? false,
    fresh: values.fresh ?? false,
    host: values.host ?? '127.0.0.1',
    broken,
    dataDir: values['data-dir'] ?? DEFAULT_DATA_DIR,
  };
  const offers = values.offer ?? [];
  for (const kind of offers)
    if (kind !== 'pause' && kind !== 'downgrade') throw new UsageError(`--offer must be pause or downgrade (got ${kind})`);
  if (offers.length > 0) options.mockOptions = { offers: offers as Array<'pause' | 'downgrade'> };
  const cloudPcs = integerArg('cloud-pcs', values['cloud-pcs'], 3);
  if (cloudPcs === 0) throw new UsageError('--cloud-pcs must be an integer from 1 to 3 (got 0)');
  if (cloudPcs !== undefined && cloudPcs > 1) options.mockOptions = { ...options.mockOptions, ...severalCloudPcs(cloudPcs) };
  if (env.DATABASE_URL) {
    if (values.fresh) throw new UsageError('--fresh deletes the embedded database; with DATABASE_URL, reset PostgreSQL yourself');
    options.databaseUrl = env.DATABASE_URL;
  }
  const port = integerArg('port', values.port, 65_535);
  const processingAfterMs = integerArg('processing-after-ms', values['processing-after-ms']);
  const doneAfterMs = integerArg('done-after-ms', values['done-after-ms']);
  const maxVisitors = integerArg('max-visitors', values['max-visitors']);
  if (maxVisitors !== undefined) options.maxVisitors = maxVisitors;
  if (port !== undefined) options.port = port;
  if (processingAfterMs !== undefined) options.processingAfterMs = processingAfterMs;
  if (doneAfterMs !== undefined) options.doneAfterMs = doneAfterMs;
  return options;
}

async function main(argv: readonly string[]): Promise<void> {
  let options;
  try {
    options = parseCommandLine(argv, process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  if (options.fresh && options.dataDir !== undefined) deleteEmbeddedDatabase(options.dataDir);
  const server = await createDemoServer({ port: 8787, ...options });
  console.log(`cloudpc-unsubscribe demo: ${server.url}`);
  console.log(`database: ${server.database}`);
  if (options.broken && options.broken.length > 0) console.log(`deliberately broken: ${[options.broken].flat().join(', ')}`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) await main(process.argv.slice(2));
