// The reference back end answers in the subscriber's language (Accept-Language, issue 12 item 10):
// every text of its default content in English when asked for it, Chinese otherwise, and it says
// which (Content-Language) and that answers vary by it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SUBSCRIPTION_ID, assertValid, contract, startServer } from './client.mjs';

const HAN = /[\u3400-\u9fff]/;

/** Every string in a JSON value. */
function strings(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

describe('demo server: the language of its answers', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('answers the context in English for en, with no Chinese but the account holder’s name', async () => {
    const response = await server.visitor().get('/api/context', { 'accept-language': 'en' });
    assert.equal(response.status, 200);
    assertValid(contract.contextSchema, response.json, 'loadContext');
    assert.equal(response.headers.get('content-language'), 'en');
    assert.match(response.headers.get('vary') ?? '', /Accept-Language/);
    const { terms, support, subscription, account } = response.json;
    assert.equal(terms.refundMethod, 'Back to the original payment method');
    assert.equal(support.hours, 'Every day, 8:00–22:00');
    assert.equal(subscription.productName, 'China Mobile Cloud PC (software edition)');
    // As many as the Chinese context has (the reference terms' two rules), each in English.
    assert.equal(terms.highlights.length, 2);
    const chinese = strings(response.json).filter((s) => HAN.test(s));
    assert.deepEqual(chinese, [account.displayName]);
  });

  it('answers in Chinese for zh-CN, for no header, and for a language it does not have', async () => {
    for (const header of ['zh-CN', undefined, 'fr-FR, fr;q=0.9']) {
      const response = await server.visitor().get('/api/context', header === undefined ? {} : { 'accept-language': header });
      assert.equal(response.json.terms.refundMethod, '原路退回', String(header));
      assert.equal(response.headers.get('content-language'), 'zh-CN');
    }
  });

  it('takes the first language a browser lists: en-GB first is English, zh first is Chinese', async () => {
    const english = await server.visitor().get('/api/context', { 'accept-language': 'en-GB,en;q=0.9,zh-CN;q=0.8' });
    assert.equal(english.json.terms.refundMethod, 'Back to the original payment method');
    const chinese = await server.visitor().get('/api/context', { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' });
    assert.equal(chinese.json.terms.refundMethod, '原路退回');
  });

  it('asks its security questions and quotes in English for en', async () => {
    const visitor = server.visitor();
    const en = { 'accept-language': 'en' };
    const challenge = await visitor.post('/api/verifications', { method: 'security-questions' }, en);
    assert.ok(
      challenge.json.questions.every((q) => !HAN.test(q.prompt)),
      JSON.stringify(challenge.json.questions),
    );
    const quote = await visitor.get(`/api/refund-quote?subscriptionId=${SUBSCRIPTION_ID}&effective=immediately`, en);
    assert.equal(quote.json.method, 'Back to the original payment method');
    assertValid(contract.quoteSchema, quote.json, 'quoteRefund');
  });
});
