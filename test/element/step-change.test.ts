import { expect, waitUntil } from '@open-wc/testing';
import { createMockAdapter } from '../../src/adapters/mock/index.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { StepId } from '../../src/flow/types.js';
import { click, keepPageVisible, root, settled, waitForStep } from './drive.js';
import { walkTo } from './walk.js';

/** What each step draws once its code and strings are here (the loading line draws none of it). */
const DRAWN: Record<StepId, string> = {
  prepare: '.prepare',
  reason: '.reason',
  verify: '.verify',
  confirm: '.check-list',
  'one-click': '.one-click-verify',
  status: '.status',
  done: '.done',
};

interface Seen {
  step: StepId;
  previousStep: StepId | null;
  drawn: boolean;
  checkboxes: number;
  loadingLine: boolean;
}

let container: HTMLElement | undefined;
afterEach(() => {
  container?.remove();
  container = undefined;
});

/**
 * Mounts a widget that records, at the very moment each `cloudpc-step-change` fires, what a host
 * page scrolling to or measuring the step would find in it.
 */
function mountRecording(mode: 'guided' | 'one-click'): { el: CloudpcUnsubscribe; seen: Seen[]; advance(ms: number): void } {
  let now = Date.parse('2026-11-24T10:00:00+08:00');
  const mock = createMockAdapter({
    now: () => new Date(now),
    latencyMs: 30,
    statusTimeline: { processingAfterMs: 0, doneAfterMs: 60_000 },
  });
  container = document.createElement('div');
  document.body.append(container);
  const el = document.createElement('cloudpc-unsubscribe');
  const seen: Seen[] = [];
  el.addEventListener('cloudpc-step-change', (event) => {
    const { step, previousStep } = event.detail;
    const body = root(el).querySelector(`[part="step"][data-step="${step}"]`);
    seen.push({
      step,
      previousStep,
      drawn: body?.querySelector(DRAWN[step as StepId]) != null,
      checkboxes: body?.querySelectorAll('input[type="checkbox"]').length ?? 0,
      loadingLine: body?.querySelector(':scope > .loading') != null,
    });
  });
  el.adapter = mock;
  el.mode = mode;
  el.persist = 'none';
  container.append(el);
  return { el, seen, advance: (ms) => (now += ms) };
}

describe('cloudpc-step-change', () => {
  keepPageVisible();

  it('fires for the first step only once it is drawn: both checkboxes of prepare are there', async () => {
    const { el, seen } = mountRecording('guided');
    await waitUntil(() => seen.length === 1, 'no step change for the first step', { timeout: 8000 });
    expect(seen[0]).to.deep.include({ step: 'prepare', previousStep: null, drawn: true, loadingLine: false });
    expect(seen[0]!.checkboxes).to.equal(2);
    await settled(el);
    expect(seen).to.have.length(1);
  });

  it('fires for every step of a guided run once the step is drawn, in order', async () => {
    const { el, seen, advance } = mountRecording('guided');
    await settled(el);
    await walkTo(el, 'status');
    advance(61_000);
    await click(el, '立即刷新');
    await waitForStep(el, 'done', 8000);
    expect(seen.map((s) => s.step)).to.deep.equal(['prepare', 'reason', 'verify', 'confirm', 'status', 'done']);
    expect(seen.map((s) => s.previousStep)).to.deep.equal([null, 'prepare', 'reason', 'verify', 'confirm', 'status']);
    for (const s of seen) {
      expect(s.drawn, `${s.step} was drawn when its step change fired`).to.equal(true);
      expect(s.loadingLine, `${s.step} still showed the loading line`).to.equal(false);
    }
  });

  it('fires for the one-click screen once it is drawn', async () => {
    const { el, seen } = mountRecording('one-click');
    await settled(el);
    expect(seen).to.have.length(1);
    expect(seen[0]).to.deep.include({ step: 'one-click', previousStep: null, drawn: true, loadingLine: false });
  });
});
