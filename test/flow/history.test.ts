import { expect } from '@open-wc/testing';
import { HISTORY_KEY, historyLanding, historyMove, markerIn } from '../../src/flow/history.js';
import type { FlowState } from '../../src/flow/types.js';
import { validContext, validQuote, validReceipt } from '../contract/fixtures.js';
import { AT, resolve, send, started } from './helpers.js';

const FLOW = 'default:guided';

function atReason(): FlowState {
  return send(
    started(),
    { type: 'SET_ACK', which: 'backup', value: true },
    { type: 'SET_ACK', which: 'terms', value: true },
    { type: 'CONTINUE' },
  );
}

describe('browser history decisions', () => {
  it('marks the entry the widget found on its first screen, and pushes one per step on', () => {
    const loading = { ...started(), phase: 'loading' as const };
    expect(historyMove(loading, started(), null, FLOW)).to.deep.equal({
      kind: 'replace',
      marker: { flow: FLOW, step: 'prepare', depth: 0 },
    });
    expect(historyMove(started(), atReason(), { flow: FLOW, step: 'prepare', depth: 0 }, FLOW)).to.deep.equal({
      kind: 'push',
      marker: { flow: FLOW, step: 'reason', depth: 1 },
    });
  });

  it("rewrites the current entry on the widget's own Back, and a browser Back onto that step goes on back", () => {
    const back = send(atReason(), { type: 'BACK' });
    expect(historyMove(atReason(), back, { flow: FLOW, step: 'reason', depth: 1 }, FLOW)).to.deep.equal({
      kind: 'replace',
      marker: { flow: FLOW, step: 'prepare', depth: 1 },
    });
    // Back from that rewritten entry (depth 1) lands on the entry of the same step (depth 0).
    expect(historyLanding(back, { flow: FLOW, step: 'prepare', depth: 0 }, 1)).to.deep.equal({ kind: 'intent', intent: { type: 'BACK' } });
    expect(historyLanding(back, { flow: FLOW, step: 'prepare', depth: 0 }, null)).to.equal(null);
  });

  it("turns the browser's Back into the flow's BACK, a jump into GO_TO, and Forward into CONTINUE", () => {
    expect(historyLanding(atReason(), { flow: FLOW, step: 'prepare', depth: 0 })).to.deep.equal({
      kind: 'intent',
      intent: { type: 'BACK' },
    });
    const atVerify = send(atReason(), { type: 'SET_REASON', reasonId: 'price', selected: true }, { type: 'CONTINUE' });
    expect(historyLanding(atVerify, { flow: FLOW, step: 'prepare', depth: 0 })).to.deep.equal({
      kind: 'intent',
      intent: { type: 'GO_TO', step: 'prepare' },
    });
    expect(historyLanding(atReason(), { flow: FLOW, step: 'verify', depth: 2 })).to.deep.equal({
      kind: 'intent',
      intent: { type: 'CONTINUE' },
    });
  });

  it('after submitting, replaces the last entry and skips the dead ones in one go', () => {
    const noChecks = started({ context: validContext({ verificationMethods: [] }) });
    const walked = send(
      noChecks,
      { type: 'SET_ACK', which: 'backup', value: true },
      { type: 'SET_ACK', which: 'terms', value: true },
      { type: 'CONTINUE' },
      { type: 'SET_REASON', reasonId: 'price', selected: true },
      { type: 'CONTINUE' },
    );
    const confirm = resolve(walked, { operation: 'quoteRefund', value: validQuote() });
    const submitted = resolve(send(confirm, { type: 'SUBMIT', idempotencyKey: 'k', at: AT }), {
      operation: 'submit',
      value: validReceipt(),
    });
    expect(submitted.step).to.equal('status');
    expect(historyMove(confirm, submitted, { flow: FLOW, step: 'confirm', depth: 2 }, FLOW)).to.deep.equal({
      kind: 'replace',
      marker: { flow: FLOW, step: 'status', depth: 2 },
    });
    expect(historyLanding(submitted, { flow: FLOW, step: 'reason', depth: 1 })).to.deep.equal({ kind: 'go', delta: -2 });
    expect(historyLanding(submitted, { flow: FLOW, step: 'status', depth: 2 })).to.equal(null);
  });

  it("reads only this flow's marker, whatever else the page keeps in the entry", () => {
    const entry = { route: 'unsubscribe', [HISTORY_KEY]: { flow: FLOW, step: 'reason', depth: 1 } };
    expect(markerIn(entry, FLOW)).to.deep.equal({ flow: FLOW, step: 'reason', depth: 1 });
    expect(markerIn(entry, 'CPC-2:guided')).to.equal(null);
    expect(markerIn({ route: 'home' }, FLOW)).to.equal(null);
    expect(markerIn('a string', FLOW)).to.equal(null);
    expect(markerIn({ [HISTORY_KEY]: { flow: FLOW, step: 'reason', depth: -1 } }, FLOW)).to.equal(null);
  });
});
