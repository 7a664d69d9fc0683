import { expect } from '@open-wc/testing';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import { LIST_CAPS, type CappedList } from '../../src/contract/list-caps.js';
import { INPUT_LIMITS } from '../../src/contract/schemas.js';
import { withValidation } from '../../src/contract/validated-adapter.js';
import { validContext, validQuestionsChallenge } from '../contract/fixtures.js';

function answering(method: 'loadContext' | 'startVerification', value: unknown): UnsubscribeAdapter {
  return { [method]: async () => value } as unknown as UnsubscribeAdapter;
}

const reasons = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, label: `原因 ${i}` }));

describe('lists from the back end are capped', () => {
  it('keeps the first 50 of 10,000 reasons, in order, and says what it cut', async () => {
    const capped: CappedList[] = [];
    const adapter = withValidation(answering('loadContext', validContext({ reasons: reasons(10_000) })), {
      onCapped: (notice) => capped.push(notice),
    });
    const context = await adapter.loadContext({});
    expect(context.reasons).to.have.length(50);
    expect(context.reasons?.[0]?.id).to.equal('r0');
    expect(context.reasons?.[49]?.id).to.equal('r49');
    expect(capped).to.deep.equal([{ operation: 'loadContext', path: 'reasons', length: 10_000, max: 50 }]);
  });

  it('caps the terms’ highlights and the security questions, and leaves short lists alone', async () => {
    const capped: CappedList[] = [];
    const onCapped = (notice: CappedList) => capped.push(notice);
    const highlights = Array.from({ length: 500 }, (_, i) => `第 ${i} 条`);
    const context = await withValidation(answering('loadContext', validContext({ terms: { ...validContext().terms, highlights } })), {
      onCapped,
    }).loadContext({});
    expect(context.terms.highlights).to.have.length(50);
    const questions = Array.from({ length: 100 }, (_, i) => ({ id: `q${i}`, prompt: `问题 ${i}` }));
    const challenge = await withValidation(answering('startVerification', validQuestionsChallenge({ questions })), {
      onCapped,
    }).startVerification({ method: 'security-questions' });
    expect(challenge.method === 'security-questions' && challenge.questions).to.have.length(INPUT_LIMITS.answers);
    expect(capped.map((c) => c.path)).to.deep.equal(['terms.highlights', 'questions']);
    const plain = await withValidation(answering('loadContext', validContext()), { onCapped }).loadContext({});
    expect(plain).to.deep.equal(validContext());
    expect(capped).to.have.length(2);
  });

  it('cuts before checking, so a bad item past the cap does not spoil the answer', async () => {
    const list: unknown[] = [...reasons(60), { id: '', label: 42 }];
    const context = await withValidation(answering('loadContext', validContext({ reasons: list as never }))).loadContext({});
    expect(context.reasons).to.have.length(50);
  });

  it('caps nothing a submit could not carry back: reasons at the reason ids a submit takes, questions at the answers a verify takes', () => {
    expect(LIST_CAPS.loadContext?.find((c) => c.path.join('.') === 'reasons')?.max).to.equal(INPUT_LIMITS.reasonIds);
    expect(LIST_CAPS.startVerification?.find((c) => c.path.join('.') === 'questions')?.max).to.equal(INPUT_LIMITS.answers);
  });
});
