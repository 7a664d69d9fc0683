import { expect, waitUntil } from '@open-wc/testing';
import { createMockAdapter, type MockAdapter, type MockAdapterOptions } from '../../src/adapters/mock/index.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import { translator, type Locale } from '../../src/i18n/index.js';
import { createFormatters } from '../../src/i18n/format.js';
import type { UnsubscribeOptions } from '../../src/options/index.js';
import { arrivalWindow, CN_CALENDAR } from '../../src/refund/index.js';
import {
  capturingWarnings,
  choice,
  field,
  findButton,
  focused,
  keepPageVisible,
  liveRegion,
  mount,
  recordEvents,
  root,
  setChecked,
  shownText,
  type,
  submitThroughScreens,
  waitForStep,
} from '../element/drive.js';

const START = '2026-03-10T02:00:00Z'; // 10:00 on a Tuesday, Beijing time
const SUBMITTED = '2026-03-10T10:00:00+08:00';
/** The request is finished at the first status check. */
const AT_ONCE = { processingAfterMs: 0, doneAfterMs: 0 };

function mockWith(options: MockAdapterOptions = {}): MockAdapter {
  return createMockAdapter({ now: () => new Date(START), latencyMs: 0, verificationMethods: [], statusTimeline: AT_ONCE, ...options });
}

/**
 * Answers the earlier steps through their screens (which have tests of their own) and submits; with the mock finishing at once, the widget goes on to `done`.
 */
async function submitAndFinish(el: CloudpcUnsubscribe): Promise<void> {
  await submitThroughScreens(el, { reasonIds: ['too-expensive'] });
  await waitForStep(el, 'done');
}

async function finished(
  adapter: UnsubscribeAdapter,
  o: { locale?: Locale; options?: UnsubscribeOptions } = {},
): Promise<CloudpcUnsubscribe> {
  const el = await mount({ adapter, ...o });
  await submitAndFinish(el);
  return el;
}

/** The rows of a summary list, as `label → value`. */
function rows(el: CloudpcUnsubscribe, selector: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const dt of root(el).querySelectorAll(`${selector} dt`)) {
    found[(dt.textContent ?? '').trim()] = (dt.nextElementSibling?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  return found;
}

function section(el: CloudpcUnsubscribe, selector: string): string {
  return (root(el).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function send(el: CloudpcUnsubscribe, label: string | RegExp = '提交评价'): Promise<void> {
  findButton(el, label).click();
  await el.updateComplete;
}

describe('done step', () => {
  keepPageVisible();

  it('shows a completed unsubscription under one heading that says so, with the request number and when it was done', async () => {
    const mock = mockWith();
    const el = await mount({ adapter: mock });
    const events = recordEvents(el);
    await submitAndFinish(el);
    const requestId = mock.requests()[0]!.requestId;
    const outcome = section(el, '.outcome');
    expect(root(el).querySelector('[part="heading"]')?.textContent?.trim()).to.equal('退订完成');
    // The heading says it; nothing under it says it again, and there is no step count after submitting.
    expect(shownText(el)).to.not.contain('退订成功');
    expect(root(el).querySelector('.outcome h3')).to.equal(null);
    expect(root(el).querySelector('[part="progress"]')).to.equal(null);
    expect(outcome).to.contain('移动云电脑（软件版）已退订，服务已停止。');
    expect(root(el).querySelector('.outcome .receipt-number__value')?.textContent?.trim()).to.equal(requestId);
    expect(outcome).to.contain('办理完成时间 2026年3月10日 10:00（北京时间）');
    expect(outcome).to.contain('云电脑数据 保留到 2026年3月17日 10:00（北京时间），之后彻底删除，无法恢复');
    expect(outcome).to.contain('在此之前如需找回数据，请联系客服。');
    expect(events.filter((e) => e.type === 'cloudpc-complete').map((e) => e.detail)).to.deep.equal([{ requestId, status: 'completed' }]);
  });

  it('lets the subscriber keep the outcome: print or save it, download it, copy the number, in both languages', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = translator(locale);
      const el = await finished(mockWith(), { locale });
      expect(findButton(el, t('status.receipt.print')).getAttribute('part')).to.equal('secondary-action');
      expect(root(el).querySelector('a.receipt__download')?.textContent?.trim()).to.equal(t('status.receipt.download'));
      expect(findButton(el, t('status.number.copy'))).to.exist;
      // On paper: the outcome, the refund and the contacts, not the feedback form.
      expect(root(el).querySelector('.feedback')?.closest('.no-print')).to.not.equal(null);
      el.remove();
    }
  });

  it('says nothing about when the data is erased on done when the back end gives no retention period', async () => {
    const el = await finished(mockWith({ context: { terms: { dataRetentionDays: undefined } } }));
    expect(section(el, '.outcome')).to.contain('云电脑数据 服务停止后将被删除，删除后无法恢复');
    expect(section(el, '.outcome')).to.not.contain('保留');
  });

  it('tracks the refund: amount, method, status and the back end’s arrival dates', async () => {
    const mock = mockWith();
    const el = await finished(mock);
    const status = await mock.getStatus({ requestId: mock.requests()[0]!.requestId });
    const fmt = createFormatters('zh-CN');
    const refund = rows(el, '.refund-tracking');
    expect(status.refund?.amount.amount).to.be.greaterThan(0);
    expect(refund['退款金额']).to.equal(fmt.money(status.refund!.amount));
    expect(refund['退款方式']).to.equal('原路退回');
    expect(refund['退款状态']).to.equal('已退款，等待到账');
    expect(refund['预计到账时间']).to.contain(fmt.dateRange(status.refund!.expectedBy!.earliest, status.refund!.expectedBy!.latest));
  });

  it('counts the arrival window itself from the quote’s working days when the back end gives no dates', async () => {
    const mock = mockWith({ arrivalWorkingDays: { min: 3, max: 5 } });
    const adapter: UnsubscribeAdapter = {
      ...mock,
      getStatus: async (input, options) => {
        const status = await mock.getStatus(input, options);
        if (status.refund) delete status.refund.expectedBy;
        return status;
      },
    };
    const el = await finished(adapter, { locale: 'en', options: { arrivalWorkingDays: { min: 20, max: 30 } } });
    const window = arrivalWindow(SUBMITTED, { min: 3, max: 5 }, CN_CALENDAR);
    const refund = section(el, '.refund-tracking');
    expect(refund).to.contain(createFormatters('en').dateRange(window.earliest, window.latest));
    expect(refund).to.contain('Estimated as 3 to 5 working days');
  });

  it('counts the arrival window from the operator’s options and calendar for a request it did not submit itself', async () => {
    let now = Date.parse(START);
    const mock = mockWith({
      now: () => new Date(now),
      pendingRequestId: 'TD202603090042',
      statusTimeline: { processingAfterMs: 0, doneAfterMs: 60_000 },
    });
    const adapter: UnsubscribeAdapter = {
      ...mock,
      getStatus: async (input, options) => {
        const status = await mock.getStatus(input, options);
        if (status.refund) delete status.refund.expectedBy;
        return status;
      },
    };
    // Every weekday of the following week is a holiday.
    const calendar = { offDays: ['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20'], makeUpWorkdays: [] };
    const el = await mount({ adapter, options: { arrivalWorkingDays: { min: 2, max: 4 }, calendar } });
    await waitForStep(el, 'status');
    now += 60_000;
    findButton(el, '立即刷新').click();
    await waitForStep(el, 'done');
    const status = await mock.getStatus({ requestId: 'TD202603090042' });
    const window = arrivalWindow(status.updatedAt, { min: 2, max: 4 }, calendar);
    expect(window.latest).to.equal('2026-03-23'); // Wed 11, Thu 12, Fri 13, then Mon 23 after the holiday week
    expect(rows(el, '.refund-tracking')['预计到账时间']).to.contain(createFormatters('zh-CN').dateRange(window.earliest, window.latest));
    expect(section(el, '.refund-tracking')).to.contain('按 2–4 个工作日估算');
    expect(root(el).querySelector('.outcome .receipt-number__value')?.textContent?.trim()).to.equal('TD202603090042');
  });

  it('says there is nothing to refund when the refund is zero, and when the service ends', async () => {
    const mock = mockWith({ context: { terms: { effectiveOptions: ['end-of-term'] } } });
    const el = await finished(mock);
    expect(section(el, '.refund-tracking')).to.contain('本次退订没有需要退还的费用。');
    expect(section(el, '.refund-tracking')).not.to.contain('退款金额');
    expect(section(el, '.outcome')).to.match(
      /移动云电脑（软件版）已退订。您可以继续使用到 \d{4}年\d{1,2}月\d{1,2}日 00:00（北京时间），之后服务停止。/,
    );
  });

  it('shows a rejection with its reason as text, even when the reason holds markup, and what to do next', async () => {
    const mock = mockWith({
      statusTimeline: { ...AT_ONCE, outcome: 'rejected', rejectionReason: '<img src=x onerror=alert(1)>欠费未结清' },
    });
    const el = await mount({ adapter: mock });
    const events = recordEvents(el);
    await submitAndFinish(el);
    const outcome = section(el, '.outcome');
    expect(root(el).querySelector('[part="heading"]')?.textContent?.trim()).to.equal('退订申请未通过');
    expect(outcome).to.not.contain('退订申请未通过');
    expect(outcome).to.contain('原因：<img src=x onerror=alert(1)>欠费未结清');
    expect(outcome).to.contain('您的业务没有退订');
    expect(outcome).to.contain('请联系客服');
    expect(root(el).querySelector('img')).to.equal(null);
    expect(root(el).querySelector('.refund-tracking')).to.equal(null);
    expect(root(el).querySelector('.aftercare')).to.equal(null);
    expect(root(el).querySelector('.contact a[href="tel:10086"]')).to.exist;
    const requestId = mock.requests()[0]!.requestId;
    expect(events.filter((e) => e.type === 'cloudpc-complete').map((e) => e.detail)).to.deep.equal([{ requestId, status: 'rejected' }]);
  });

  it('shows how to uninstall the client on each platform, each in its own disclosure', async () => {
    const el = await finished(mockWith());
    const guides = [...root(el).querySelectorAll<HTMLDetailsElement>('details.guide')];
    expect(guides.map((g) => g.querySelector('summary')?.textContent?.trim())).to.deep.equal([
      'Windows 电脑',
      'Mac 电脑',
      '安卓手机或平板',
      'iPhone 或 iPad',
    ]);
    expect(guides.every((g) => !g.open && g.querySelectorAll('ol li').length >= 2)).to.equal(true);
    guides[0]!.querySelector('summary')!.click();
    expect(guides[0]!.open).to.equal(true);
    expect(section(el, '.aftercare')).to.contain('清除登录信息');
    expect(section(el, '.aftercare')).not.to.contain('注销账号');
  });

  it('uses the operator’s own uninstall guides and alternatives, linking only safe URLs', async () => {
    let el: CloudpcUnsubscribe | undefined;
    const warnings = await capturingWarnings(async () => {
      el = await finished(mockWith(), {
        locale: 'en',
        options: {
          uninstallGuides: [
            {
              platform: 'harmony',
              label: { 'zh-CN': '鸿蒙设备', en: 'HarmonyOS device' },
              steps: [{ en: 'Open Settings' }, 'Tap Uninstall'],
            },
          ],
          alternatives: [
            { title: { en: 'Cloud Drive' }, description: 'Keep your files online', url: 'https://example.com/drive' },
            { title: 'Broadband', url: 'javascript:alert(2)' },
          ],
        },
      });
    });
    expect(warnings.some((w) => w.includes('options.alternatives[1].url'))).to.equal(true);
    const guides = [...root(el!).querySelectorAll('details.guide')];
    expect(guides).to.have.length(1);
    expect(guides[0]!.textContent).to.contain('HarmonyOS device');
    expect(guides[0]!.textContent).to.contain('Open Settings');
    expect(root(el!).querySelector('.alternatives a[href="https://example.com/drive"]')?.textContent).to.contain('Cloud Drive');
    expect(section(el!, '.alternatives')).to.contain('Keep your files online');
    expect(section(el!, '.alternatives')).to.contain('Broadband');
    expect(root(el!).querySelector('.alternatives a[href^="javascript:"]')).to.equal(null);
  });

  it('links to deleting the account when the operator gives an https link', async () => {
    const el = await finished(mockWith(), { options: { deleteAccountUrl: 'https://example.com/account/close' } });
    const link = root(el).querySelector<HTMLAnchorElement>('.aftercare__delete a');
    expect(link?.getAttribute('href')).to.equal('https://example.com/account/close');
    expect(link?.textContent).to.contain('申请注销账号');
  });

  it('drops a javascript: account deletion link with a console warning', async () => {
    const warnings = await capturingWarnings(async () => {
      const el = await finished(mockWith(), { options: { deleteAccountUrl: `javascript:alert('${Date.now()}')` } });
      expect(root(el).querySelector('.aftercare__delete')).to.equal(null);
      expect(root(el).querySelector('a[href^="javascript:"]')).to.equal(null);
      expect(section(el, '.aftercare')).not.to.contain('注销账号');
    });
    expect(warnings.some((w) => w.includes('options.deleteAccountUrl'))).to.equal(true);
  });

  it('keeps contact details and the request number to quote', async () => {
    const mock = mockWith();
    const el = await finished(mock);
    const contact = section(el, '.contact');
    expect(contact).to.contain('请保留以下联系方式');
    expect(contact).to.contain(mock.requests()[0]!.requestId);
    expect(contact).to.contain('cloudpc-support@example.com');
    expect(contact).to.contain('每天 8:00–22:00');
  });

  it('asks for a rating before sending feedback, with an alert that links to the rating', async () => {
    const mock = mockWith();
    const el = await finished(mock);
    await type(el, field<HTMLTextAreaElement>(el, 'feedback-comment'), '流程很清楚');
    await send(el);
    await waitUntil(() => focused(el)?.id === 'cpu-feedback-errors', 'the alert did not get focus');
    const alert = root(el).querySelector('#cpu-feedback-errors');
    expect(alert?.getAttribute('role')).to.equal('alert');
    expect(alert?.textContent).to.contain('请先处理以下问题');
    const link = alert?.querySelector<HTMLAnchorElement>('a');
    expect(link?.textContent).to.equal('请选择满意度');
    expect(root(el).querySelector('#cpu-rating-error')?.textContent).to.contain('请选择满意度');
    expect(root(el).querySelector('fieldset')?.getAttribute('aria-describedby')).to.contain('cpu-rating-error');
    link!.click();
    expect(focused(el)?.id).to.equal('cpu-rating');
    expect(field<HTMLTextAreaElement>(el, 'feedback-comment').value).to.equal('流程很清楚');
    expect(mock.feedback()).to.deep.equal([]);
  });

  it('refuses a comment over 200 characters, keeping it', async () => {
    const mock = mockWith();
    const el = await finished(mock);
    await setChecked(el, choice(el, '4 分：满意'));
    const long = '好'.repeat(201);
    await type(el, field<HTMLTextAreaElement>(el, 'feedback-comment'), long);
    expect(shownText(el)).to.contain('已超出 1 个字');
    await send(el);
    expect(section(el, '#cpu-feedback-errors')).to.contain('意见或建议不能超过 200 个字');
    expect(field<HTMLTextAreaElement>(el, 'feedback-comment').value).to.equal(long);
    expect(mock.feedback()).to.deep.equal([]);
  });

  it('sends the rating and comment, fires cloudpc-feedback and thanks the subscriber', async () => {
    const mock = mockWith();
    const el = await finished(mock);
    const events = recordEvents(el);
    await setChecked(el, choice(el, '4 分：满意'));
    await type(el, field<HTMLTextAreaElement>(el, 'feedback-comment'), '  流程很清楚 ');
    await send(el);
    await waitUntil(() => shownText(el).includes('感谢您的评价！'), 'no thanks');
    const requestId = mock.requests()[0]!.requestId;
    expect(mock.feedback()).to.deep.equal([{ requestId, rating: 4, comment: '流程很清楚' }]);
    expect(events.filter((e) => e.type === 'cloudpc-feedback').map((e) => e.detail)).to.deep.equal([{ rating: 4, comment: '流程很清楚' }]);
    expect(liveRegion(el)).to.contain('感谢您的评价！');
    await waitUntil(() => focused(el)?.id === 'cpu-feedback-thanks', 'the thanks did not get focus');
    expect(root(el).querySelector('form.feedback__form')).to.equal(null);
  });

  it('says when feedback could not be sent, keeps what was typed, and sends it on retry', async () => {
    const mock = mockWith({ failures: { sendFeedback: { code: 'server', times: 1 } } });
    const el = await finished(mock);
    const events = recordEvents(el);
    await setChecked(el, choice(el, '2 分：不满意'));
    await type(el, field<HTMLTextAreaElement>(el, 'feedback-comment'), '等待时间太长');
    await send(el);
    await waitUntil(() => root(el).querySelector('.feedback__failure'), 'no failure notice');
    const notice = section(el, '.feedback__failure');
    expect(notice).to.contain('评价没有提交成功。');
    expect(notice).to.contain('评价没有提交成功。 服务暂时出现故障，请稍后重试。');
    expect(notice).to.contain('您填写的内容都已保留。');
    expect(field<HTMLTextAreaElement>(el, 'feedback-comment').value).to.equal('等待时间太长');
    expect(choice(el, '2 分：不满意').checked).to.equal(true);
    expect(events.filter((e) => e.type === 'cloudpc-error').map((e) => e.detail)).to.deep.equal([
      { code: 'server', step: 'done', retryable: true },
    ]);
    expect(events.some((e) => e.type === 'cloudpc-feedback')).to.equal(false);

    await send(el, '重新提交评价');
    await waitUntil(() => shownText(el).includes('感谢您的评价！'), 'no thanks after the retry');
    expect(mock.feedback()).to.deep.equal([{ requestId: mock.requests()[0]!.requestId, rating: 2, comment: '等待时间太长' }]);
    expect(events.filter((e) => e.type === 'cloudpc-feedback').map((e) => e.detail)).to.deep.equal([
      { rating: 2, comment: '等待时间太长' },
    ]);
  });

  it('still fires cloudpc-feedback and thanks when the adapter cannot take feedback', async () => {
    const mock = mockWith();
    const adapter: UnsubscribeAdapter = { ...mock };
    delete adapter.sendFeedback;
    const el = await finished(adapter, { locale: 'en' });
    const events = recordEvents(el);
    await setChecked(el, choice(el, '5: Very satisfied'));
    await send(el, 'Send feedback');
    await waitUntil(() => shownText(el).includes('Thank you for your feedback.'), 'no thanks');
    expect(events.filter((e) => e.type === 'cloudpc-feedback').map((e) => e.detail)).to.deep.equal([{ rating: 5, comment: '' }]);
    expect(mock.feedback()).to.deep.equal([]);
  });

  for (const locale of ['zh-CN', 'en'] as Locale[]) {
    it(`is accessible when completed, and with a feedback error, in ${locale}`, async () => {
      const el = await finished(mockWith(), {
        locale,
        options: { deleteAccountUrl: 'https://example.com/close', alternatives: [{ title: '移动云盘', url: 'https://example.com/pan' }] },
      });
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLDetailsElement>('details.guide')!.open = true;
      await send(el, locale === 'en' ? 'Send feedback' : '提交评价');
      await waitUntil(() => root(el).querySelector('#cpu-feedback-errors'), 'no feedback error');
      await expect(el).to.be.accessible();
    });

    it(`is accessible when rejected in ${locale}`, async () => {
      const el = await finished(mockWith({ statusTimeline: { ...AT_ONCE, outcome: 'rejected' } }), { locale });
      await expect(el).to.be.accessible();
    });

    it(`is accessible with nothing to refund in ${locale}`, async () => {
      const el = await finished(mockWith({ context: { terms: { effectiveOptions: ['end-of-term'] } } }), { locale });
      expect(root(el).querySelector('.refund-tracking')).to.exist;
      await expect(el).to.be.accessible();
    });
  }
});
