import { expect, waitUntil } from '@open-wc/testing';
import { createMockAdapter, type MockAdapter, type MockAdapterOptions } from '../../src/adapters/mock/index.js';
import type { SubmitInput } from '../../src/contract/types.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import { translator, type Locale } from '../../src/i18n/index.js';
import {
  chooseEffective,
  choice,
  click,
  field,
  findButton,
  focused,
  mount,
  recordEvents,
  root,
  setChecked,
  shiftClockTo,
  shownText,
  type,
  waitForStep,
} from '../element/drive.js';
import { checkListAt } from './check-list-layout.js';

// ---- fixtures

/** Monday 28 September 2026, 10:00 Beijing time. */
const NOW = '2026-09-28T10:00:00+08:00';

interface Fixture {
  el: CloudpcUnsubscribe;
  mock: MockAdapter;
}

/**
 * The widget in one-click mode, the subscriber having chosen "immediately" (nothing is chosen for
 * them) and its quote shown. SMS is the only method unless told otherwise.
 */
async function openOneClick(o: { locale?: Locale; mock?: MockAdapterOptions } = {}): Promise<Fixture> {
  const mock = createMockAdapter({ now: () => new Date(NOW), latencyMs: 0, verificationMethods: ['sms'], ...o.mock });
  const el = await mount({ adapter: mock, mode: 'one-click', locale: o.locale ?? 'zh-CN' });
  expect(el.step).to.equal('one-click');
  await chooseEffective(el);
  await quoteShown(el);
  return { el, mock };
}

async function quoteShown(el: CloudpcUnsubscribe): Promise<void> {
  await waitUntil(() => root(el).querySelector('.quote-table'), 'the quote was not shown', { timeout: 4000 });
  await el.updateComplete;
}

function exactly(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** Picks a reason in the optional reason select ('' for none), as a subscriber would. */
async function pickReason(el: CloudpcUnsubscribe, reasonId: string): Promise<void> {
  const select = field<HTMLSelectElement>(el, 'reasons');
  select.value = reasonId;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Verifies by SMS with the verify step's own controls and the code the mock's phone received. */
async function verifyBySms(el: CloudpcUnsubscribe, mock: MockAdapter, locale: Locale): Promise<void> {
  const t = translator(locale);
  await click(el, exactly(t('verify.sms.send')));
  await waitUntil(() => mock.lastSmsCode() !== undefined && root(el).querySelector('#cpu-code'), 'no SMS code field');
  await el.updateComplete;
  await type(el, field(el, 'code'), mock.lastSmsCode() as string);
  await click(el, exactly(t('verify.sms.check')));
  await waitUntil(() => shownText(el).includes(t('verify.verified.title')), 'not verified');
  await el.updateComplete;
}

function submitCalls(mock: MockAdapter): SubmitInput[] {
  return mock.calls.filter((c) => c.method === 'submit').map((c) => c.input as SubmitInput);
}

// ---- tests

describe('one-click screen', () => {
  let restoreClock: () => void = () => undefined;

  beforeEach(() => {
    sessionStorage.clear();
    restoreClock = shiftClockTo(NOW);
  });

  afterEach(() => {
    restoreClock();
    sessionStorage.clear();
  });

  it('shows the service, the account, an optional reason, the verification, the effective choice, the quote and 确认退订 on one screen', async () => {
    const { el } = await openOneClick();
    const text = shownText(el);
    expect(text).to.contain('一键退订');
    expect(text).to.contain('移动云电脑（软件版）');
    expect(text).to.contain('王小明（138****8000）');
    expect(text).to.contain('退订原因（选填）');
    expect(text).to.contain('验证身份');
    expect(findButton(el, exactly('发送验证码'))).to.exist;
    expect(choice(el, '立即生效').checked).to.equal(true);
    expect(root(el).querySelector('.quote-table')).to.not.equal(null);
    expect(findButton(el, '确认退订').getAttribute('part')).to.equal('primary-action');
    // One screen: no Continue and no Back, only "keep my subscription".
    expect(() => findButton(el, exactly('继续'))).to.throw();
    expect(() => findButton(el, '返回上一步')).to.throw();
    expect(findButton(el, '不退订了，保留业务')).to.exist;
  });

  it('chooses no effective time for the subscriber, shows the penalty beside 立即生效, and quotes once one is chosen', async () => {
    const mock = createMockAdapter({ now: () => new Date(NOW), latencyMs: 0, verificationMethods: [] });
    const el = await mount({ adapter: mock, mode: 'one-click' });
    expect(choice(el, '立即生效').checked).to.equal(false);
    expect(choice(el, '当前计费周期结束时生效').checked).to.equal(false);
    expect(mock.calls.filter((c) => c.method === 'quoteRefund')).to.have.length(0);
    expect(shownText(el)).to.contain('立即生效 云电脑马上停止服务，需支付违约金 ¥50.00');
    expect(shownText(el)).to.contain('选择生效时间后，这里会列出退款明细。');
    await click(el, '确认退订');
    expect(shownText(el)).to.contain('请选择生效时间');
    expect(submitCalls(mock)).to.have.length(0);
    await chooseEffective(el, 'end-of-term');
    await quoteShown(el);
    expect(mock.calls.filter((c) => c.method === 'quoteRefund').map((c) => (c.input as { effective: string }).effective)).to.deep.equal([
      'end-of-term',
    ]);
  });

  it('puts the service and the account under their labels on a phone-wide widget, and beside them on a wide one', async () => {
    const { el } = await openOneClick();
    for (const row of await checkListAt(el, '340px')) {
      expect(row.under, `${row.label} under its label`).to.equal(true);
      expect(row.share, `${row.label}'s share of the line`).to.be.greaterThan(0.9);
    }
    for (const row of await checkListAt(el, '720px')) expect(row.under, `${row.label} beside its label`).to.equal(false);
  });

  it('unsubscribes in one go: reason, SMS code, confirm, then the status', async () => {
    const { el, mock } = await openOneClick();
    const events = recordEvents(el);
    await pickReason(el, 'rarely-used');
    await verifyBySms(el, mock, 'zh-CN');
    await click(el, '确认退订');
    await waitForStep(el, 'status');

    const calls = submitCalls(mock);
    expect(calls).to.have.length(1);
    const [input] = calls as [SubmitInput];
    expect(input.subscriptionId).to.equal('CPC-SW-8800012345');
    expect(input.reasonIds).to.deep.equal(['rarely-used']);
    expect(input.effective).to.equal('immediately');
    expect(input.quoteId).to.match(/^Q-\d+$/);
    expect(input.proof).to.be.a('string').and.not.equal('');
    expect(input.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(input).to.not.have.property('comment');
    expect(mock.requests()).to.have.length(1);
    expect(events.map((e) => e.type)).to.include.members(['cloudpc-verified', 'cloudpc-submitted', 'cloudpc-step-change']);
  });

  it('submits without a reason, since the reason is optional here', async () => {
    const { el, mock } = await openOneClick({ mock: { verificationMethods: [] } });
    expect(root(el).querySelector('.one-click-verify')).to.equal(null);
    await click(el, '确认退订');
    await waitForStep(el, 'status');
    expect(submitCalls(mock)[0]?.reasonIds).to.deep.equal([]);
  });

  it('asks for the comment when the chosen reason needs one, and keeps it when the reason changes', async () => {
    const { el, mock } = await openOneClick({ mock: { verificationMethods: [] } });
    expect(root(el).querySelector('#cpu-comment')).to.equal(null);
    await pickReason(el, 'other');
    expect(root(el).querySelector('#cpu-comment')).to.not.equal(null);

    await click(el, '确认退订');
    expect(shownText(el)).to.contain('请先处理以下问题');
    expect(shownText(el)).to.contain('请填写具体原因');
    expect(root(el).querySelector('[part~="error-summary"] a')?.getAttribute('href')).to.equal('#cpu-comment');
    expect(submitCalls(mock)).to.have.length(0);

    await type(el, field<HTMLTextAreaElement>(el, 'comment'), '公司统一配发了电脑');
    await pickReason(el, 'too-expensive');
    expect(field<HTMLTextAreaElement>(el, 'comment').value).to.equal('公司统一配发了电脑');
    await pickReason(el, 'other');
    await click(el, '确认退订');
    await waitForStep(el, 'status');
    const [input] = submitCalls(mock) as [SubmitInput];
    expect(input.reasonIds).to.deep.equal(['other']);
    expect(input.comment).to.equal('公司统一配发了电脑');
  });

  it('clears the reason when "prefer not to say" is picked again', async () => {
    const { el, mock } = await openOneClick({ mock: { verificationMethods: [] } });
    await pickReason(el, 'performance');
    await pickReason(el, '');
    await click(el, '确认退订');
    await waitForStep(el, 'status');
    expect(submitCalls(mock)[0]?.reasonIds).to.deep.equal([]);
  });

  it('does not submit before the subscriber has verified, and says why', async () => {
    const { el, mock } = await openOneClick();
    await click(el, '确认退订');
    expect(shownText(el)).to.contain('请先完成身份验证');
    expect(submitCalls(mock)).to.have.length(0);
    expect(el.step).to.equal('one-click');
  });

  it('re-quotes when the effective time changes and shows the new numbers', async () => {
    const { el, mock } = await openOneClick({ mock: { verificationMethods: [] } });
    const before = root(el).querySelector('.quote-total td')?.textContent?.trim();
    await setChecked(el, choice(el, '当前计费周期结束时生效'));
    await waitUntil(() => root(el).querySelector('.quote-total td')?.textContent?.trim() === '¥0.00', 'the new quote was not shown');
    expect(before).to.not.equal('¥0.00');
    const effectives = mock.calls.filter((c) => c.method === 'quoteRefund').map((c) => (c.input as { effective: string }).effective);
    expect(effectives).to.deep.equal(['immediately', 'end-of-term']);
    await click(el, '确认退订');
    await waitForStep(el, 'status');
    expect(submitCalls(mock)[0]?.effective).to.equal('end-of-term');
  });

  it('keeps the screen after a failed submit and retries with the same key', async () => {
    const { el, mock } = await openOneClick({ mock: { verificationMethods: [], failures: { submit: { code: 'server', times: 1 } } } });
    await pickReason(el, 'found-better');
    await click(el, '确认退订');
    await waitUntil(() => shownText(el).includes('服务暂时出现问题'), 'no service error');
    expect(el.step).to.equal('one-click');
    expect(field<HTMLSelectElement>(el, 'reasons').value).to.equal('found-better');
    await click(el, '确认退订');
    await waitForStep(el, 'status');
    const [first, second] = submitCalls(mock);
    expect(second?.idempotencyKey).to.equal(first?.idempotencyKey);
  });

  describe('accessibility', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      it(`is accessible when loaded, with errors, once verified and after a failed submit (${locale})`, async () => {
        const t = translator(locale);
        const { el, mock } = await openOneClick({ locale, mock: { failures: { submit: { code: 'server', times: 1 } } } });
        await expect(el).to.be.accessible();

        await pickReason(el, 'other');
        await click(el, t('confirm.submit'));
        expect(shownText(el)).to.contain(t('field.commentRequired'));
        expect(focused(el)?.getAttribute('part')).to.equal('error-summary');
        await expect(el).to.be.accessible();

        await type(el, field<HTMLTextAreaElement>(el, 'comment'), 'Moving to a desktop PC');
        await verifyBySms(el, mock, locale);
        await expect(el).to.be.accessible();

        await click(el, t('confirm.submit'));
        await waitUntil(() => shownText(el).includes(t('serviceError.title')), 'no service error');
        await expect(el).to.be.accessible();
      });
    }
  });
});
