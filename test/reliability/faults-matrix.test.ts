/**
 * Every fault at every adapter call (issue 6, deliverable 2). Each cell starts from a fresh
 * element, walks to the call, lets the one-shot fault happen, records what the subscriber sees,
 * recovers the way a subscriber would, and checks that the flow completes with what was entered.
 * The observed outcomes form docs/fault-table.md: this file compares it with the committed copy,
 * and rewrites it when run with `--update-snapshots`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { getSnapshotConfig, readFile, writeFile } from '@web/test-runner-commands';
import { createMockAdapter, type MockAdapter } from '../../src/adapters/mock/index.js';
import type { AdapterMethod } from '../../src/contract/adapter.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { StepId } from '../../src/flow/types.js';
import type { UnsubscribeOptions } from '../../src/options/index.js';
import { chooseEffective, choice, click, field, keepPageVisible, root, setChecked, shownText, type } from '../element/drive.js';
import { COMMENT, ORDER, walkTo } from '../element/walk.js';
import { FAULT_MARKER, FAULTS, RETRY_AFTER_SECONDS, withFault, type Fault, type FaultAdapter } from './fault-adapter.js';

const TABLE_PATH = '../../docs/fault-table.md';
const FEEDBACK_COMMENT = '希望流程再短一些';

/**
 * Cells where the widget does not yet keep the promise in full (a missing check in src/, reported
 * to the lead). Marked GAP in the table; the sendFeedback cells expect feedback to be lost exactly where listed.
 */
const KNOWN_GAPS = new Map<string, string>([
  // sendFeedback resolves void, so its answer is never read: a garbled one counts as sent.
  ['malformed/sendFeedback', 'answer not checked: thanks shown, not sent again'],
]);

/** Each adapter call and the step that makes it. */
const CALLS: Array<{ method: AdapterMethod; step: string }> = [
  { method: 'loadContext', step: 'load' },
  { method: 'startVerification', step: 'verify' },
  { method: 'verify', step: 'verify' },
  { method: 'quoteRefund', step: 'confirm' },
  { method: 'submit', step: 'confirm' },
  { method: 'getStatus', step: 'status' },
  { method: 'sendFeedback', step: 'done' },
];

/** What each zh-CN message means, for a short cell text. Order matters: the first match wins. */
const MEANINGS: Array<[string, string]> = [
  ['请先登录', 'blocked: sign-in'],
  ['暂时无法连接退订服务', 'blocked: unreachable'],
  ['退订服务现在太忙', 'blocked: busy'],
  ['退订服务返回的信息有误', 'blocked: invalid data'],
  ['没有可以退订的业务', 'blocked: nothing to unsubscribe'],
  ['登录已失效', 'error: sign-in expired'],
  ['没有找到相关信息', 'error: not found'],
  ['已有退订申请在处理中', 'error: conflict'],
  ['提交的信息有误', 'error: invalid input'],
  ['操作太频繁', 'error: rate-limited'],
  // A new code refused for now is a wait on the send button, not a fault of the service.
  ['请求过于频繁', 'wait on the button'],
  ['网络连接失败', 'error: network'],
  ['服务响应超时', 'error: timeout'],
  // An answer that was not understood is headed as a problem with the service too: its own words first.
  ['服务返回的信息有误', 'error: invalid response'],
  ['服务暂时出现问题', 'error: server'],
  ['服务暂时出现故障', 'error: server'],
];

function isBusy(el: CloudpcUnsubscribe): boolean {
  return Boolean(root(el).querySelector('[aria-busy="true"], .loading'));
}

function hasButton(el: CloudpcUnsubscribe, label: string, enabled = true): boolean {
  return [...root(el).querySelectorAll('button')].some((b) => (b.textContent ?? '').trim() === label && (!enabled || !b.disabled));
}

/** The visible state after the fault, in a few words. */
function describeState(el: CloudpcUnsubscribe, fault: Fault): string {
  const text = shownText(el);
  const parts: string[] = [];
  const meaning = MEANINGS.find(([words]) => text.includes(words));
  if (meaning) parts.push(meaning[1]);
  // The feedback form's own error says which code too: name the form first.
  if (text.includes('评价没有提交成功')) parts.unshift('feedback');
  if (text.includes('秒后重试')) parts.push(`wait ${RETRY_AFTER_SECONDS} s`);
  // A wait the back end asked for holds the retry back until it is over.
  if (['重试', '重新提交评价', '立即刷新'].some((label) => hasButton(el, label, false) && !hasButton(el, label))) parts.push('retry held');
  if (text.includes('正在重新连接')) parts.push('reconnecting note');
  if (text.includes('感谢您的评价！')) parts.push('thanks shown');
  const step = String(el.step ?? 'none');
  if (parts.length === 0) parts.push(isBusy(el) ? 'busy' : fault === 'hang' ? `no change (${step})` : `accepted silently (${step})`);
  return parts.join(', ');
}

/** The widget's deadline in the `deadline` row: short, so a cell stays fast. */
const DEADLINE_SECONDS = 1;

async function mountOn(adapter: FaultAdapter['adapter'], fault: Fault): Promise<CloudpcUnsubscribe> {
  const options: UnsubscribeOptions | undefined = fault === 'deadline' ? { callTimeoutSeconds: DEADLINE_SECONDS } : undefined;
  return fixture<CloudpcUnsubscribe>(
    html`<cloudpc-unsubscribe persist="session" .adapter=${adapter} .options=${options}></cloudpc-unsubscribe>`,
  );
}

/** The cell's mock, whose newest SMS code a walk types. */
let currentMock: MockAdapter | undefined;

/** Waits until the widget has stopped working on something, or `ms` have passed (a hang). */
async function quiet(el: CloudpcUnsubscribe, ms = 1500): Promise<void> {
  await waitUntil(() => !isBusy(el), 'still busy', { timeout: ms }).catch(() => undefined);
  await el.updateComplete;
}

/**
 * Walks on until the request is submitted. The mock finishes a request at once, so the widget may
 * pass `status` on its way to `done`: walkTo's wait for `status` itself would miss it.
 */
async function toSubmitted(el: CloudpcUnsubscribe): Promise<void> {
  // A reload on verify asks for a new SMS, which carries a new code.
  await walkTo(el, 'confirm', () => currentMock?.lastSmsCode());
  if (el.step !== 'confirm') return;
  await chooseEffective(el);
  await waitUntil(() => root(el).querySelector('table'), 'the quote did not show');
  await click(el, '确认退订');
  await waitUntil(() => el.step === 'status' || el.step === 'done', `not submitted: ${shownText(el)}`, { timeout: 4000 });
}

async function toDone(el: CloudpcUnsubscribe): Promise<void> {
  await toSubmitted(el);
  await waitUntil(() => el.step === 'done' && root(el).querySelector('#cpu-feedback-comment'), `done not reached (${shownText(el)})`, {
    timeout: 4000,
  });
}

async function sendFeedback(el: CloudpcUnsubscribe): Promise<void> {
  await setChecked(el, choice(el, '4 分：满意'));
  await type(el, field<HTMLTextAreaElement>(el, 'feedback-comment'), FEEDBACK_COMMENT);
  await click(el, /评价/);
}

/** Walks to the call and makes it (the fault strikes there). */
async function trigger(el: CloudpcUnsubscribe, method: AdapterMethod): Promise<void> {
  if (method === 'loadContext') return;
  if (method === 'sendFeedback') return toDone(el).then(() => sendFeedback(el));
  const before: Partial<Record<AdapterMethod, StepId>> = {
    startVerification: 'verify',
    verify: 'verify',
    quoteRefund: 'verify',
    submit: 'confirm',
  };
  if (method === 'getStatus') return toSubmitted(el);
  await walkTo(el, before[method] ?? 'status');
  if (method === 'startVerification') await click(el, '发送验证码');
  if (method === 'verify') {
    await click(el, '发送验证码');
    await waitUntil(() => root(el).querySelector('input#cpu-code'), 'the code field did not appear');
    await type(el, field(el, 'code'), '123456');
    await click(el, '验证');
  }
  if (method === 'quoteRefund') {
    await click(el, '发送验证码');
    await waitUntil(() => root(el).querySelector('input#cpu-code'), 'the code field did not appear');
    await type(el, field(el, 'code'), '123456');
    await click(el, '验证');
    await waitUntil(() => el.step === 'confirm', 'confirm not reached');
    // The quote is asked for once the subscriber chooses when it takes effect.
    await chooseEffective(el);
  }
  if (method === 'submit') {
    await chooseEffective(el);
    await waitUntil(() => root(el).querySelector('table'), 'the quote did not show');
    await click(el, '确认退订');
  }
}

interface Recovery {
  el: CloudpcUnsubscribe;
  how: string;
}

/** What a subscriber would do next: retry, go back and on, refresh, or reload the page. */
async function recover(el: CloudpcUnsubscribe, faulty: FaultAdapter, method: AdapterMethod, fault: Fault): Promise<Recovery> {
  if (hasButton(el, '重试', false) || hasButton(el, '重新提交评价', false)) {
    const label = hasButton(el, '重试', false) ? '重试' : '重新提交评价';
    await waitUntil(() => hasButton(el, label), 'the retry stayed disabled', { timeout: (RETRY_AFTER_SECONDS + 2) * 1000 });
    if (label === '重新提交评价') await sendFeedback(el);
    else await click(el, label);
    return { el, how: 'retry' };
  }
  const waiting = root(el).querySelector<HTMLButtonElement>('button[aria-describedby="cpu-code-resend-wait"]:disabled');
  if (waiting !== null && el.step === 'verify' && root(el).querySelector('input#cpu-code') === null) {
    await waitUntil(() => !waiting.isConnected || !waiting.disabled, 'the wait did not end', { timeout: (RETRY_AFTER_SECONDS + 2) * 1000 });
    await el.updateComplete;
    return { el, how: 'waited' };
  }
  if (hasButton(el, '立即刷新', false)) {
    // Held while a wait the back end asked for runs.
    await waitUntil(() => hasButton(el, '立即刷新'), 'the refresh stayed disabled', { timeout: (RETRY_AFTER_SECONDS + 2) * 1000 });
    await click(el, '立即刷新');
    return { el, how: 'refresh' };
  }
  // A quote that failed for good leaves no table and no retry on confirm: back a step and on asks again.
  const quoteMissing = el.step === 'confirm' && !root(el).querySelector('table');
  if ((isBusy(el) || quoteMissing) && hasButton(el, '返回上一步')) {
    await click(el, '返回上一步');
    // Back from confirm lands on a verified step, whose "continue" asks for the quote again.
    if (el.step === 'verify' && hasButton(el, '继续')) await click(el, '继续');
    return { el, how: 'back' };
  }
  if (isBusy(el) || !el.step) {
    // Nothing on screen can end the wait: the subscriber reloads; the session snapshot resumes the flow.
    el.remove();
    const again = await mountOn(faulty.adapter, fault);
    await quiet(again);
    return { el: again, how: 'reload' };
  }
  // An error with no retry (or none shown): doing the same thing again is the way on.
  if (method === 'sendFeedback' && !shownText(el).includes('感谢您的评价！')) await sendFeedback(el);
  return { el, how: 'again' };
}

/** Runs one cell and returns its outcome text; throws when a promise of the issue is broken. */
async function runCell(fault: Fault, method: AdapterMethod): Promise<string> {
  sessionStorage.clear();
  const mock: MockAdapter = createMockAdapter({
    verificationMethods: ['sms'],
    latencyMs: 0,
    // A reload in the middle asks for a new code at once; the resend wait is tested elsewhere.
    resendAfterSeconds: 0,
    statusTimeline: { processingAfterMs: 0, doneAfterMs: 0 },
  });
  currentMock = mock;
  const faulty = withFault(mock, method, fault);
  const uncaught: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    let el = await mountOn(faulty.adapter, fault);
    await quiet(el, method === 'loadContext' ? 300 : 1500);
    await trigger(el, method);
    await waitUntil(() => faulty.calls() >= 1, `${method} was never called`);
    // Past the deadline the widget gives up on the call: the cell says what the subscriber sees then.
    if (fault === 'deadline') {
      await waitUntil(() => faulty.abortedByWidget(), 'the widget did not give up at its deadline', {
        timeout: (DEADLINE_SECONDS + 2) * 1000,
      });
      await el.updateComplete;
    }
    await quiet(el, fault === 'hang' ? 300 : 1500);
    // The mock finishes a request at once: a submit the widget accepted moves on to done with the
    // live status's first answer. Let that settle, so the cell says where the subscriber ends up.
    if (method === 'submit' && el.step === 'status') {
      await waitUntil(() => el.step === 'done', 'status settled', { timeout: 1500 }).catch(() => undefined);
      await quiet(el);
    }
    const seen = describeState(el, fault);
    expect(shownText(el), 'a developer message reached the screen').not.to.contain(FAULT_MARKER);
    const recovery = await recover(el, faulty, method, fault);
    el = recovery.el;
    await quiet(el);
    const aborted = faulty.abortedByWidget() ? ' (call aborted)' : '';

    const late = method === 'getStatus' || method === 'sendFeedback';
    if (method === 'sendFeedback') {
      if (!shownText(el).includes('感谢您的评价！')) await sendFeedback(el);
      await waitUntil(() => shownText(el).includes('感谢您的评价！'), `no thanks: ${shownText(el)}`);
      const lost = mock.feedback().length === 0;
      expect(lost, 'feedback lost').to.equal(KNOWN_GAPS.has(`${fault}/${method}`));
      if (!lost) expect(mock.feedback().map((f) => f.comment)).to.deep.equal([FEEDBACK_COMMENT]);
    } else if (method === 'getStatus') {
      await waitUntil(() => el.step === 'done', `done not reached: ${shownText(el)}`, { timeout: 4000 });
    } else {
      await toSubmitted(el);
    }
    const step = el.step;
    expect(step ? ORDER.indexOf(step) : -1, `ended at ${String(step)}`).to.be.at.least(ORDER.indexOf(late ? 'done' : 'status'));
    // Exactly one request, carrying the reason and comment typed before the fault.
    expect(mock.requests()).to.have.length(1);
    const submitted = mock.calls.filter((c) => c.method === 'submit').at(-1)?.input as { comment?: string; reasonIds: string[] };
    expect(submitted.comment).to.equal(COMMENT);
    expect(submitted.reasonIds).to.have.length.greaterThan(0);
    expect(uncaught).to.deep.equal([]);
    el.remove();
    const gap = KNOWN_GAPS.get(`${fault}/${method}`);
    return `${gap ? 'GAP: ' : ''}${seen}; ${recovery.how}${aborted} -> ${late ? 'done' : 'ok'}${gap ? ` (${gap})` : ''}`;
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

function renderTable(outcomes: Map<string, string>): string {
  const cells = [
    ['fault', ...CALLS.map((c) => `${c.method}@${c.step}`)],
    ...FAULTS.map((fault) => [fault, ...CALLS.map((c) => outcomes.get(`${fault}/${c.method}`) ?? 'FAILED')]),
  ];
  // Padded as prettier pads a table (the cells are ASCII, so a character is a column), so the
  // generated file also passes `prettier --check`.
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  const [header, ...rows] = cells.map(line);
  const rule = line(widths.map((w) => '-'.repeat(w)));
  return [
    '# Fault table',
    '',
    '<!-- GENERATED by test/reliability/faults-matrix.test.ts: do not edit. -->',
    '',
    'What the subscriber sees when one adapter call fails once, and how the flow goes on. Each cell is',
    'observed by `test/reliability/faults-matrix.test.ts` (a fresh `<cloudpc-unsubscribe>` on the mock adapter,',
    'wrapped by `test/reliability/fault-adapter.ts`). The test fails when this file differs from what it',
    'observed; `npx web-test-runner test/reliability/faults-matrix.test.ts --update-snapshots` rewrites it.',
    '',
    'Faults: `abort` rejects with an `AbortError` the widget did not cause; `hang` never settles and ignores its',
    "signal (observed before the widget's deadline); `deadline` is the same hang past the deadline",
    `(\`options.callTimeoutSeconds: ${DEADLINE_SECONDS}\`); the HTTP statuses are the \`UnsubscribeError\` the HTTP adapter makes of them (429 with`,
    `\`retryAfterSeconds: ${RETRY_AFTER_SECONDS}\`), and so are \`redirect\` (a 307 to another origin) and \`oversized\` (a 12 MB`,
    'answer, cut at 256 KB; `sendFeedback` never reads its body); `malformed` resolves an HTML string; `inconsistent` resolves',
    'data that contradicts itself or the question (a period ending before it starts, refund > paid, an SMS',
    'code that expires before it may be resent, "pending" for an SMS code, a receipt due in the past, a status',
    'for another request, a value from `sendFeedback`).',
    '',
    'Every cell also asserts: no developer message on screen, no uncaught error, exactly one request created,',
    'carrying the reason and comment entered before the fault, and the flow reaching `status` (`done` for',
    '`getStatus` and `sendFeedback`). Recovery: `retry` (the retry button), `refresh` (the status refresh),',
    '`back` (back a step and on), `reload` (a new element resuming from the session snapshot), `again` (the',
    'same action once more). `GAP` marks a cell where the widget does not yet check what it was given.',
    '',
    header,
    rule,
    ...rows,
    '',
  ].join('\n');
}

describe('fault matrix: every fault at every adapter call', function () {
  this.timeout(15000);
  keepPageVisible();
  const outcomes = new Map<string, string>();

  for (const fault of FAULTS) {
    describe(fault, () => {
      for (const { method } of CALLS) {
        it(`at ${method}: a defined state, input kept, and the flow completes`, async () => {
          outcomes.set(`${fault}/${method}`, await runCell(fault, method));
        });
      }
    });
  }

  describe('docs/fault-table.md', () => {
    it('is what the cells above observed', async () => {
      const observed = renderTable(outcomes);
      const { updateSnapshots } = await getSnapshotConfig();
      if (updateSnapshots) await writeFile({ path: TABLE_PATH, content: observed });
      const committed = await readFile({ path: TABLE_PATH });
      if (committed === observed) return;
      console.log(`docs/fault-table.md should be:\n${observed}`);
      // Only the lines that differ, so the failure says which cells changed.
      const was = (committed ?? '').split('\n');
      const changed = observed.split('\n').filter((row, i) => row !== was[i]);
      expect.fail(`docs/fault-table.md is stale (run with --update-snapshots); observed:\n${changed.join('\n')}`);
    });
  });
});
