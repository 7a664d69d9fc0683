// Verification over HTTP: wrong codes and the lock-out, the face hand-off page, the fake phone.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { assertProblem, assertValid, contract, startServer } from './client.mjs';

/** A form POST as a phone's browser would send it: no cookie, no redirect following. */
function postForm(url) {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': 0 } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode, location: res.headers.location }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('demo server: verification', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('a wrong code answers ok:false with the attempts left; the fifth locks, and a new SMS is then a 429 with Retry-After', async () => {
    const visitor = server.visitor();
    const challenge = await visitor.post('/api/verifications', { method: 'sms' });
    const { code } = (await visitor.get('/demo/inbox')).json.messages[0];
    const wrong = code === '000000' ? '111111' : '000000';
    const check = (value) => visitor.post(`/api/verifications/${challenge.json.challengeId}/check`, { method: 'sms', code: value });

    for (let left = 4; left >= 1; left -= 1) {
      const result = await check(wrong);
      assert.equal(result.status, 200);
      assertValid(contract.verifyResultSchema, result.json, 'verify');
      assert.deepEqual(result.json, { ok: false, reason: 'wrong', attemptsLeft: left });
    }
    const locked = await check(wrong);
    assert.equal(locked.json.ok, false);
    assert.equal(locked.json.reason, 'locked');
    assert.ok(locked.json.retryAfterSeconds > 0);
    // Locked means locked: even the right code does not get through now.
    assert.equal((await check(code)).json.reason, 'locked');

    const again = await visitor.post('/api/verifications', { method: 'face' });
    const problem = assertProblem(again, 429, 'rate-limited');
    assert.ok(Number(again.headers.get('retry-after')) > 0);
    assert.equal(problem.retryAfterSeconds, Number(again.headers.get('retry-after')));
  });

  it('a second SMS within the resend wait is a 429 with Retry-After', async () => {
    const visitor = server.visitor();
    assert.equal((await visitor.post('/api/verifications', { method: 'sms' })).status, 200);
    const again = await visitor.post('/api/verifications', { method: 'sms' });
    assertProblem(again, 429, 'rate-limited');
    const retryAfter = Number(again.headers.get('retry-after'));
    assert.ok(retryAfter > 0 && retryAfter <= 60, String(retryAfter));
  });

  it('face: pending until the hand-off page approves, which works without the cookie', async () => {
    const visitor = server.visitor();
    const challenge = await visitor.post('/api/verifications', { method: 'face' });
    assertValid(contract.challengeSchema, challenge.json, 'startVerification');
    const { challengeId, handoffUrl: link } = challenge.json;
    // The link is relative to the back end's origin; a phone gets it absolute from the QR code.
    assert.ok(link.startsWith('/demo/face/'), link);
    const handoffUrl = new URL(link, server.url).href;
    const check = () => visitor.post(`/api/verifications/${challengeId}/check`, { method: 'face' });
    assert.deepEqual((await check()).json, { ok: false, reason: 'pending' });
    assert.deepEqual((await check()).json, { ok: false, reason: 'pending' });

    // The phone: no cookie.
    const page = await fetch(handoffUrl);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type'), /^text\/html/);
    assert.match(page.headers.get('content-security-policy'), /default-src 'none'/);
    assert.doesNotMatch(page.headers.get('content-security-policy'), /unsafe-inline/);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(page.headers.get('referrer-policy'), 'same-origin');
    assert.equal(page.headers.get('set-cookie'), null);
    const html = await page.text();
    assert.match(html, /<html lang="zh-CN">/);
    assert.match(html, /模拟手机人脸识别/);
    assert.match(html, /通过识别 \/ Approve/);
    assert.doesNotMatch(html, /<script|style=/);
    const action = /<form method="post" action="([^"]+)">/.exec(html)[1];

    const approved = await postForm(new URL(action, handoffUrl));
    assert.equal(approved.status, 303);
    const done = await fetch(new URL(approved.location, handoffUrl));
    assert.match(await done.text(), /识别已通过[\s\S]*Return to the page/);

    const result = await check();
    assert.equal(result.json.ok, true);
    assertValid(contract.verifyResultSchema, result.json, 'verify');
  });

  it('face: the hand-off link is a 256-bit secret; the challenge id, or a guess, names nothing', async () => {
    const visitor = server.visitor();
    const { challengeId, handoffUrl } = (await visitor.post('/api/verifications', { method: 'face' })).json;
    const secret = handoffUrl.slice('/demo/face/'.length);
    // 43 base64url characters: 258 bits of text carrying 256 random ones.
    assert.match(secret, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(Buffer.from(secret, 'base64url').length, 32);
    assert.ok(!secret.includes(challengeId));
    // Not even the subscriber's own browser gets in by the challenge id.
    assert.equal((await visitor.get(`/demo/face/${challengeId}`)).status, 404);
    assert.equal((await visitor.post(`/demo/face/${encodeURIComponent(challengeId)}/approve`)).status, 404);
    const guess = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    assert.equal((await postForm(new URL(`/demo/face/${guess}/approve`, server.url))).status, 404);
    assert.deepEqual((await visitor.post(`/api/verifications/${challengeId}/check`, { method: 'face' })).json, {
      ok: false,
      reason: 'pending',
    });
    // Another challenge's link does not approve this one.
    const other = (await server.visitor().post('/api/verifications', { method: 'face' })).json;
    assert.equal((await postForm(new URL(`${other.handoffUrl}/approve`, server.url))).status, 303);
    assert.deepEqual((await visitor.post(`/api/verifications/${challengeId}/check`, { method: 'face' })).json, {
      ok: false,
      reason: 'pending',
    });
  });

  it('face: an unknown hand-off is a 404 page, and the style sheet is served', async () => {
    const missing = await fetch(`${server.url}demo/face/${'A'.repeat(43)}`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /链接无效/);
    const css = await fetch(`${server.url}demo/face.css`);
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type'), /^text\/css/);
  });

  it('the inbox lists the newest message first and belongs to its visitor', async () => {
    const a = server.visitor();
    const b = server.visitor();
    await a.post('/api/verifications', { method: 'sms' });
    assert.equal((await a.get('/demo/inbox')).json.messages.length, 1);
    assert.deepEqual((await b.get('/demo/inbox')).json, { messages: [] });
  });
});
