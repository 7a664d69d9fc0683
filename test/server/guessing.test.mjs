// Verification that cannot be guessed, over HTTP: wrong answers count per account across
// challenges and methods, every SMS carries a new code, and sends and challenges are capped.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, startServer } from './client.mjs';

const wrongAnswers = { method: 'security-questions', answers: [{ questionId: 'q-first-city', answer: '北京' }] };

describe('demo server: guessing', () => {
  let server;
  before(async () => {
    // No resend wait, so a test can ask for SMS after SMS; every other limit is the default.
    server = await startServer({ mockOptions: { resendAfterSeconds: 0 } });
  });
  after(() => server.close());

  it('counts wrong answers per account across challenges and methods: new challenges give none back, the fifth locks', async () => {
    const visitor = server.visitor();
    const results = [];
    for (let i = 0; i < 5; i += 1) {
      const method = i % 2 === 0 ? 'security-questions' : 'sms';
      const { challengeId } = (await visitor.post('/api/verifications', { method })).json;
      const answer = method === 'sms' ? { method, code: '000000' } : wrongAnswers;
      const { json } = await visitor.post(`/api/verifications/${challengeId}/check`, answer);
      results.push(json.ok ? 'ok' : (json.attemptsLeft ?? json.reason));
    }
    // (An SMS code of 000000 is right once in a million runs.)
    assert.deepEqual(results, [4, 3, 2, 1, 'locked']);
    const refused = assertProblem(await visitor.post('/api/verifications', { method: 'security-questions' }), 429, 'rate-limited');
    assert.ok(refused.retryAfterSeconds > 800, JSON.stringify(refused));
  });

  it('sends a new code with every SMS, and the old code stops working', async () => {
    const visitor = server.visitor();
    const first = (await visitor.post('/api/verifications', { method: 'sms' })).json;
    const second = (await visitor.post('/api/verifications', { method: 'sms' })).json;
    const [newest, older] = (await visitor.get('/demo/inbox')).json.messages;
    // Two random six-digit codes are equal once in a million runs.
    assert.notEqual(newest.code, older.code);
    assert.deepEqual((await visitor.post(`/api/verifications/${first.challengeId}/check`, { method: 'sms', code: older.code })).json, {
      ok: false,
      reason: 'expired',
    });
    assert.equal(
      (await visitor.post(`/api/verifications/${second.challengeId}/check`, { method: 'sms', code: newest.code })).json.ok,
      true,
    );
  });

  it('a proven SMS challenge gives its proof again only for the right code: a wrong one is a wrong guess', async () => {
    const visitor = server.visitor();
    const { challengeId } = (await visitor.post('/api/verifications', { method: 'sms' })).json;
    const [message] = (await visitor.get('/demo/inbox')).json.messages;
    const check = async (code) => (await visitor.post(`/api/verifications/${challengeId}/check`, { method: 'sms', code })).json;
    const first = await check(message.code);
    assert.equal(first.ok, true);
    // The answer was lost on the way: the same right code gets the same proof back.
    assert.deepEqual(await check(message.code), first);
    // Whoever learnt the challenge's id but not the code gets no proof, and the guess counts.
    const wrongCode = message.code === '000000' ? '111111' : '000000';
    const guessed = await check(wrongCode);
    assert.equal(guessed.ok, false);
    assert.equal(guessed.proof, undefined);
    assert.equal(guessed.attemptsLeft, 4);
  });

  it('caps SMS at ten a day and security-question challenges at ten an hour', async () => {
    const visitor = server.visitor();
    for (let i = 0; i < 10; i += 1) assert.equal((await visitor.post('/api/verifications', { method: 'sms' })).status, 200);
    const sms = assertProblem(await visitor.post('/api/verifications', { method: 'sms' }), 429, 'rate-limited');
    assert.ok(sms.retryAfterSeconds > 23 * 3600, JSON.stringify(sms));
    for (let i = 0; i < 10; i += 1) assert.equal((await visitor.post('/api/verifications', { method: 'security-questions' })).status, 200);
    const questions = assertProblem(await visitor.post('/api/verifications', { method: 'security-questions' }), 429, 'rate-limited');
    assert.ok(questions.retryAfterSeconds > 3500, JSON.stringify(questions));
  });

  it('a 24-word city list gets nowhere: locked after five guesses, however many challenges', async () => {
    const cities =
      '北京 上海 广州 深圳 成都 重庆 天津 武汉 西安 南京 苏州 长沙 郑州 沈阳 青岛 宁波 东莞 无锡 厦门 福州 济南 大连 合肥 杭州'.split(' ');
    const visitor = server.visitor();
    let guesses = 0;
    for (const city of cities) {
      const started = await visitor.post('/api/verifications', { method: 'security-questions' });
      if (started.status === 429) break;
      const { json } = await visitor.post(`/api/verifications/${started.json.challengeId}/check`, {
        method: 'security-questions',
        answers: [
          { questionId: 'q-first-city', answer: city },
          { questionId: 'q-pet-name', answer: 'Doudou' },
        ],
      });
      guesses += 1;
      assert.notEqual(json.ok, true, `got in with ${city} after ${guesses} guesses`);
      if (json.reason === 'locked') break;
    }
    assert.equal(guesses, 5);
  });
});
