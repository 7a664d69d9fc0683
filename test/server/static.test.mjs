// Static files: the portal, the offline page and dist/, with their types, and nothing else.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer } from './client.mjs';

/** A GET with the path sent exactly as written (fetch would normalize `..` away before it leaves). */
function rawGet(port, path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('demo server: static files', () => {
  let root;
  let server;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'cpu-demo-static-'));
    await mkdir(join(root, 'demo', 'portal', 'img'), { recursive: true });
    await mkdir(join(root, 'dist', 'chunks'), { recursive: true });
    await writeFile(join(root, 'package.json'), '{"secret":"package"}');
    await writeFile(join(root, 'demo', 'portal', 'index.html'), '<!doctype html><title>portal</title>');
    await writeFile(join(root, 'demo', 'portal', 'offline.html'), '<!doctype html><title>offline</title>');
    await writeFile(join(root, 'demo', 'portal', 'portal.css'), 'body{}');
    await writeFile(join(root, 'demo', 'portal', '.env'), 'SECRET=1');
    await writeFile(join(root, 'demo', 'portal', 'img', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(join(root, 'dist', 'index.js'), 'export {};');
    await writeFile(join(root, 'dist', 'index.js.map'), '{}');
    await writeFile(join(root, 'dist', 'chunks', 'a.js'), 'export const a = 1;');
    await writeFile(join(root, 'dist', 'manifest.json'), '{}');
    await symlink(join(root, 'package.json'), join(root, 'dist', 'escape.json'));
    server = await startServer({ root });
  });
  after(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('serves each file with its content type, no-store and nosniff', async () => {
    const expected = [
      ['/', /^text\/html/, 'portal'],
      ['/offline.html', /^text\/html/, 'offline'],
      ['/demo/portal/index.html', /^text\/html/, 'portal'],
      ['/demo/portal/portal.css', /^text\/css/, 'body{}'],
      ['/demo/portal/img/logo.svg', /^image\/svg\+xml/, '<svg'],
      ['/dist/index.js', /^text\/javascript/, 'export {};'],
      ['/dist/chunks/a.js', /^text\/javascript/, 'export const a'],
      ['/dist/index.js.map', /^application\/json/, '{}'],
      ['/dist/manifest.json', /^application\/json/, '{}'],
    ];
    for (const [path, type, content] of expected) {
      const response = await fetch(new URL(path, server.url));
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type'), type, path);
      assert.equal(response.headers.get('cache-control'), 'no-store', path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(response.headers.get('referrer-policy'), 'same-origin', path);
      assert.ok((await response.text()).includes(content), path);
    }
  });

  it('HEAD answers the headers without the body', async () => {
    const response = await fetch(new URL('/dist/index.js', server.url), { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-length'), String('export {};'.length));
    assert.equal(await response.text(), '');
  });

  it('missing files, folders, dotfiles and symlinks out are 404s', async () => {
    for (const path of [
      '/dist/nothing.js',
      '/dist/',
      '/dist/chunks',
      '/dist/chunks/',
      '/demo/portal/',
      '/demo/portal/.env',
      '/dist/escape.json',
      '/package.json',
    ]) {
      const response = await fetch(new URL(path, server.url));
      assert.equal(response.status, 404, path);
      assert.match(response.headers.get('content-type'), /^application\/problem\+json/, path);
    }
  });

  it('rejects path traversal however it is spelled', async () => {
    for (const path of [
      '/dist/../package.json',
      '/dist/../demo/portal/index.html',
      '/demo/portal/../../package.json',
      '/dist/%2e%2e/package.json',
      '/dist/%2E%2E%2Fpackage.json',
      '/dist/..%2fpackage.json',
      '/dist/..%5cpackage.json',
      '/dist/..\\package.json',
      '/dist/./index.js',
      '/dist/%00index.js',
    ]) {
      const response = await rawGet(server.port, path);
      assert.equal(response.status, 404, path);
      assert.doesNotMatch(response.body, /secret|export/, path);
    }
  });

  it('a portal file that is not there is a 404, not a crash', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'cpu-demo-empty-'));
    const bare = await startServer({ root: empty });
    try {
      assert.equal((await fetch(bare.url)).status, 404);
      assert.equal((await fetch(new URL('/offline.html', bare.url))).status, 404);
    } finally {
      await bare.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});
