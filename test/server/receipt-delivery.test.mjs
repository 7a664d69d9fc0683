// Sending the receipt by SMS or e-mail on the reference back end (sendReceipt): it lands in the
// visitor's demo inbox in their language, only the request's owner may have it sent, a retry under
// the same key sends nothing, and a fourth send of one request within the hour waits; on each engine.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { assertProblem, assertValid, contract, createDemoServer, createVisitor, readyToSubmit } from './client.mjs';
import { ENGINES } from './databases.mjs';

const MASKED_EMAIL = 'z***@example.com';

async function submitted(visitor) {
  const { body, key } = await readyToSubmit(visitor);
  const created = await visitor.post('/api/requests', body, { 'idempotency-key': key });
  assert.equal(created.status, 201, created.text);
  return created.json.requestId;
}

const send = (visitor, requestId, channel, key, language = 'zh-CN') =>
  visitor.post(
    `/api/requests/${encodeURIComponent(requestId)}/receipt-deliveries`,
    { requestId, channel, idempotencyKey: key },
    { 'idempotency-key': key, 'accept-language': language },
  );

/** The demo server on `database`, its account with a masked e-mail address as well as a phone. */
const start = (database) =>
  createDemoServer({
    port: 0,
    host: '127.0.0.1',
    log: () => {},
    ...database.options,
    mockOptions: { context: { account: { maskedEmail: MASKED_EMAIL } } },
  });

/** Drops the receipts' table, as in a database made before sendReceipt existed. */
async function dropReceiptTable(options) {
  if (options.databaseUrl) {
    const client = new pg.Client({ connectionString: options.databaseUrl });
    await client.connect();
    try {
      await client.query('drop table receipt_deliveries');
    } finally {
      await client.end();
    }
    return;
  }
  const db = new Database(join(options.dataDir, 'unsubscribe.sqlite'));
  try {
    db.exec('drop table receipt_deliveries');
  } finally {
    db.close();
  }
}

const receipts = async (visitor) => (await visitor.get('/demo/inbox')).json.messages.filter((m) => m.kind === 'receipt');

for (const engine of ENGINES) {
  describe(`demo server: sending the receipt on ${engine.name}`, { skip: engine.skip }, () => {
    let database;
    let server;
    before(async () => {
      database = await engine.create();
      server = await start(database);
    });
    after(async () => {
      await server?.close();
      await database?.drop();
    });

    it('puts the receipt in the inbox by SMS in Chinese and by e-mail in English; the same key sends nothing more', async () => {
      const visitor = createVisitor(server.url);
      const requestId = await submitted(visitor);

      const sms = await send(visitor, requestId, 'sms', 'receipt-key-1');
      assert.equal(sms.status, 201, sms.text);
      assertValid(contract.receiptDeliverySchema, sms.json, 'the delivery');
      assert.equal(sms.json.requestId, requestId);
      assert.equal(sms.json.sentTo, '138****8000');
      const again = await send(visitor, requestId, 'sms', 'receipt-key-1');
      assert.equal(again.status, 200);
      assert.deepEqual(again.json, sms.json);

      const email = await send(visitor, requestId, 'email', 'receipt-key-2', 'en');
      assert.equal(email.status, 201, email.text);
      assert.equal(email.json.sentTo, MASKED_EMAIL);
      assert.equal(email.headers.get('content-language'), 'en');

      const [newest, older, ...rest] = await receipts(visitor);
      assert.equal(rest.length, 0, 'a retry under the same key sent nothing');
      assert.equal(older.channel, 'sms');
      assert.equal(older.to, '138****8000');
      assert.match(older.text, new RegExp(`申请编号：${requestId}`));
      assert.match(older.text, /受理时间：\d{4}年\d{1,2}月\d{1,2}日/);
      assert.match(older.text, /生效时间：/);
      assert.match(older.text, /退款：¥\d+\.\d\d，原路退回，预计/);
      assert.match(older.text, /10086/);
      assert.equal(newest.channel, 'email');
      assert.equal(newest.to, MASKED_EMAIL);
      assert.match(newest.subject, new RegExp(`receipt \\(${requestId}\\)`));
      assert.match(newest.text, new RegExp(`Request number: ${requestId}`));
      assert.match(newest.text, /Received: \d{1,2} \w{3} \d{4}/);
      assert.match(newest.text, /Takes effect: /);
      assert.match(newest.text, /Refund: CN¥\d+\.\d\d, back to the original payment method, expected between/);
      assert.match(newest.text, /Call 10086/);
      assert.doesNotMatch(newest.text, /[\u4e00-\u9fff]/, 'nothing left in Chinese');
    });

    it('only the owner may have it sent: another visitor, or an unknown request, is a 404 and nothing is sent', async () => {
      const owner = createVisitor(server.url);
      const requestId = await submitted(owner);
      const stranger = createVisitor(server.url);
      assertProblem(await send(stranger, requestId, 'sms', 'stranger-key'), 404, 'not-found');
      assertProblem(await send(owner, 'TD000000000000', 'sms', 'unknown-key'), 404, 'not-found');
      assert.deepEqual(await receipts(owner), []);
      assert.deepEqual(await receipts(stranger), []);
    });

    it('the fourth send of one request within the hour is 429 with Retry-After, and another request may still be sent', async () => {
      const visitor = createVisitor(server.url);
      const requestId = await submitted(visitor);
      for (const [index, channel] of ['sms', 'email', 'sms'].entries()) {
        const sent = await send(visitor, requestId, channel, `limit-key-${index}`);
        assert.equal(sent.status, 201, sent.text);
      }
      const fourth = await send(visitor, requestId, 'sms', 'limit-key-3');
      const problem = assertProblem(fourth, 429, 'rate-limited');
      const retryAfter = Number(fourth.headers.get('retry-after'));
      assert.ok(retryAfter > 3500 && retryAfter <= 3600, `Retry-After: ${fourth.headers.get('retry-after')}`);
      assert.equal(problem.retryAfterSeconds, retryAfter);
      assert.equal((await receipts(visitor)).length, 3);
      // The retry of a press that went through still answers its delivery.
      assert.equal((await send(visitor, requestId, 'sms', 'limit-key-0')).status, 200);
    });

    it('a channel that does not exist, or a body without the key, is refused naming the field; nothing is sent', async () => {
      const visitor = createVisitor(server.url);
      const requestId = await submitted(visitor);
      const fax = assertProblem(await send(visitor, requestId, 'fax', 'fax-key'), 422, 'invalid-input');
      assert.match(JSON.stringify(fax), /channel/);
      const path = `/api/requests/${requestId}/receipt-deliveries`;
      assertProblem(await visitor.post(path, { requestId, channel: 'sms' }), 422, 'invalid-input');
      assert.deepEqual(await receipts(visitor), []);
    });

    it('a database made before sendReceipt gets its table on the next start, and its requests can be sent', async () => {
      const visitor = createVisitor(server.url);
      const requestId = await submitted(visitor);
      await server.close();
      await dropReceiptTable(database.options);
      server = await start(database);
      const again = createVisitor(server.url, visitor.cookie);
      assert.equal((await send(again, requestId, 'sms', 'after-migration-key')).status, 201);
      assert.equal((await receipts(again))[0].requestId, requestId);
    });

    it('refuses a send from another site before anything happens', async () => {
      const visitor = createVisitor(server.url);
      const requestId = await submitted(visitor);
      const crossSite = await visitor.request(`/api/requests/${requestId}/receipt-deliveries`, {
        method: 'POST',
        body: { requestId, channel: 'sms' },
        headers: { 'idempotency-key': 'cross-site-key', 'sec-fetch-site': 'cross-site' },
      });
      assertProblem(crossSite, 403, 'unauthenticated');
      assert.deepEqual(await receipts(visitor), []);
    });
  });
}

describe('demo server: sending the receipt to an account without an e-mail address', () => {
  it('answers 422 for e-mail and still sends by SMS', async () => {
    const server = await createDemoServer({ port: 0, host: '127.0.0.1', log: () => {} });
    try {
      const visitor = createVisitor(server.url);
      const requestId = await submitted(visitor);
      assertProblem(await send(visitor, requestId, 'email', 'no-email-key'), 422, 'invalid-input');
      assert.equal((await send(visitor, requestId, 'sms', 'sms-key')).status, 201);
    } finally {
      await server.close();
    }
  });
});
