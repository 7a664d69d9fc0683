import { expect, waitUntil } from '@open-wc/testing';
import { createMockAdapter, type MockAdapter } from '../../src/adapters/mock/index.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { Locale } from '../../src/i18n/index.js';
import {
  chooseEffective,
  choice,
  click,
  field,
  focused,
  keepPageVisible,
  recordEvents,
  root,
  setChecked,
  settled,
  shownText,
  stringsIn,
  type,
  waitForStep,
} from './drive.js';

/** A clock the mock reads, moved by the test (the status timeline runs on it). */
function clock(start = Date.parse('2026-11-24T10:00:00+08:00')) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

interface Run {
  el: CloudpcUnsubscribe;
  mock: MockAdapter;
  log: Array<{ type: string; detail: unknown }>;
  time: ReturnType<typeof clock>;
  texts: string[];
}

let container: HTMLElement | undefined;
afterEach(() => {
  container?.remove();
  container = undefined;
});

async function start(locale: Locale, mode: 'guided' | 'one-click' = 'guided'): Promise<Run> {
  const time = clock();
  const mock = createMockAdapter({
    now: time.now,
    verificationMethods: ['sms', 'security-questions'],
    statusTimeline: { processingAfterMs: 0, doneAfterMs: 60_000 },
  });
  container = document.createElement('div');
  document.body.append(container);
  const log = recordEvents(container);
  const el = document.createElement('cloudpc-unsubscribe');
  el.adapter = mock;
  el.locale = locale;
  el.mode = mode;
  el.persist = 'none';
  container.append(el);
  await settled(el);
  return { el, mock, log, time, texts: [] };
}

const L = {
  'zh-CN': {
    cont: '继续',
    back: '返回上一步',
    sms: '短信验证码',
    send: '发送验证码',
    check: '验证',
    submit: '确认退订',
    refresh: '立即刷新',
    rating: '5 分',
    feedback: '提交评价',
    reason: '费用过高',
  },
  en: {
    cont: 'Continue',
    back: 'Back',
    sms: 'Text message code',
    send: 'Send code',
    check: 'Check code',
    submit: 'Confirm unsubscribe',
    refresh: 'Refresh now',
    rating: '5',
    feedback: 'Send feedback',
    reason: 'It costs too much',
  },
} as const;

function heading(el: CloudpcUnsubscribe): Element | null {
  return root(el).querySelector('[part~="heading"]');
}

async function note(run: Run): Promise<void> {
  await run.el.updateComplete;
  run.texts.push(shownText(run.el));
  await expect(run.el).to.be.accessible();
}

/** prepare → reason → verify → confirm → status → done, as a subscriber clicks through it. */
async function walkGuided(run: Run, locale: Locale): Promise<void> {
  const { el, mock } = run;
  const l = L[locale];
  expect(el.step).to.equal('prepare');
  await note(run);
  await setChecked(el, field(el, 'backup'));
  await setChecked(el, field(el, 'terms'));
  await click(el, l.cont);
  await waitForStep(el, 'reason');
  expect(focused(el)).to.equal(heading(el));
  await note(run);

  await setChecked(el, choice(el, l.reason));
  await type(el, field<HTMLTextAreaElement>(el, 'comment'), '  公司统一采购了电脑  ');
  await click(el, l.cont);
  await waitForStep(el, 'verify');
  expect(focused(el)).to.equal(heading(el));
  await note(run);

  // Back keeps what was entered, and focus lands on the heading again.
  await click(el, l.back);
  await waitForStep(el, 'reason');
  expect(focused(el)).to.equal(heading(el));
  expect(choice(el, l.reason).checked).to.equal(true);
  expect(field<HTMLTextAreaElement>(el, 'comment').value).to.equal('  公司统一采购了电脑  ');
  await click(el, l.cont);
  await waitForStep(el, 'verify');

  await setChecked(el, choice(el, l.sms));
  await click(el, l.send);
  await waitUntil(() => root(el).querySelector('input#cpu-code'), 'the code field did not appear');
  await note(run);
  await type(el, field(el, 'code'), '１２３４５６');
  await click(el, l.check);
  await waitForStep(el, 'confirm');
  await chooseEffective(el);
  await waitUntil(() => el.step === 'confirm' && root(el).querySelector('table'), 'the quote did not show');
  await note(run);

  await click(el, l.submit);
  await waitForStep(el, 'status');
  await waitUntil(() => run.log.some((e) => e.type === 'cloudpc-status-change'), 'no status arrived');
  await note(run);

  run.time.advance(61_000);
  await click(el, l.refresh);
  await waitForStep(el, 'done');
  await note(run);

  await setChecked(el, choice(el, l.rating));
  await click(el, l.feedback);
  await waitUntil(() => mock.feedback().length === 1, 'the feedback was not sent');
  await waitUntil(() => run.log.some((e) => e.type === 'cloudpc-feedback'), 'the page did not hear of the feedback');
}

describe('a whole guided run with the mock adapter', () => {
  keepPageVisible();

  it('makes each adapter call once, with the arguments the subscriber gave, and fires the events in order', async () => {
    const run = await start('zh-CN');
    await walkGuided(run, 'zh-CN');
    const { mock, log } = run;
    const [receipt] = mock.requests();
    expect(receipt, 'one request was created').to.not.equal(undefined);
    const requestId = receipt!.requestId;

    const calls = mock.calls;
    expect(calls.map((c) => c.method)).to.deep.equal([
      'loadContext',
      'startVerification',
      'verify',
      'quoteRefund',
      'submit',
      'getStatus',
      'getStatus',
      'sendFeedback',
    ]);
    expect(calls[0]!.input).to.deep.equal({});
    expect(calls[1]!.input).to.deep.equal({ method: 'sms' });
    expect(calls[2]!.input).to.deep.include({ method: 'sms', code: '123456' });
    expect(calls[3]!.input).to.deep.include({ effective: 'immediately' });
    const submitted = calls[4]!.input as Record<string, unknown>;
    expect(submitted).to.deep.include({ reasonIds: ['too-expensive'], comment: '公司统一采购了电脑', effective: 'immediately' });
    expect(submitted.proof).to.be.a('string');
    expect(submitted.idempotencyKey).to.be.a('string');
    expect(calls[5]!.input).to.deep.equal({ requestId });
    expect(calls[7]!.input).to.deep.include({ requestId, rating: 5 });

    expect(log.map((e) => e.type)).to.deep.equal([
      'cloudpc-step-change',
      'cloudpc-step-change',
      'cloudpc-step-change',
      'cloudpc-step-change',
      'cloudpc-step-change',
      'cloudpc-verified',
      'cloudpc-step-change',
      'cloudpc-submitted',
      'cloudpc-step-change',
      'cloudpc-status-change',
      'cloudpc-status-change',
      'cloudpc-complete',
      'cloudpc-step-change',
      'cloudpc-feedback',
    ]);
    const steps = log.filter((e) => e.type === 'cloudpc-step-change').map((e) => e.detail);
    expect(steps).to.deep.equal([
      { step: 'prepare', previousStep: null },
      { step: 'reason', previousStep: 'prepare' },
      { step: 'verify', previousStep: 'reason' },
      { step: 'reason', previousStep: 'verify' },
      { step: 'verify', previousStep: 'reason' },
      { step: 'confirm', previousStep: 'verify' },
      { step: 'status', previousStep: 'confirm' },
      { step: 'done', previousStep: 'status' },
    ]);
    expect(log.find((e) => e.type === 'cloudpc-verified')!.detail).to.deep.equal({ method: 'sms' });
    expect(log.find((e) => e.type === 'cloudpc-submitted')!.detail).to.deep.equal({ requestId });
    expect(log.filter((e) => e.type === 'cloudpc-status-change').map((e) => e.detail)).to.deep.equal([
      { requestId, status: 'processing' },
      { requestId, status: 'completed' },
    ]);
    expect(log.find((e) => e.type === 'cloudpc-complete')!.detail).to.deep.equal({ requestId, status: 'completed' });
    expect(log.at(-1)!.detail).to.deep.equal({ rating: 5, comment: '' });
    // No event carries a secret.
    expect(JSON.stringify(log)).to.not.contain('123456');
    expect(JSON.stringify(log)).to.not.contain(String(submitted.proof));
  });

  it("shows no Chinese in English other than the back end's own data", async () => {
    const run = await start('en');
    await walkGuided(run, 'en');
    const adapterStrings = [
      ...stringsIn(await run.mock.loadContext({})),
      ...stringsIn(
        await run.mock.quoteRefund({ subscriptionId: (await run.mock.loadContext({})).subscription.id, effective: 'immediately' }),
      ),
    ]
      .filter((s) => /[\u3400-\u9fff]/.test(s))
      .sort((a, b) => b.length - a.length);
    for (const text of run.texts) {
      let rest = text;
      for (const data of adapterStrings) rest = rest.split(data).join(' ');
      // The comment is the subscriber's own words.
      rest = rest.split('公司统一采购了电脑').join(' ');
      expect(rest.match(/[\u3400-\u9fff][^A-Za-z]*/g) ?? [], rest).to.deep.equal([]);
    }
  });
});

describe('a whole one-click run with the mock adapter', () => {
  keepPageVisible();

  it('is one screen, then status and done, with each call made once', async () => {
    const run = await start('zh-CN', 'one-click');
    const { el, mock, log } = run;
    const l = L['zh-CN'];
    expect(el.step).to.equal('one-click');
    await chooseEffective(el);
    await waitUntil(() => root(el).querySelector('table'), 'the quote did not show');
    await note(run);
    await setChecked(el, choice(el, l.sms));
    await click(el, l.send);
    await waitUntil(() => root(el).querySelector('input#cpu-code'), 'the code field did not appear');
    await type(el, field(el, 'code'), '123 456');
    await note(run);
    // One press: 确认退订 checks the code, then submits on the proof.
    await click(el, l.submit);
    await waitForStep(el, 'status');
    expect(log.some((e) => e.type === 'cloudpc-verified')).to.equal(true);
    await waitUntil(() => log.some((e) => e.type === 'cloudpc-status-change'), 'no status arrived');
    run.time.advance(61_000);
    await click(el, l.refresh);
    await waitForStep(el, 'done');

    expect(mock.calls.map((c) => c.method)).to.deep.equal([
      'loadContext',
      'quoteRefund',
      'startVerification',
      'verify',
      'submit',
      'getStatus',
      'getStatus',
    ]);
    expect(mock.calls[3]!.input).to.deep.include({ code: '123456' });
    expect(mock.calls[4]!.input).to.deep.include({ reasonIds: [] });
    expect(mock.requests()).to.have.length(1);
    expect(log.filter((e) => e.type === 'cloudpc-step-change').map((e) => e.detail)).to.deep.equal([
      { step: 'one-click', previousStep: null },
      { step: 'status', previousStep: 'one-click' },
      { step: 'done', previousStep: 'status' },
    ]);
  });
});
