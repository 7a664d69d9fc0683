/**
 * Step 8: can a stranger guess their way in? Run last, because it locks the test account.
 *
 * - A new SMS carries a new code: when the inbox is readable and the back end's resend wait is
 *   short enough to wait for (`MAX_WAIT_SECONDS`), a second SMS is asked for and its code compared.
 * - Wrong answers lock, across challenges: a new challenge is started before each wrong answer
 *   (security questions when offered, the SMS code otherwise), so a back end that counts per
 *   challenge, or gives the attempts back with a new challenge, never locks and fails here. The
 *   loop stops at `MAX_WRONG` wrong answers: at most about fifty requests in all.
 *
 * What this cannot see in a few seconds (daily caps) is left to the operator's own tests; the
 * README lists it.
 */
import { challengeSchema, verifyResultSchema } from '../contract/schemas.js';
import type { Challenge, VerifyInput } from '../contract/types.js';
import { describeAnswer, parseSuccess } from './expectations.js';
import type { CallOutcome } from './http-client.js';
import { smsCode, wrongCodeFor } from './sms-code.js';
import type { Walk } from './walk.js';

const ENDPOINT = 'guessing';
/** Wrong answers sent at most; a back end that has not locked by then lets anyone guess. */
export const MAX_WRONG = 25;
/** The longest resend wait the check sits through to compare two SMS codes. */
const MAX_WAIT_SECONDS = 5;

const pause = (seconds: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

function retryAfterOf(outcome: CallOutcome): number | undefined {
  const value = outcome.exchange?.headers.get('retry-after');
  return value === null || value === undefined || !/^\d+$/.test(value.trim()) ? undefined : Number(value);
}

function startChallenge(walk: Walk, method: Challenge['method']): Promise<CallOutcome> {
  return walk.client.call(undefined, { method: 'POST', path: '/verifications', body: { method } });
}

/** Asks for a second SMS (waiting out a short resend wait) and compares its code with the first one's. */
async function checkNewCodePerSend(walk: Walk): Promise<void> {
  const { findings } = walk;
  if (!walk.facts.offersSms) return findings.skip(ENDPOINT, 'no SMS verification offered: a new code per send was not checked');
  if (walk.options.inboxUrl === undefined || walk.smsCode === undefined) {
    return findings.skip(ENDPOINT, 'a new code per SMS is checked only with --inbox (the codes must be read)');
  }
  let outcome = await startChallenge(walk, 'sms');
  const wait = retryAfterOf(outcome);
  if (outcome.exchange?.status === 429 && wait !== undefined && wait <= MAX_WAIT_SECONDS) {
    await pause(wait);
    outcome = await startChallenge(walk, 'sms');
  }
  if (outcome.exchange?.status === 429) {
    return findings.skip(ENDPOINT, `a second SMS must wait ${retryAfterOf(outcome) ?? '?'} s: a new code per send was not checked`);
  }
  const started = parseSuccess(outcome, challengeSchema, 'the second SMS challenge');
  if (!started.ok) return findings.fail(ENDPOINT, `a second SMS: ${started.message}`);
  const second = await smsCode(walk);
  if (second.code === undefined) return findings.skip(ENDPOINT, 'the second SMS code could not be read from the inbox');
  findings.expect(
    ENDPOINT,
    second.code === walk.smsCode
      ? `a second SMS carries the same code as the first (${second.code}): a resend must send a new code`
      : undefined,
    'a second SMS carries a new code',
  );
}

function wrongInput(challenge: Challenge, round: number): VerifyInput | undefined {
  if (challenge.method === 'security-questions') {
    const answer = `cloudpc-check-wrong-${round}`;
    return {
      challengeId: challenge.challengeId,
      method: challenge.method,
      answers: challenge.questions.map((q) => ({ questionId: q.id, answer })),
    };
  }
  if (challenge.method === 'sms')
    return {
      challengeId: challenge.challengeId,
      method: 'sms',
      code: wrongCodeFor('0'.repeat(challenge.codeLength - 1) + String(round % 10)),
    };
  return undefined;
}

/** Wrong answers, each to a new challenge where the back end allows one, until it locks or `MAX_WRONG` have gone in. */
async function checkLockOut(walk: Walk): Promise<void> {
  const { findings, facts } = walk;
  const method = facts.offersQuestions ? 'security-questions' : facts.offersSms ? 'sms' : undefined;
  if (method === undefined) return findings.skip(ENDPOINT, 'neither security questions nor SMS offered: nothing to guess');
  let challenge: Challenge | undefined;
  let challenges = 0;
  let lastLeft: number | undefined;
  let wrong = 0;
  for (let round = 0; round < MAX_WRONG; round += 1) {
    const started = await startChallenge(walk, method);
    if (started.exchange?.status === 429) {
      if (challenge === undefined || method === 'security-questions') {
        return findings.pass(
          ENDPOINT,
          `after ${wrong} wrong answers over ${challenges} challenges, a new ${method} challenge is refused (429, Retry-After ${retryAfterOf(started) ?? '?'} s)`,
        );
      }
      // SMS: the resend wait refuses a new challenge; the wrong answers go to the one there is.
    } else {
      const parsed = parseSuccess(started, challengeSchema, `the ${method} challenge`);
      if (!parsed.ok) return findings.fail(ENDPOINT, `starting a ${method} challenge: ${parsed.message}`);
      challenge = parsed.value;
      challenges += 1;
    }
    if (challenge === undefined) return findings.skip(ENDPOINT, 'no challenge to answer');
    const input = wrongInput(challenge, wrong);
    if (input === undefined) return findings.skip(ENDPOINT, `a ${challenge.method} challenge cannot be answered wrongly`);
    const outcome = await walk.client.call(undefined, {
      method: 'POST',
      path: `/verifications/${encodeURIComponent(challenge.challengeId)}/check`,
      body: input,
    });
    const result = parseSuccess(outcome, verifyResultSchema, 'the result');
    if (!result.ok) {
      if (outcome.exchange?.status === 429) {
        return findings.pass(ENDPOINT, `after ${wrong} wrong answers over ${challenges} challenges, checking is refused (429)`);
      }
      return findings.fail(ENDPOINT, `a wrong answer: ${result.message}`);
    }
    const answer = result.value;
    if (answer.ok) return findings.fail(ENDPOINT, `a wrong ${method} answer was accepted: ${JSON.stringify(answer)}`);
    if (answer.reason === 'locked') {
      return findings.pass(
        ENDPOINT,
        `locked after ${wrong + 1} wrong answers over ${challenges} challenges (retry after ${answer.retryAfterSeconds ?? '?'} s)`,
      );
    }
    if (answer.reason === 'wrong') {
      wrong += 1;
      if (answer.attemptsLeft !== undefined && lastLeft !== undefined && answer.attemptsLeft >= lastLeft) {
        return findings.fail(
          ENDPOINT,
          `a new challenge gave the attempts back (${lastLeft} left, then ${answer.attemptsLeft}): wrong answers must be counted per account, across challenges`,
        );
      }
      lastLeft = answer.attemptsLeft;
    } else {
      // Reported where wrong answers are checked; here it only means the count cannot be followed.
      return findings.skip(
        ENDPOINT,
        `a wrong answer ${describeAnswer(result.exchange)} with reason "${answer.reason}": the lock-out was not checked`,
      );
    }
  }
  findings.fail(
    ENDPOINT,
    `${wrong} wrong answers over ${challenges} ${method} challenges and no lock-out: anyone can keep guessing (count wrong answers per account, across challenges, and lock)`,
  );
}

export async function checkGuessing(walk: Walk): Promise<void> {
  if (walk.options.guessing === false) return walk.findings.skip(ENDPOINT, 'left out (--no-guessing)');
  await checkNewCodePerSend(walk);
  await checkLockOut(walk);
}
