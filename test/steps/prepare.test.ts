import { expect } from '@open-wc/testing';
import { createMockAdapter, type MockAdapterOptions } from '../../src/adapters/mock/index.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { Locale } from '../../src/i18n/index.js';
import { click, field, focused, mount, root, setChecked, shownText, waitForStep } from '../element/drive.js';

const NOW = new Date('2026-03-12T02:00:00Z');

/** A monthly plan paid from 1 March to 1 April 2026, Beijing time. */
const PLAN: MockAdapterOptions['context'] = {
  subscription: {
    productName: '移动云电脑',
    planName: '个人版 4核8G 包月',
    billingCycle: 'month',
    price: { amount: 4900, currency: 'CNY' },
    currentPeriod: { start: '2026-03-01T00:00:00+08:00', end: '2026-04-01T00:00:00+08:00' },
  },
};

interface Fixture {
  locale?: Locale;
  context?: MockAdapterOptions['context'];
  verificationMethods?: MockAdapterOptions['verificationMethods'];
}

async function prepare(o: Fixture = {}): Promise<CloudpcUnsubscribe> {
  const adapter = createMockAdapter({
    now: () => NOW,
    latencyMs: 0,
    context: { ...PLAN, ...o.context },
    ...(o.verificationMethods ? { verificationMethods: o.verificationMethods } : {}),
  });
  const el = await mount({ adapter, locale: o.locale ?? 'zh-CN' });
  await waitForStep(el, 'prepare');
  return el;
}

/** The rows of the first summary list, as "term: value" with whitespace collapsed. */
function summaryRows(el: CloudpcUnsubscribe): string[] {
  const list = root(el).querySelector('dl.summary-list');
  if (!list) throw new Error('no summary list');
  return [...list.querySelectorAll('dt')].map(
    (dt) => `${dt.textContent?.trim()}: ${(dt.nextElementSibling?.textContent ?? '').replace(/\s+/g, ' ').trim()}`,
  );
}

function dataNotice(el: CloudpcUnsubscribe): string {
  return (root(el).querySelector('.notice')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function errorSummaryLinks(el: CloudpcUnsubscribe): HTMLAnchorElement[] {
  return [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="error-summary"] a')];
}

describe('prepare step', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible in Chinese and in English', async () => {
    await expect(await prepare()).to.be.accessible();
    await expect(await prepare({ locale: 'en' })).to.be.accessible();
  });

  it('lists the account, product and plan, price per period and current period in Beijing time', async () => {
    const el = await prepare();
    expect(summaryRows(el)).to.deep.equal([
      '账号: 王小明（138****8000） 账号 ID：CMCC-ACC-2025031800127',
      '产品: 移动云电脑 个人版 4核8G 包月',
      '资费: ¥49.00/月',
      '当前计费周期: 2026年3月1日 00:00 至 2026年4月1日 00:00（北京时间）',
    ]);
  });

  it('lists the same in English, with the Beijing time zone named', async () => {
    const el = await prepare({ locale: 'en' });
    const rows = summaryRows(el);
    expect(rows[0]).to.equal('Account: 王小明 (138****8000) Account ID: CMCC-ACC-2025031800127');
    expect(rows[2]).to.match(/^Price: CN¥49\.00 a month$/);
    expect(rows[3]).to.match(/^Current billing period: .*March.*2026.*00:00 to .*April.*2026.*00:00 \(Beijing time\)$/);
  });

  it('leaves out the phone number when the back end has none', async () => {
    const el = await prepare({ context: { account: { maskedPhone: undefined } }, verificationMethods: ['security-questions'] });
    expect(summaryRows(el)[0]).to.equal('账号: 王小明 账号 ID：CMCC-ACC-2025031800127');
  });

  it('tells someone who is not the account holder to stop, with the hotline', async () => {
    expect(shownText(await prepare())).to.contain('不是您的账号？请不要继续，退出登录后用本人账号办理，或拨打客服电话 10086。');
    expect(shownText(await prepare({ context: { support: { hotline: undefined } } }))).to.contain(
      '不是您的账号？请不要继续，退出登录后用本人账号办理。',
    );
  });

  it('says what unsubscribing costs, each rule once: when it stops with the penalty beside the early choice, the data, the refund', async () => {
    const el = await prepare();
    expect(shownText(el)).to.contain('退订后会怎样');
    expect(dataNotice(el)).to.equal(
      '退订后，云电脑将停止服务，无法再登录。生效时间在确认页选择： ' +
        '立即生效 云电脑马上停止服务，需支付违约金 ¥50.00 ' +
        '当前计费周期结束时生效 云电脑可用到 2026年4月1日 00:00（北京时间） ' +
        '重要：服务停止后，云电脑中的数据保留 7 天，之后彻底删除，无法恢复。 ' +
        '退款方式：原路退回。具体金额会在确认页逐项列出。',
    );
    // The widget's own words on the step, without the operator's highlights and the FAQ.
    const step = root(el).querySelector('[part="step"]')?.cloneNode(true) as HTMLElement;
    step.querySelectorAll('.prepare__list').forEach((list) => list.remove());
    for (const rule of ['违约金', '保留 7 天', '退款方式', '无法恢复']) {
      expect((step.textContent ?? '').split(rule).length - 1, `"${rule}" said once`).to.equal(1);
    }
  });

  it('says the same in English', async () => {
    expect(dataNotice(await prepare({ locale: 'en' }))).to.match(
      new RegExp(
        '^Your cloud PC stops and you can no longer sign in to it\\. You choose when on the check page: ' +
          'Straight away Your cloud PC stops now, and you pay an early cancellation penalty of CN¥50\\.00 ' +
          'At the end of the current billing period You can use your cloud PC until 1 April 2026 at 00:00 \\(Beijing time\\) ' +
          'Important: After the service stops, the data on your cloud PC is kept for 7 days, then erased for good\\. It cannot be recovered\\. ' +
          'How a refund is paid: Back to the original payment method\\. The check page shows the exact amount, line by line\\.$',
      ),
    );
  });

  it('says nothing about when the data goes when the back end gives no retention period', async () => {
    const notice = dataNotice(await prepare({ context: { terms: { dataRetentionDays: undefined } } }));
    expect(notice).to.contain('重要：服务停止后，云电脑中的数据将被删除，删除后无法恢复。');
    expect(notice).not.to.contain('保留');
    expect(notice).not.to.contain('立即彻底删除');
    const en = dataNotice(await prepare({ locale: 'en', context: { terms: { dataRetentionDays: undefined } } }));
    expect(en).to.contain('the data on your cloud PC will be erased. Once erased, it cannot be recovered.');
    expect(en).not.to.contain('straight away. It cannot');
  });

  it('says the data goes at once only when the back end says it is kept for 0 days', async () => {
    expect(dataNotice(await prepare({ context: { terms: { dataRetentionDays: 0 } } }))).to.contain(
      '重要：服务停止时，云电脑中的数据随即删除，无法恢复。',
    );
  });

  it('says exactly when the service stops, and its penalty, when the operator allows only one choice', async () => {
    expect(dataNotice(await prepare({ context: { terms: { effectiveOptions: ['immediately'] } } }))).to.contain(
      '退订后，云电脑马上停止服务，无法再登录。 需支付违约金 ¥50.00。',
    );
    const atEnd = await prepare({
      locale: 'en',
      context: { terms: { effectiveOptions: ['end-of-term'], dataRetentionDays: 1, penalty: undefined } },
    });
    expect(shownText(atEnd)).to.match(/you can use your cloud PC until .*April.*2026.*00:00 \(Beijing time\)\. Then it stops/);
    expect(shownText(atEnd)).to.contain('is kept for 1 day, then erased for good');
    expect(shownText(atEnd)).to.contain('There is no penalty.');
  });

  it('shows the backup checklist as a list, then its acknowledgement', async () => {
    const el = await prepare({ locale: 'en' });
    const items = [...root(el).querySelectorAll('.prepare__list')][0]?.querySelectorAll('li') ?? [];
    expect([...items].map((li) => li.textContent?.trim())).to.deep.equal([
      'documents (such as Word, Excel and PDF files)',
      'pictures and photos',
      'videos',
      'installed software and its settings (such as licences, activation codes, sign-ins and preferences)',
    ]);
    const backup = field(el, 'backup');
    expect(backup.type).to.equal('checkbox');
    expect(root(el).querySelector(`label[for="${backup.id}"]`)?.textContent).to.equal('I have backed up everything I want to keep');
  });

  it('shows the terms with their version, highlights and a link to the full agreement', async () => {
    const el = await prepare();
    const text = shownText(el);
    expect(text).to.contain('移动云电脑产品服务协议（版本 2026.1）');
    expect(text).to.contain('协议中关于退订的要点： 选择立即生效的，按当期剩余天数折算退款');
    const link = root(el).querySelector<HTMLAnchorElement>('a[href="https://example.com/cloudpc/agreement"]');
    expect(link?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('阅读完整协议《移动云电脑产品服务协议》 （在新窗口打开）');
    expect(link?.target).to.equal('_blank');
    expect(link?.rel).to.equal('noopener noreferrer');
    expect(field(el, 'terms').type).to.equal('checkbox');
  });

  it('says there is no penalty when the terms have none, and names none beside the early choice', async () => {
    const zh = dataNotice(await prepare({ context: { terms: { penalty: undefined } } }));
    expect(zh).to.contain('立即生效 云电脑马上停止服务 当前计费周期结束时生效');
    expect(zh).to.contain('退款方式：原路退回，不收取违约金。');
    const en = dataNotice(await prepare({ locale: 'en', context: { terms: { penalty: { amount: 0, currency: 'CNY' } } } }));
    expect(en).to.contain('Straight away Your cloud PC stops now At the end');
    expect(en).to.contain('There is no penalty.');
  });

  it('drops an agreement link that is not https', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await prepare({ context: { terms: { url: 'javascript:alert(1)' } } });
      expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
      expect(shownText(el)).not.to.contain('阅读完整协议');
      expect(warnings.join('\n')).to.contain('terms.url');
    } finally {
      console.warn = warn;
    }
  });

  it('shows option strings as text, never as markup', async () => {
    const el = await prepare({ context: { terms: { highlights: ['<img src=x onerror="window.__pwned=1">'] } } });
    expect(root(el).querySelector('img')).to.equal(null);
    expect(shownText(el)).to.contain('<img src=x');
  });

  it('asks for both acknowledgements on Continue, listing both in the error summary, which takes focus', async () => {
    const el = await prepare();
    await click(el, '继续');
    expect(el.step).to.equal('prepare');
    const links = errorSummaryLinks(el);
    expect(links.map((a) => a.textContent?.trim())).to.deep.equal(['请确认您已备份云电脑中的数据', '请确认您已阅读退订规则']);
    expect(focused(el)?.getAttribute('part')).to.equal('error-summary');
    expect(field(el, 'backup').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'terms').getAttribute('aria-describedby')).to.contain('cpu-terms-error');
    expect(root(el).querySelector('#cpu-terms-error')?.textContent).to.contain('请确认您已阅读退订规则');
  });

  it('moves focus to the checkbox when its error summary link is clicked', async () => {
    const el = await prepare();
    await click(el, '继续');
    errorSummaryLinks(el)[1]?.click();
    expect(focused(el)).to.equal(field(el, 'terms'));
    errorSummaryLinks(el)[0]?.click();
    expect(focused(el)).to.equal(field(el, 'backup'));
  });

  it('asks only for the acknowledgement still missing', async () => {
    const el = await prepare({ locale: 'en' });
    await setChecked(el, field(el, 'backup'));
    await click(el, 'Continue');
    expect(errorSummaryLinks(el).map((a) => a.textContent?.trim())).to.deep.equal(['Confirm that you have read the cancellation terms']);
  });

  it('is accessible with its errors shown, in both locales', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const el = await prepare({ locale });
      await click(el, locale === 'en' ? 'Continue' : '继续');
      expect(errorSummaryLinks(el)).to.have.length(2);
      await expect(el).to.be.accessible();
    }
  });

  it('goes on to the reason once both are ticked', async () => {
    const el = await prepare();
    await setChecked(el, field(el, 'backup'));
    await setChecked(el, field(el, 'terms'));
    await click(el, '继续');
    await waitForStep(el, 'reason');
  });

  it('keeps both acknowledgements ticked after Back from the reason step', async () => {
    const el = await prepare();
    await setChecked(el, field(el, 'backup'));
    await setChecked(el, field(el, 'terms'));
    await click(el, '继续');
    await waitForStep(el, 'reason');
    await click(el, '返回上一步');
    await waitForStep(el, 'prepare');
    expect(field(el, 'backup').checked).to.equal(true);
    expect(field(el, 'terms').checked).to.equal(true);
  });

  it('lets an acknowledgement be unticked again', async () => {
    const el = await prepare();
    await setChecked(el, field(el, 'backup'));
    await setChecked(el, field(el, 'terms'));
    await setChecked(el, field(el, 'backup'), false);
    await click(el, '继续');
    expect(errorSummaryLinks(el).map((a) => a.textContent?.trim())).to.deep.equal(['请确认您已备份云电脑中的数据']);
  });

  it('draws its checkboxes dark when the page sets the dark tokens, and light when it does not', async () => {
    const el = await prepare();
    const box = field(el, 'backup');
    // A light page: the browser's own light checkbox.
    expect(getComputedStyle(box).colorScheme).to.equal('light');
    // A page with a dark theme of its own (not the system's): its tokens, --cloudpc-color-scheme among them.
    el.style.setProperty('--cloudpc-color-surface', '#1e2227');
    el.style.setProperty('--cloudpc-color-text', '#e8eaed');
    el.style.setProperty('--cloudpc-color-scheme', 'dark');
    expect(getComputedStyle(box).colorScheme).to.equal('dark');
    expect(getComputedStyle(root(el).querySelector('textarea, select, input[type="radio"]') ?? box).colorScheme).to.equal('dark');
  });
});
