/**
 * The controllers that work beside the flow, on a small host of their own: what they schedule,
 * what they ask the adapter, what they report, and that removing the element stops all of it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import { createMockAdapter } from '../../src/adapters/mock/index.js';
import { withValidation } from '../../src/contract/validated-adapter.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { PublicEvent } from '../../src/flow/events.js';
import type { Announcement } from '../../src/flow/screen-changes.js';
import type { ErrorInfo, FlowEvent, FlowIntent, FlowState } from '../../src/flow/types.js';
import { resolveOptions } from '../../src/options/index.js';
import { attachBackground, type BesideFlowHost } from '../../src/element/background/index.js';
import { VisibleTimer } from '../../src/element/background/visible-timer.js';
import { validFaceChallenge, validReceipt, validSmsChallenge, validStatus, validVerifyOk } from '../contract/fixtures.js';
import { AT, resolve, send, started } from '../flow/helpers.js';
import { pretendVisibility } from './drive.js';

interface TestHost extends BesideFlowHost {
  state: FlowState;
  updates: number;
  sent: FlowEvent[];
  intents: FlowIntent[];
  failures: ErrorInfo[];
  published: PublicEvent[];
  said: Announcement[];
  focused: string[];
  connect(): void;
  disconnect(): void;
  /** As an element does after each render. */
  rendered(): void;
}

function testHost(state: FlowState, adapter: UnsubscribeAdapter | null = null, now = () => Date.parse(AT)): TestHost {
  const controllers = new Set<ReactiveController>();
  let connected = true;
  const host: TestHost = {
    state,
    updates: 0,
    sent: [],
    intents: [],
    failures: [],
    published: [],
    said: [],
    focused: [],
    addController: (c) => {
      controllers.add(c);
      if (connected) c.hostConnected?.();
    },
    removeController: (c) => void controllers.delete(c),
    requestUpdate: () => void (host.updates += 1),
    updateComplete: Promise.resolve(true),
    get flowState() {
      return host.state;
    },
    flowAdapter: adapter === null ? null : withValidation(adapter),
    resolvedOptions: resolveOptions({ statusPollSeconds: 1 }),
    callLocale: 'zh-CN',
    now,
    sendEvent: (event) => void host.sent.push(event),
    sendIntent: (intent) => void host.intents.push(intent),
    callFailed: (error) => void host.failures.push(error),
    dispatchPublic: (event) => void host.published.push(event),
    announce: (a) => void host.said.push(a),
    focusAfterRender: (id) => void host.focused.push(id),
    connect: () => {
      connected = true;
      for (const c of controllers) c.hostConnected?.();
    },
    disconnect: () => {
      connected = false;
      for (const c of controllers) c.hostDisconnected?.();
    },
    rendered: () => {
      for (const c of controllers) c.hostUpdated?.();
    },
  };
  return host;
}

/** A run on `verify` with SMS chosen and a code sent at AT. */
function smsSent(resendAfterSeconds = 60): FlowState {
  const state = send(started({}), { type: 'CHOOSE_METHOD', method: 'sms' }, { type: 'REQUEST_CHALLENGE', at: AT });
  return { ...resolve(state, { operation: 'startVerification', value: validSmsChallenge({ resendAfterSeconds }) }), step: 'verify' };
}

/** A run on `verify` waiting for the face result. */
function faceWaiting(pollAfterSeconds = 1): FlowState {
  const context = { ...started().context!, verificationMethods: ['face', 'sms'] as const };
  const state = send(
    started({ context: { ...context, verificationMethods: [...context.verificationMethods] } }),
    { type: 'CHOOSE_METHOD', method: 'face' },
    { type: 'REQUEST_CHALLENGE', at: AT },
  );
  return { ...resolve(state, { operation: 'startVerification', value: validFaceChallenge({ pollAfterSeconds }) }), step: 'verify' };
}

/** A run on `status` with a request the back end received. */
function onStatus(): FlowState {
  const receipt = validReceipt();
  return { ...started(), step: 'status', receipt, requestId: receipt.requestId };
}

describe('the controllers beside the flow', () => {
  let restoreVisibility: () => void = () => undefined;
  beforeEach(() => (restoreVisibility = pretendVisibility('visible')));
  afterEach(() => restoreVisibility());

  describe('their shared timer', () => {
    it('waits while the page is hidden and runs at once when it is shown again', async () => {
      let runs = 0;
      const timer = new VisibleTimer(() => (runs += 1));
      timer.start();
      restoreVisibility();
      restoreVisibility = pretendVisibility('hidden');
      timer.schedule(5);
      await new Promise((r) => setTimeout(r, 30));
      expect(runs, 'nothing runs while hidden').to.equal(0);
      expect(timer.pending, 'it came due').to.equal(true);
      restoreVisibility();
      restoreVisibility = pretendVisibility('visible');
      document.dispatchEvent(new Event('visibilitychange'));
      expect(runs).to.equal(1);
      expect(timer.pending).to.equal(false);
      timer.stop();
    });

    it('runs what is scheduled early when the page is shown again, and nothing once stopped', () => {
      let runs = 0;
      const timer = new VisibleTimer(() => (runs += 1));
      timer.start();
      timer.schedule(60_000);
      document.dispatchEvent(new Event('visibilitychange'));
      expect(runs).to.equal(1);
      timer.schedule(60_000);
      timer.stop();
      document.dispatchEvent(new Event('visibilitychange'));
      expect(runs).to.equal(1);
      expect(timer.pending).to.equal(false);
    });
  });

  describe('the verification countdown', () => {
    it('is due at the countdown’s next second and stops when the element is removed', () => {
      const host = testHost(smsSent(60));
      const { ticker } = attachBackground(host);
      host.rendered();
      expect(ticker.active).to.equal(true);
      host.disconnect();
      expect(ticker.active).to.equal(false);
    });

    it('waits for nothing when nothing on screen will change by itself', () => {
      const host = testHost(started());
      const { ticker } = attachBackground(host);
      host.rendered();
      expect(ticker.active).to.equal(false);
    });
  });

  describe('waiting for the face result', () => {
    it('checks every pollAfterSeconds while the result is awaited', async () => {
      const host = testHost(faceWaiting(0.02));
      const { face } = attachBackground(host);
      host.rendered();
      expect(face.active).to.equal(true);
      await waitUntil(() => host.intents.length > 0, 'no check was asked for');
      expect(host.intents[0]).to.deep.equal({ type: 'CHECK' });
    });

    it('stops once there is a proof, and when the element is removed', () => {
      const host = testHost(faceWaiting(60));
      const { face } = attachBackground(host);
      host.rendered();
      expect(face.active).to.equal(true);
      host.state = resolve(
        { ...host.state, pending: { operation: 'verify', seq: 99 }, seq: 99 },
        { operation: 'verify', value: validVerifyOk() },
      );
      host.rendered();
      expect(face.active, 'no polling after the proof').to.equal(false);

      const again = testHost(faceWaiting(60));
      const second = attachBackground(again).face;
      again.rendered();
      again.disconnect();
      expect(second.active).to.equal(false);
      document.dispatchEvent(new Event('visibilitychange'));
      expect(again.intents, 'no longer listening').to.have.length(0);
    });
  });

  describe('the status refresh', () => {
    it('asks at once, passes on what arrives, and stops when the element is removed', async () => {
      const mock = createMockAdapter({ latencyMs: 0 });
      const host = testHost(onStatus(), {
        ...mock,
        getStatus: async ({ requestId }) => validStatus({ requestId, status: 'processing' }),
      });
      const { status } = attachBackground(host);
      host.rendered();
      await waitUntil(() => host.sent.length === 1, 'no status arrived');
      expect(host.sent[0]).to.deep.include({ type: 'STATUS_UPDATED' });
      expect(status.checkedAt).to.not.equal(null);
      expect(status.active, 'the next refresh is due').to.equal(true);
      host.disconnect();
      expect(status.active).to.equal(false);
    });

    it('reports a failed refresh and keeps trying', async () => {
      const mock = createMockAdapter({ latencyMs: 0 });
      const host = testHost(onStatus(), {
        ...mock,
        getStatus: () => Promise.reject({ code: 'server', retryable: true }),
      });
      const { status } = attachBackground(host);
      host.rendered();
      await waitUntil(() => host.failures.length === 1, 'the failure was not reported');
      expect(host.failures[0]).to.deep.equal({ code: 'server', retryable: true });
      expect(status.failing).to.equal(true);
      expect(status.active).to.equal(true);
      host.disconnect();
    });
  });

  describe('the feedback form', () => {
    it('asks for a rating before sending, and moves focus to its own error summary', () => {
      const host = testHost({ ...onStatus(), step: 'done' });
      const { feedback } = attachBackground(host);
      feedback.send();
      expect(feedback.form.errors).to.deep.equal(['rating']);
      expect(host.focused).to.deep.equal(['cpu-feedback-errors']);
      expect(host.published).to.have.length(0);
    });

    it('sends the rating and comment, tells the page, and thanks the subscriber', async () => {
      const received: unknown[] = [];
      const mock = createMockAdapter({ latencyMs: 0 });
      const host = testHost({ ...onStatus(), step: 'done' }, { ...mock, sendFeedback: async (input) => void received.push(input) });
      const { feedback } = attachBackground(host);
      feedback.edit({ rating: 4, comment: '  还行  ' });
      feedback.send();
      await waitUntil(() => feedback.form.phase === 'sent', 'not sent');
      expect(host.published).to.deep.equal([{ name: 'cloudpc-feedback', detail: { rating: 4, comment: '还行' } }]);
      expect(host.said).to.deep.equal([{ kind: 'feedback-sent' }]);
      expect(host.focused).to.deep.equal(['cpu-feedback-thanks']);
      expect(received).to.deep.equal([{ rating: 4, requestId: validReceipt().requestId, comment: '还行' }]);
    });
  });
});
