import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
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

/** Asks for an SMS code and types the one the mock's phone received (or `code`); 确认退订 checks it. */
async function typeSmsCode(el: CloudpcUnsubscribe, mock: MockAdapter, locale: Locale, code?: string): Promise<void> {
  const t = translator(locale);
  await click(el, exactly(t('verify.sms.send')));
  await waitUntil(() => mock.lastSmsCode() !== undefined && root(el).querySelector('input#cpu-code'), 'no SMS code field');
  await el.updateComplete;
  await type(el, field(el, 'code'), code ?? (mock.lastSmsCode() as string));
}

/** The centre of a control in the page, scrolled into view, for a real tap. */
function centreOf(control: Element): { x: number; y: number } {
  control.scrollIntoView({ block: 'center' });
  const box = control.getBoundingClientRect();
  return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
}

async function tap(el: CloudpcUnsubscribe, control: Element): Promise<void> {
  const { x, y } = centreOf(control);
  await sendMouse({ type: 'click', position: [x, y] });
  await el.updateComplete;
}

function calls(mock: MockAdapter, method: string): unknown[] {
  return mock.calls.filter((c) => c.method === method);
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
    await typeSmsCode(el, mock, 'zh-CN');
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

  describe('one press checks the code and submits', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      it(`takes three taps from the screen to the status: send the code, the code field, 确认退订 (${locale})`, async () => {
        const t = translator(locale);
        const { el, mock } = await openOneClick({ locale });
        const taps: string[] = [];
        const count = (e: Event): void => void taps.push((e.composedPath()[0] as Element).tagName);
        document.addEventListener('pointerdown', count, true);
        try {
          await tap(el, findButton(el, exactly(t('verify.sms.send'))));
          await waitUntil(() => mock.lastSmsCode() !== undefined && root(el).querySelector('input#cpu-code'), 'no SMS code field');
          await el.updateComplete;
          await tap(el, field(el, 'code'));
          await sendKeys({ type: mock.lastSmsCode() as string });
          await el.updateComplete;
          await tap(el, findButton(el, t('confirm.submit')));
          await waitForStep(el, 'status');
        } finally {
          document.removeEventListener('pointerdown', count, true);
        }
        expect(taps, 'taps').to.have.length(3);
        expect(mock.calls.map((c) => c.method).filter((m) => m !== 'getStatus')).to.deep.equal([
          'loadContext',
          'quoteRefund',
          'startVerification',
          'verify',
          'submit',
        ]);
        expect(submitCalls(mock)[0]?.proof).to.be.a('string');
      });

      it(`stops before submitting when the code is wrong, with the error on the code field (${locale})`, async () => {
        const t = translator(locale);
        const { el, mock } = await openOneClick({ locale });
        await typeSmsCode(el, mock, locale, '000000');
        await click(el, t('confirm.submit'));
        await waitUntil(() => root(el).querySelector('#cpu-code-error'), 'no error on the code field');
        await el.updateComplete;
        expect(root(el).querySelector('#cpu-code-error')?.textContent).to.contain(t('field.codeWrong', { attempts: 4 }));
        expect(field(el, 'code').getAttribute('aria-invalid')).to.equal('true');
        expect(focused(el)?.getAttribute('part')).to.equal('error-summary');
        expect(submitCalls(mock)).to.have.length(0);
        expect(el.step).to.equal('one-click');
        expect(field(el, 'code').value, 'what was typed is kept').to.equal('000000');
      });
    }

    it('asks for the code, not for "verify first", when 确认退订 is pressed with the code box empty', async () => {
      const { el, mock } = await openOneClick();
      await click(el, exactly('发送验证码'));
      await waitUntil(() => root(el).querySelector('input#cpu-code'), 'no SMS code field');
      await click(el, '确认退订');
      expect(root(el).querySelector('#cpu-code-error')?.textContent).to.contain('请输入短信验证码');
      expect(calls(mock, 'verify')).to.have.length(0);
    });

    it('has one primary button: 确认退订 (sending the code is secondary, and there is no separate check)', async () => {
      const { el } = await openOneClick();
      const primaries = () => [...root(el).querySelectorAll('[part~="primary-action"]')].map((b) => b.textContent?.trim());
      expect(primaries()).to.deep.equal(['确认退订']);
      await click(el, exactly('发送验证码'));
      await waitUntil(() => root(el).querySelector('input#cpu-code'), 'no SMS code field');
      expect(primaries()).to.deep.equal(['确认退订']);
      expect(() => findButton(el, exactly('验证'))).to.throw();
    });

    it('submits with the Enter key from the code field', async () => {
      const { el, mock } = await openOneClick();
      await typeSmsCode(el, mock, 'zh-CN');
      field(el, 'code').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      await waitForStep(el, 'status');
      expect(submitCalls(mock)).to.have.length(1);
    });
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
        await typeSmsCode(el, mock, locale, '000000');
        await click(el, t('confirm.submit'));
        await waitUntil(() => shownText(el).includes(t('field.codeWrong', { attempts: 4 })), 'no wrong-code error');
        await el.updateComplete;
        await expect(el).to.be.accessible();

        await type(el, field(el, 'code'), mock.lastSmsCode() as string);
        await click(el, t('confirm.submit'));
        await waitUntil(() => shownText(el).includes(t('serviceError.title')), 'no service error');
        expect(shownText(el)).to.contain(t('verify.verified.title'));
        await expect(el).to.be.accessible();
      });
    }
  });
});
