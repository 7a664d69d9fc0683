// The databases the store tests run on: the embedded default (SQLite in a temporary folder) always,
// and a real PostgreSQL server when CLOUDPC_TEST_DATABASE_URL names one (`.ci/run` starts one in a
// temporary folder; locally: `source .ci/postgres.sh`). Each use gets a database of its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import pg from 'pg';

const POSTGRES_URL = process.env.CLOUDPC_TEST_DATABASE_URL;

/** Why the PostgreSQL half does not run here, or false when it does. In CI it must run. */
export const POSTGRES_SKIP = POSTGRES_URL
  ? false
  : process.env.CI
    ? false
    : 'no PostgreSQL server: CLOUDPC_TEST_DATABASE_URL is not set (`source .ci/postgres.sh` starts a throwaway one; .ci/run always does)';

async function withAdmin(use) {
  if (!POSTGRES_URL) throw new Error('CI must run the PostgreSQL half: .ci/run sets CLOUDPC_TEST_DATABASE_URL (see .ci/postgres.sh)');
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/**
 * Each engine: `name`, `skip` (false or why), and `create()`, which makes an empty database and
 * resolves `{ options, env, args, drop }`: the createDemoServer options, the environment and the
 * command-line flags that point a server at it, and how to remove it.
 */
export const ENGINES = [
  {
    name: 'embedded SQLite',
    skip: false,
    async create() {
      const dataDir = mkdtempSync(join(tmpdir(), 'cloudpc-store-test-'));
      return {
        options: { dataDir },
        env: {},
        args: ['--data-dir', dataDir],
        drop: async () => rmSync(dataDir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'PostgreSQL',
    skip: POSTGRES_SKIP,
    async create() {
      const name = `cloudpc_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      await withAdmin((client) => client.query(`create database ${name}`));
      const url = new URL(POSTGRES_URL);
      url.pathname = `/${name}`;
      const databaseUrl = url.href;
      return {
        options: { databaseUrl },
        env: { DATABASE_URL: databaseUrl },
        args: [],
        drop: () => withAdmin((client) => client.query(`drop database if exists ${name} with (force)`)),
      };
    },
  },
];
