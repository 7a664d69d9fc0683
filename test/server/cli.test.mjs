// The command line: `node .cache/demo-server.mjs --port 0` prints its URL and serves; bad flags exit 2.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { createVisitor, readyToSubmit } from './client.mjs';

const bundle = fileURLToPath(new URL('../../.cache/demo-server.mjs', import.meta.url));
// Never the developer's own demo database in .cache/demo-db/.
const dataDir = mkdtempSync(join(tmpdir(), 'cloudpc-cli-test-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the bundle; resolves with the first stdout line (or the exit), killing it after `timeoutMs` at the latest. */
function run(args, timeoutMs = 10_000) {
  const child = spawn(process.execPath, [bundle, '--data-dir', dataDir, ...args], {
    env: { ...process.env, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  exited.finally(() => clearTimeout(timer));
  const firstLine = new Promise((resolve) => {
    const check = () => {
      if (stdout.includes('\n')) resolve(stdout.split('\n')[0]);
    };
    child.stdout.on('data', check);
    exited.then(() => resolve(undefined));
  });
  return { child, exited, firstLine, output: () => ({ stdout, stderr }) };
}

describe('demo server: command line', () => {
  it('prints its URL, serves the API, and stops on SIGTERM', async () => {
    const server = run(['--port', '0', '--processing-after-ms', '10', '--done-after-ms', '20']);
    const line = await server.firstLine;
    const url = /^cloudpc-unsubscribe demo: (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(line ?? '')?.[1];
    assert.ok(url, `first line: ${line}; ${JSON.stringify(server.output())}`);
    const response = await fetch(new URL('/api/context', url));
    assert.equal(response.status, 200);
    server.child.kill('SIGTERM');
    assert.deepEqual(await server.exited, { code: 0, signal: null });
  });

  it('says which database it uses, keeps it across restarts, and --fresh starts over', async () => {
    const urlOf = async (server) => /(http:\/\/\S+)/.exec((await server.firstLine) ?? '')?.[1];
    let server = run(['--port', '0']);
    let url = await urlOf(server);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.match(
      server.output().stdout,
      new RegExp(`database: SQLite in ${dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/unsubscribe\\.sqlite`),
    );
    const visitor = createVisitor(url);
    const { body, key } = await readyToSubmit(visitor);
    assert.equal((await visitor.post('/api/requests', body, { 'idempotency-key': key })).status, 201);
    server.child.kill('SIGTERM');
    await server.exited;

    server = run(['--port', '0']);
    url = await urlOf(server);
    assert.equal((await createVisitor(url, visitor.cookie).get('/demo/requests')).json.requests.length, 1);
    server.child.kill('SIGTERM');
    await server.exited;

    server = run(['--port', '0', '--fresh']);
    url = await urlOf(server);
    const again = await createVisitor(url, visitor.cookie).get('/demo/requests');
    assert.deepEqual(again.json, { requests: [] });
    server.child.kill('SIGTERM');
    await server.exited;
  });

  it('says which endpoints it breaks', async () => {
    const server = run(['--port', '0', '--broken', 'context', '--broken', 'errors']);
    await server.firstLine;
    await new Promise((resolve) => setTimeout(resolve, 100));
    server.child.kill('SIGTERM');
    await server.exited;
    assert.match(server.output().stdout, /deliberately broken: context, errors/);
  });

  it('refuses a bad flag with the usage and exit code 2', async () => {
    for (const args of [['--broken', 'everything'], ['--port', 'eighty'], ['--port', '70000'], ['--colour'], ['--max-visitors', 'many']]) {
      const server = run(args);
      assert.deepEqual(await server.exited, { code: 2, signal: null }, args.join(' '));
      assert.match(server.output().stderr, /usage: node \.cache\/demo-server\.mjs/);
    }
  });

  it('refuses a timeline that ends before it starts', async () => {
    const server = run(['--port', '0', '--processing-after-ms', '100', '--done-after-ms', '10']);
    const { code } = await server.exited;
    assert.notEqual(code, 0);
    assert.match(server.output().stderr, /doneAfterMs/);
  });
});
