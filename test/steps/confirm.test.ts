import { expect, waitUntil } from '@open-wc/testing';
import { createMockAdapter, type MockAdapter, type MockAdapterOptions } from '../../src/adapters/mock/index.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { RefundQuote, SubmitInput } from '../../src/contract/types.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { FlowAnswers } from '../../src/flow/types.js';
import { translator, type Locale } from '../../src/i18n/index.js';
import { createFormatters } from '../../src/i18n/format.js';
import type { UnsubscribeOptions } from '../../src/options/index.js';
import {
  choice,
  click,
  field,
  findButton,
  focused,
  mount,
  root,
  setChecked,
  shiftClockTo,
  shownText,
  type,
  waitForStep,
} from '../element/drive.js';
import { checkListAt } from './check-list-layout.js';

// ---- fixtures

/** Monday 28 September 2026, 10:00 Beijing time: two working days before the National Day holiday. */
const NOW = '2026-09-28T10:00:00+08:00';

const ANSWERS: FlowAnswers = {
  pickedSubscriptionId: null,
  backupAcknowledged: true,
  termsAcknowledged: true,
  reasonIds: ['too-expensive', 'other'],
  comment: '换用公司配发的电脑',
  effective: 'immediately',
  method: null,
};

/**
 * Writes a resume snapshot, as if the subscriber had reloaded on `confirm` with these answers:
 * these tests open the check page directly and so do not depend on how the earlier steps look.
 */
function seedSnapshot(answers: Partial<FlowAnswers> = {}): void {
  const snapshot = {
    version: 1,
    mode: 'guided',
    step: 'confirm',
    subscriptionId: null,
    answers: { ...ANSWERS, ...answers },
    offersSeen: [],
    idempotencyKey: null,
    receipt: null,
    requestId: null,
  };
  sessionStorage.setItem('cloudpc-unsubscribe:default', JSON.stringify(snapshot));
}

/** The mock behind a thin adapter that records the quotes it answered and can hold them back. */
interface QuoteSpy {
  adapter: UnsubscribeAdapter;
  quotes: RefundQuote[];
  hold(): void;
  release(): void;
}

function spyOnQuotes(mock: MockAdapter): QuoteSpy {
  const quotes: RefundQuote[] = [];
  let gate: Promise<void> | null = null;
  let open: () => void = () => undefined;
  const adapter: UnsubscribeAdapter = {
    loadContext: (input, options) => mock.loadContext(input, options),
    startVerification: (input, options) => mock.startVerification(input, options),
    verify: (input, options) => mock.verify(input, options),
    submit: (input, options) => mock.submit(input, options),
    getStatus: (input, options) => mock.getStatus(input, options),
    sendFeedback: (input, options) => mock.sendFeedback(input, options),
    quoteRefund: async (input, options) => {
      const quote = await mock.quoteRefund(input, options);
      if (gate) await gate;
      quotes.push(quote);
      return quote;
    },
  };
  return {
    adapter,
    quotes,
    hold: () => {
      gate = new Promise((resolve) => (open = resolve));
    },
    release: () => {
      gate = null;
      open();
    },
  };
}

interface Fixture {
  el: CloudpcUnsubscribe;
  mock: MockAdapter;
  spy: QuoteSpy;
}

interface OpenOptions {
  locale?: Locale;
  answers?: Partial<FlowAnswers>;
  mock?: MockAdapterOptions;
  options?: UnsubscribeOptions;
  /** Hold the first quote back, to see the page while it loads. */
  holdQuote?: boolean;
}

/** The widget opened on `confirm` with the default answers and no verification, the quote shown (once an effective time is chosen). */
async function openConfirm(o: OpenOptions = {}): Promise<Fixture> {
  seedSnapshot(o.answers);
  const mock = createMockAdapter({ now: () => new Date(NOW), latencyMs: 0, verificationMethods: [], ...o.mock });
  const spy = spyOnQuotes(mock);
  if (o.holdQuote) spy.hold();
  const el = await mount({
    adapter: spy.adapter,
    locale: o.locale ?? 'zh-CN',
    persist: 'session',
    ...(o.options ? { options: o.options } : {}),
  });
  expect(el.step).to.equal('confirm');
  // With no effective time chosen there is no quote to wait for.
  if (!o.holdQuote && o.answers?.effective !== null) await quoteShown(el);
  return { el, mock, spy };
}

async function quoteShown(el: CloudpcUnsubscribe): Promise<void> {
  await waitUntil(() => root(el).querySelector('.quote-table'), 'the quote was not shown', { timeout: 4000 });
  await el.updateComplete;
}

/** findButton matches substrings (验证 is inside 发送验证码); this matches the whole text. */
function exactly(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** The change links' accessible names ("修改 退订原因"), in order. */
function changeLinks(el: CloudpcUnsubscribe): string[] {
  return [...root(el).querySelectorAll('.check-list__action button')].map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** The check list as [label, value] pairs as laid out (line breaks become spaces). */
function rows(el: CloudpcUnsubscribe): Array<[string, string]> {
  const clean = (node: HTMLElement | null) => (node?.innerText ?? '').replace(/\s+/g, ' ').trim();
  return [...root(el).querySelectorAll('.check-list__row')].map((row) => [
    clean(row.querySelector('dt')),
    clean(row.querySelector<HTMLElement>('.check-list__value')),
  ]);
}

/** The quote table as { label: amount }. */
function quoteLines(el: CloudpcUnsubscribe): Record<string, string> {
  const lines: Record<string, string> = {};
  for (const row of root(el).querySelectorAll('.quote-table tbody tr')) {
    lines[(row.querySelector('th')?.textContent ?? '').trim()] = (row.querySelector('td')?.textContent ?? '').trim();
  }
  return lines;
}

function submitCalls(mock: MockAdapter): SubmitInput[] {
  return mock.calls.filter((c) => c.method === 'submit').map((c) => c.input as SubmitInput);
}

function quoteCalls(mock: MockAdapter): string[] {
  return mock.calls.filter((c) => c.method === 'quoteRefund').map((c) => (c.input as { effective: string }).effective);
}

function money(locale: Locale, fen: number): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(fen / 100);
}

// China's official calendar around National Day 2026 (State Council notice, content_7047091),
// written out here so the expected dates do not come from the code under test.
const OFF_DAYS = [
  '2026-09-25',
  '2026-09-26',
  '2026-09-27',
  '2026-10-01',
  '2026-10-02',
  '2026-10-03',
  '2026-10-04',
  '2026-10-05',
  '2026-10-06',
  '2026-10-07',
];
const MAKE_UP_WORKDAYS = ['2026-09-20', '2026-10-10'];

function addWorkingDaysByHand(start: string, count: number, off = OFF_DAYS, makeUp = MAKE_UP_WORKDAYS): string {
  const day = new Date(`${start}T00:00:00Z`);
  let left = count;
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    const ymd = day.toISOString().slice(0, 10);
    const weekday = day.getUTCDay();
    if (makeUp.includes(ymd) || (weekday !== 0 && weekday !== 6 && !off.includes(ymd))) left -= 1;
  }
  return day.toISOString().slice(0, 10);
}

/** The shared formatter's range: the dates come from the hand count, the words from the i18n module. */
function dateRange(locale: Locale, from: string, to: string): string {
  return createFormatters(locale).dateRange(from, to);
}

const zh = translator('zh-CN');
const en = translator('en');

// ---- tests

describe('confirm step', () => {
  let restoreClock: () => void = () => undefined;

  beforeEach(() => {
    sessionStorage.clear();
    restoreClock = shiftClockTo(NOW);
  });

  afterEach(() => {
    restoreClock();
    sessionStorage.clear();
  });

  describe('the answers', () => {
    it('lists the service, the account, the reasons and the comment, with a change link that names it on each answer', async () => {
      const { el } = await openConfirm();
      expect(rows(el)).to.deep.equal([
        ['退订业务', '移动云电脑（软件版） 畅享型 4核8G · 100GB 云盘 · 包年'],
        ['账号', '王小明（138****8000） 账号 ID：CMCC-ACC-2025031800127'],
        ['退订原因', '费用过高 其他'],
        ['具体原因', '换用公司配发的电脑'],
      ]);
      for (const label of ['退订原因', '具体原因']) {
        const link = findButton(el, `修改 ${label}`);
        expect(link.getAttribute('part')).to.equal('link-action');
      }
      await expect(el).to.be.accessible();
    });

    it('shows the service and the account as facts, with no change link, in both languages', async () => {
      const { el } = await openConfirm();
      expect(changeLinks(el)).to.deep.equal(['修改 退订原因', '修改 具体原因']);
      const english = await openConfirm({ locale: 'en' });
      expect(changeLinks(english.el)).to.deep.equal(['Change Why you are leaving', 'Change More about why']);
    });

    it('puts each answer under its label on a phone-wide widget, and beside it on a wide one', async () => {
      const { el } = await openConfirm();
      for (const row of await checkListAt(el, '340px')) {
        expect(row.under, `${row.label} under its label`).to.equal(true);
        expect(row.share, `${row.label}'s share of the line`).to.be.greaterThan(0.6);
      }
      for (const row of await checkListAt(el, '720px')) expect(row.under, `${row.label} beside its label`).to.equal(false);
    });

    it('leaves out the verification row when the operator allows no verification', async () => {
      const { el } = await openConfirm();
      expect(rows(el).map(([label]) => label)).to.not.include('验证方式');
      expect(shownText(el)).to.not.contain('修改 验证方式');
    });

    it('says plainly when no comment was given', async () => {
      const { el } = await openConfirm({ answers: { reasonIds: ['rarely-used'], comment: '' } });
      expect(rows(el).slice(2)).to.deep.equal([
        ['退订原因', '使用频率低'],
        ['具体原因', '未填写'],
      ]);
    });

    it('goes back to prepare with Back and returns with Continue, keeping every answer and the quote', async () => {
      const { el, mock } = await openConfirm();
      await click(el, '返回上一步');
      await waitForStep(el, 'reason');
      await click(el, '返回上一步');
      await waitForStep(el, 'prepare');
      expect((field(el, 'backup') as HTMLInputElement).checked).to.equal(true);
      expect((field(el, 'terms') as HTMLInputElement).checked).to.equal(true);
      await click(el, exactly('继续'));
      await waitForStep(el, 'reason');
      await click(el, exactly('继续'));
      await waitForStep(el, 'confirm');
      expect(rows(el)[2]).to.deep.equal(['退订原因', '费用过高 其他']);
      expect(rows(el)[3]).to.deep.equal(['具体原因', '换用公司配发的电脑']);
      expect(quoteCalls(mock)).to.deep.equal(['immediately']);
      expect(root(el).querySelector('.quote-table')).to.not.equal(null);
    });

    it('changes the reasons and the comment on the reason step, and shows the new ones after Continue', async () => {
      const { el } = await openConfirm();
      await click(el, '修改 具体原因');
      await waitForStep(el, 'reason');
      await type(el, field<HTMLTextAreaElement>(el, 'comment'), '公司统一采购了电脑');
      await click(el, exactly('继续'));
      await waitForStep(el, 'confirm');
      expect(rows(el)[3]).to.deep.equal(['具体原因', '公司统一采购了电脑']);

      await click(el, '修改 退订原因');
      await waitForStep(el, 'reason');
      expect(choice(el, '费用过高').checked).to.equal(true);
      await click(el, exactly('继续'));
      await waitForStep(el, 'confirm');
      expect(rows(el)[2]).to.deep.equal(['退订原因', '费用过高 其他']);
    });

    it('shows the verification method as done, with no change link, and submits with the proof', async () => {
      seedSnapshot({ method: 'sms' });
      const mock = createMockAdapter({ now: () => new Date(NOW), latencyMs: 0, verificationMethods: ['sms', 'security-questions'] });
      const el = await mount({ adapter: mock, persist: 'session' });
      // The proof is never stored, so a reload on confirm lands on verify first.
      await waitForStep(el, 'verify');
      await click(el, exactly(zh('verify.sms.send')));
      await waitUntil(() => mock.lastSmsCode() !== undefined && root(el).querySelector('input#cpu-code'), 'no SMS code field');
      await el.updateComplete;
      await type(el, field(el, 'code'), mock.lastSmsCode() as string);
      await click(el, exactly(zh('verify.sms.check')));
      await waitForStep(el, 'confirm');
      await quoteShown(el);
      expect(rows(el)[4]).to.deep.equal(['验证方式', '短信验证码（已验证）']);
      expect(changeLinks(el)).to.not.include('修改 验证方式');
      await click(el, '确认退订');
      await waitForStep(el, 'status');
      const [submitted] = submitCalls(mock);
      expect(submitted?.proof).to.be.a('string').and.not.equal('');
    });
  });

  describe('the effective time', () => {
    it('chooses nothing for the subscriber: both options open, the penalty beside the early one, no quote until one is chosen', async () => {
      for (const locale of ['zh-CN', 'en'] as const) {
        sessionStorage.clear();
        const t = translator(locale);
        const { el, mock } = await openConfirm({ locale, answers: { effective: null } });
        const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[name="cpu-effective"]')];
        expect(radios.map((r) => [r.value, r.checked])).to.deep.equal([
          ['immediately', false],
          ['end-of-term', false],
        ]);
        const penalty = locale === 'en' ? 'CN¥50.00' : '¥50.00';
        expect(shownText(el)).to.contain(`${t('effective.immediately')} ${t('confirm.effective.hint.immediately', { penalty })}`);
        expect(shownText(el)).to.match(
          locale === 'en'
            ? /At the end of the current billing period You can use your cloud PC until 1 June 2027 at 00:00 \(Beijing time\)/
            : /当前计费周期结束时生效 云电脑可用到 2027年6月1日 00:00（北京时间）/,
        );
        expect(shownText(el)).to.contain(t('confirm.quote.choose'));
        expect(quoteCalls(mock)).to.deep.equal([]);

        // The button is live: pressing it says what is missing, and sends nothing.
        await click(el, t('confirm.submit'));
        expect(root(el).querySelector('[part~="error-summary"]')?.textContent).to.contain(t('field.effectiveRequired'));
        expect(submitCalls(mock)).to.have.length(0);
        await expect(el).to.be.accessible();

        await setChecked(el, choice(el, t('effective.immediately')));
        await quoteShown(el);
        expect(quoteCalls(mock)).to.deep.equal(['immediately']);
        el.remove();
      }
    });

    it('offers both options as radios and re-quotes when the choice changes, showing the new numbers', async () => {
      const { el, mock, spy } = await openConfirm();
      const immediately = spy.quotes[0] as RefundQuote;
      expect(quoteLines(el)['退款金额']).to.equal(money('zh-CN', immediately.refund.amount));
      expect(immediately.refund.amount).to.be.greaterThan(0);

      spy.hold();
      await setChecked(el, choice(el, '当前计费周期结束时生效'));
      // The old numbers are stale the moment the choice changes: none are shown while loading.
      expect(root(el).querySelector('.quote-table')).to.equal(null);
      expect(shownText(el)).to.contain('正在计算退款金额…');
      expect(findButton(el, '确认退订').disabled).to.equal(true);
      spy.release();
      await quoteShown(el);

      expect(quoteCalls(mock)).to.deep.equal(['immediately', 'end-of-term']);
      const endOfTerm = spy.quotes[1] as RefundQuote;
      expect(quoteLines(el)).to.deep.equal({
        已付金额: money('zh-CN', endOfTerm.paid.amount),
        已使用金额: money('zh-CN', endOfTerm.used.amount),
        违约金: money('zh-CN', 0),
        退款金额: '¥0.00',
      });
      expect(shownText(el)).to.contain('本次退订没有可退的费用，不会退款。');
      expect(shownText(el)).to.not.contain('预计到账');
      // The end of the paid year, in Beijing time.
      expect(shownText(el)).to.contain('2027年6月1日 00:00（北京时间）起，云电脑停止服务');
      expect(choice(el, '当前计费周期结束时生效').checked).to.equal(true);
    });

    it('shows a single effective option as a row with its instant, not as a choice', async () => {
      const { el } = await openConfirm({ mock: { context: { terms: { effectiveOptions: ['immediately'] } } } });
      expect(root(el).querySelector('input[type="radio"]')).to.equal(null);
      expect(rows(el).at(-1)).to.deep.equal(['生效时间', '立即生效 2026年9月28日 10:00（北京时间）']);
      await expect(el).to.be.accessible();
    });
  });

  describe('the refund quote', () => {
    it('shows paid, used, penalty and the refund as yuan with two decimals (zh-CN)', async () => {
      const { el, spy } = await openConfirm();
      const quote = spy.quotes[0] as RefundQuote;
      const lines = quoteLines(el);
      expect(Object.keys(lines)).to.deep.equal(['已付金额', '已使用金额', '违约金', '退款金额']);
      for (const amount of Object.values(lines)) expect(amount).to.match(/^¥\d{1,3}(,\d{3})*\.\d{2}$/);
      expect(lines['已付金额']).to.equal('¥588.00');
      expect(lines['违约金']).to.equal('¥50.00');
      expect(quote.paid.amount - quote.used.amount - quote.penalty.amount).to.equal(quote.refund.amount);
      expect(lines['已使用金额']).to.equal(money('zh-CN', quote.used.amount));
      expect(lines['退款金额']).to.equal(money('zh-CN', quote.refund.amount));
      expect(root(el).querySelector('.quote-total strong')?.textContent).to.equal(lines['退款金额']);
      expect(shownText(el)).to.contain('退款方式 原路退回');
    });

    it('shows the amounts as CN¥ with two decimals in English', async () => {
      const { el } = await openConfirm({ locale: 'en' });
      const lines = quoteLines(el);
      expect(Object.keys(lines)).to.deep.equal(['You paid', 'Used so far', 'Early cancellation penalty', 'Refund']);
      for (const amount of Object.values(lines)) expect(amount).to.match(/^CN¥\d{1,3}(,\d{3})*\.\d{2}$/);
      expect(lines['You paid']).to.equal('CN¥588.00');
    });

    it('gives the arrival window as real dates on the China calendar, across the National Day holiday', async () => {
      // The known answer of the calendar's README checks the hand count used below.
      expect(addWorkingDaysByHand('2026-09-30', 7)).to.equal('2026-10-15');
      const earliest = addWorkingDaysByHand('2026-09-28', 7);
      const latest = addWorkingDaysByHand('2026-09-28', 15);
      expect([earliest, latest]).to.deep.equal(['2026-10-13', '2026-10-23']);

      const { el } = await openConfirm();
      expect(shownText(el)).to.contain(`预计到账 ${dateRange('zh-CN', earliest, latest)}（7–15 个工作日）`);
    });

    it('counts the arrival window on the operator’s own calendar, in English', async () => {
      // A calendar with no holidays at all: plain Monday to Friday.
      const { el } = await openConfirm({ locale: 'en', options: { calendar: { offDays: [], makeUpWorkdays: [] } } });
      const earliest = addWorkingDaysByHand('2026-09-28', 7, [], []);
      const latest = addWorkingDaysByHand('2026-09-28', 15, [], []);
      expect([earliest, latest]).to.deep.equal(['2026-10-07', '2026-10-19']);
      expect(shownText(el)).to.contain(`Expected to arrive ${dateRange('en', earliest, latest)} (7 to 15 working days)`);
    });

    it('shows a loading line, no numbers and no enabled submit while the quote loads', async () => {
      for (const locale of ['zh-CN', 'en'] as const) {
        sessionStorage.clear();
        const { el, spy } = await openConfirm({ locale, holdQuote: true });
        const t = translator(locale);
        expect(shownText(el)).to.contain(t('confirm.quote.loading'));
        expect(root(el).querySelector('.quote-table')).to.equal(null);
        expect(root(el).querySelector('.quote')?.getAttribute('aria-busy')).to.equal('true');
        expect(findButton(el, t('confirm.submit')).disabled).to.equal(true);
        await expect(el).to.be.accessible();
        spy.release();
        await quoteShown(el);
        expect(findButton(el, t('confirm.submit')).disabled).to.equal(false);
        el.remove();
      }
    });

    it('offers a retry when the quote cannot be had, and shows it once it comes', async () => {
      for (const locale of ['zh-CN', 'en'] as const) {
        sessionStorage.clear();
        const t = translator(locale);
        const { el } = await openConfirm({ locale, holdQuote: true, mock: { failures: { quoteRefund: { code: 'server', times: 1 } } } });
        await waitUntil(() => shownText(el).includes(t('serviceError.title')), 'no service error');
        expect(shownText(el)).to.contain(t('confirm.quote.unavailable'));
        expect(findButton(el, t('confirm.submit')).disabled).to.equal(true);
        await expect(el).to.be.accessible();
        el.remove();
      }
    });
  });

  describe('what the subscriber loses', () => {
    it('says when the service stops and the exact time the data is erased', async () => {
      const { el } = await openConfirm();
      expect(shownText(el)).to.contain(
        '2026年9月28日 10:00（北京时间）起，云电脑停止服务，无法再登录。 云电脑中的数据保留到 2026年10月5日 10:00（北京时间），之后彻底删除，无法恢复。',
      );
      const english = await openConfirm({ locale: 'en' });
      expect(shownText(english.el)).to.contain(
        'The data on your cloud PC is kept until 5 October 2026 at 10:00 (Beijing time), then erased for good. It cannot be recovered.',
      );
    });

    it('says the data will be erased, but not when, when the operator gives no retention period', async () => {
      const { el } = await openConfirm({ locale: 'en', mock: { context: { terms: { dataRetentionDays: undefined } } } });
      expect(shownText(el)).to.contain(
        'After the service stops, the data on your cloud PC will be erased. Once erased, it cannot be recovered.',
      );
      expect(shownText(el)).to.not.contain('kept until');
      const zhEl = (await openConfirm({ mock: { context: { terms: { dataRetentionDays: undefined } } } })).el;
      expect(shownText(zhEl)).to.contain('服务停止后，云电脑中的数据将被删除，删除后无法恢复。');
    });
  });

  describe('submitting', () => {
    it('sends one request with every answer, the quote and an idempotency key, then shows the status', async () => {
      const { el, mock, spy } = await openConfirm();
      const button = findButton(el, '确认退订');
      expect(button.getAttribute('part')).to.equal('primary-action');
      await click(el, '确认退订');
      await waitForStep(el, 'status');
      const calls = submitCalls(mock);
      expect(calls).to.have.length(1);
      const [input] = calls as [SubmitInput];
      expect(input).to.deep.equal({
        subscriptionId: 'CPC-SW-8800012345',
        reasonIds: ['too-expensive', 'other'],
        comment: '换用公司配发的电脑',
        effective: 'immediately',
        quoteId: (spy.quotes[0] as RefundQuote).quoteId,
        idempotencyKey: input.idempotencyKey,
      });
      expect(input.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    });

    it('sends the end-of-term choice and its quote when that was chosen', async () => {
      const { el, mock, spy } = await openConfirm({ answers: { effective: 'end-of-term' } });
      await click(el, '确认退订');
      await waitForStep(el, 'status');
      const [input] = submitCalls(mock) as [SubmitInput];
      expect(input.effective).to.equal('end-of-term');
      expect(input.quoteId).to.equal((spy.quotes[0] as RefundQuote).quoteId);
    });

    it('sends one request for a double click', async () => {
      const { el, mock } = await openConfirm({ mock: { latencyMs: 30 } });
      const button = findButton(el, '确认退订');
      button.click();
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-busy')).to.equal('true');
      expect(shownText(el)).to.contain('正在提交退订申请…');
      button.click();
      await waitForStep(el, 'status');
      expect(submitCalls(mock)).to.have.length(1);
    });

    it('shows the service error after a failed submit, keeps the page, and the retry reuses the same key', async () => {
      const { el, mock } = await openConfirm({ mock: { failures: { submit: { code: 'server', times: 1 } } } });
      const before = rows(el);
      await click(el, '确认退订');
      await waitUntil(() => shownText(el).includes('服务暂时出现问题'), 'no service error');
      expect(el.step).to.equal('confirm');
      expect(shownText(el)).to.contain('服务暂时出现故障，请稍后重试。');
      expect(shownText(el)).to.contain('您填写的内容都已保留。');
      expect(rows(el)).to.deep.equal(before);
      expect(root(el).querySelector('.quote-table')).to.not.equal(null);
      expect(findButton(el, '确认退订').disabled).to.equal(false);

      await click(el, '确认退订');
      await waitForStep(el, 'status');
      const calls = submitCalls(mock);
      expect(calls).to.have.length(2);
      expect(calls[1]?.idempotencyKey).to.equal(calls[0]?.idempotencyKey);
      expect(mock.requests()).to.have.length(1);
    });

    it('retries with the same key from the service error’s own retry button', async () => {
      const { el, mock } = await openConfirm({ locale: 'en', mock: { failures: { submit: { code: 'network', times: 1 } } } });
      await click(el, 'Confirm unsubscribe');
      await waitUntil(() => shownText(el).includes(en('serviceError.title.connection')), 'no service error');
      await click(el, exactly(en('action.retry')));
      await waitForStep(el, 'status');
      const [first, second] = submitCalls(mock);
      expect(second?.idempotencyKey).to.equal(first?.idempotencyKey);
    });

    it('stays accessible after a failed submit, in both languages', async () => {
      for (const locale of ['zh-CN', 'en'] as const) {
        sessionStorage.clear();
        const t = translator(locale);
        const { el } = await openConfirm({ locale, mock: { failures: { submit: { code: 'server', times: 1 } } } });
        await click(el, t('confirm.submit'));
        await waitUntil(() => shownText(el).includes(t('serviceError.title')), 'no service error');
        await expect(el).to.be.accessible();
        el.remove();
      }
    });
  });

  describe('accessibility', () => {
    it('is accessible when loaded, in Chinese and in English', async () => {
      for (const locale of ['zh-CN', 'en'] as const) {
        sessionStorage.clear();
        const { el } = await openConfirm({ locale });
        await expect(el).to.be.accessible();
        el.remove();
      }
    });

    it('labels the quote table and its rows, and gives the refund in a status line', async () => {
      const { el } = await openConfirm({ locale: 'en' });
      const table = root(el).querySelector('.quote-table');
      expect(table?.getAttribute('aria-labelledby')).to.equal('cpu-quote-title');
      expect(root(el).querySelector('#cpu-quote-title')?.textContent).to.equal('Your refund');
      expect([...(table?.querySelectorAll('tbody th') ?? [])].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
      expect(root(el).querySelector('.quote [role="status"]')?.textContent).to.match(/^Refund: CN¥/);
    });

    it('moves focus to the heading when the check page opens after a change', async () => {
      const { el } = await openConfirm();
      await click(el, '修改 退订原因');
      await waitForStep(el, 'reason');
      await click(el, exactly('继续'));
      await waitForStep(el, 'confirm');
      expect(focused(el)?.getAttribute('part')).to.equal('heading');
    });
  });
});
