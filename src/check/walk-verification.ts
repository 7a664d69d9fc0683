/**
 * Step 2: an SMS verification, as a subscriber goes through it: start it, get a code wrong, then
 * right. The proof from the right code is what the request is submitted with.
 */
import { challengeSchema, verifyResultSchema } from '../contract/schemas.js';
import { parseSuccess } from './expectations.js';
import { smsCode, wrongCodeFor } from './sms-code.js';
import type { Walk } from './walk.js';

const START = 'POST /verifications';
const CHECK = 'POST /verifications/{id}/check';

export async function checkVerification(walk: Walk): Promise<void> {
  const { findings, client } = walk;
  if (!walk.facts.offersSms) {
    findings.skip(START, 'the context offers no SMS verification');
    findings.skip(CHECK, 'no SMS challenge to answer');
    return;
  }
  const started = parseSuccess(
    await client.call(START, { method: 'POST', path: '/verifications', body: { method: 'sms' } }),
    challengeSchema,
    'the challenge',
  );
  if (!started.ok || started.value.method !== 'sms') {
    findings.fail(START, started.ok ? `asked for an SMS challenge, got "${started.value.method}"` : started.message);
    findings.skip(CHECK, 'no SMS challenge to answer');
    return;
  }
  const challenge = started.value;
  walk.codeValiditySeconds = challenge.expiresInSeconds;
  findings.pass(START, `answers a valid SMS challenge (${challenge.codeLength} digits to ${challenge.maskedPhone})`);

  const source = await smsCode(walk);
  if (source.code !== undefined) walk.smsCode = source.code;
  const path = `/verifications/${encodeURIComponent(challenge.challengeId)}/check`;
  const answer = (code: string): ReturnType<typeof client.call> =>
    client.call(CHECK, { method: 'POST', path, body: { challengeId: challenge.challengeId, method: 'sms', code } });

  // Without the right code a wrong one is still worth checking: all zeros is wrong but for a
  // one-in-a-million chance.
  const wrong = parseSuccess(
    await answer(source.code === undefined ? '0'.repeat(challenge.codeLength) : wrongCodeFor(source.code)),
    verifyResultSchema,
    'the result',
  );
  if (!wrong.ok) findings.fail(CHECK, `a wrong code: ${wrong.message}`);
  else if (wrong.value.ok || wrong.value.reason !== 'wrong') {
    findings.fail(CHECK, `a wrong code answers ${JSON.stringify(wrong.value)}, expected { ok: false, reason: "wrong" }`);
  } else {
    const left = wrong.value.attemptsLeft === undefined ? '' : ` (${wrong.value.attemptsLeft} attempts left)`;
    findings.pass(CHECK, `a wrong code answers ok: false, reason "wrong"${left}`);
  }

  if (source.code === undefined) {
    if ('failed' in source) findings.fail(CHECK, source.failed);
    else findings.skip(CHECK, `the right code: ${source.skipped}`);
    return;
  }
  const right = parseSuccess(await answer(source.code), verifyResultSchema, 'the result');
  if (!right.ok) findings.fail(CHECK, `the right code: ${right.message}`);
  else if (!right.value.ok) findings.fail(CHECK, `the right code answers ${JSON.stringify(right.value)}, expected { ok: true, proof }`);
  else {
    walk.proof = right.value.proof;
    findings.pass(CHECK, 'the right code answers ok: true with a proof');
  }
}
