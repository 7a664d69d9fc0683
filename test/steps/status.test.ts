import { expect, waitUntil } from '@open-wc/testing';
import { createMockAdapter, type MockAdapter, type MockAdapterOptions } from '../../src/adapters/mock/index.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import { type Locale } from '../../src/i18n/index.js';
import { createFormatters } from '../../src/i18n/format.js';
import {
  capturingWarnings,
  click,
  findButton,
  keepPageVisible,
  liveRegion,
  mount,
  recordEvents,
  root,
  shownText,
  submitThroughScreens,
  waitForStep,
} from '../element/drive.js';

const START = '2026-03-10T02:00:00Z'; // 10:00 on a Tuesday, Beijing time

/** A clock the mock reads, moved on by the test. */
function fakeClock(start = START) {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

function mockAt(clock: ReturnType<typeof fakeClock>, options: MockAdapterOptions = {}): MockAdapter {
  return createMockAdapter({ now: clock.now, latencyMs: 0, verificationMethods: [], ...options });
}

/**
 * Answers the earlier steps through their screens (which have tests of their own) and submits:
 * the widget then shows `status`.
 */
async function submitRequest(el: CloudpcUnsubscribe, comment = ''): Promise<void> {
  await submitThroughScreens(el, { reasonIds: ['too-expensive', 'rarely-used'], comment });
  await waitForStep(el, 'status');
}

function currentStageText(el: CloudpcUnsubscribe): string {
  return (root(el).querySelector('.stages [aria-current="step"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The receipt as [label, value] pairs, whitespace collapsed. */
function receiptRows(el: CloudpcUnsubscribe): Array<[string, string]> {
  // As laid out: the hint under a value is a line of its own.
  const clean = (node: Element | null) => ((node as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
  return [...root(el).querySelectorAll('.receipt__rows dt')].map((dt) => [clean(dt), clean(dt.nextElementSibling)]);
}

/** What the line under the copy button says. */
function copyLine(el: CloudpcUnsubscribe): string {
  return (root(el).querySelector('.receipt-number__status')?.textContent ?? '').trim();
}

function downloadLink(el: CloudpcUnsubscribe): HTMLAnchorElement {
  const link = root(el).querySelector<HTMLAnchorElement>('a.receipt__download');
  if (!link) throw new Error('no download link');
  return link;
}

/**
 * Presses "save the receipt" and records what the browser would save instead of saving it: the
 * blobs made, the URLs revoked, the downloads started.
 */
async function save(
  el: CloudpcUnsubscribe,
): Promise<{ blobs: Blob[]; revoked: string[]; downloads: Array<{ href: string; download: string }> }> {
  const blobs: Blob[] = [];
  const revoked: string[] = [];
  const downloads: Array<{ href: string; download: string }> = [];
  const create = URL.createObjectURL;
  const revoke = URL.revokeObjectURL;
  const anchorClick = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return create.call(URL, blob);
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
    revoke.call(URL, url);
  };
  // The download itself is the browser's business: record what would be saved instead.
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.isConnected) anchorClick.call(this);
    else downloads.push({ href: this.href, download: this.download });
  };
  try {
    downloadLink(el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    await waitUntil(() => revoked.length === 1, 'the object URL was not revoked');
  } finally {
    URL.createObjectURL = create;
    URL.revokeObjectURL = revoke;
    HTMLAnchorElement.prototype.click = anchorClick;
  }
  return { blobs, revoked, downloads };
}

/** The saved receipt, parsed as the browser would open it. */
async function savedReceipt(el: CloudpcUnsubscribe): Promise<Document> {
  const { blobs } = await save(el);
  return new DOMParser().parseFromString(await blobs[0]!.text(), 'text/html');
}

/** A row of a saved receipt's lists by its label, whitespace collapsed. */
function savedRow(saved: Document, label: string): string {
  const dt = [...saved.querySelectorAll('dt')].find((d) => d.textContent === label);
  return (dt?.nextElementSibling?.textContent ?? '').replace(/\s+/g, ' ');
}

describe('status step', () => {
  keepPageVisible();

  it('shows the receipt of a request just submitted: what was asked, what happens and when, under a heading that says it was submitted', async () => {
    const clock = fakeClock();
    const mock = mockAt(clock);
    const el = await mount({ adapter: mock });
    await submitRequest(el, '换成公司统一采购的电脑');
    const [receipt] = mock.requests();
    expect(receipt).to.exist;
    expect(root(el).querySelector('[part="heading"]')?.textContent?.trim()).to.equal('退订申请已提交');
    expect(root(el).querySelector('[part="progress"]'), 'no step count after submitting').to.equal(null);
    expect(root(el).querySelector('.receipt-number__value')?.textContent?.trim()).to.equal(receipt!.requestId);
    expect(receiptRows(el)).to.deep.equal([
      ['提交时间', '2026年3月10日 10:00（北京时间）'],
      ['退订业务', '移动云电脑（软件版） 畅享型 4核8G · 100GB 云盘 · 包年'],
      ['账号', '王小明（138****8000） 账号 ID：CMCC-ACC-2025031800127'],
      ['退订原因', '费用过高、使用频率低'],
      ['补充说明', '换成公司统一采购的电脑'],
      ['生效时间', '立即生效 2026年3月10日 10:00（北京时间）起停止服务'],
      ['退款', '¥376.90，原路退回 预计 2026年3月19日至31日到账（7–15 个工作日，遇节假日顺延）'],
      ['云电脑数据', '保留到 2026年3月17日 10:00（北京时间），之后彻底删除，无法恢复 在此之前如需找回数据，请联系客服。'],
      ['预计完成时间', '2026年3月11日 10:00（北京时间） 通常在 24 小时内处理完成。'],
    ]);
    // The hotline to call is on the same page, and on the printout.
    expect(root(el).querySelector('.contact a[href="tel:10086"]')).to.exist;
  });

  it('shows the same receipt in English', async () => {
    const el = await mount({ adapter: mockAt(fakeClock()), locale: 'en' });
    await submitRequest(el);
    const rows = Object.fromEntries(receiptRows(el));
    expect(root(el).querySelector('[part="heading"]')?.textContent?.trim()).to.equal('Request submitted');
    expect(rows['Takes effect']).to.equal('Straight away The service stops 10 March 2026 at 10:00 (Beijing time)');
    expect(rows['Refund']).to.equal(
      `CN¥376.90, Back to the original payment method Expected ${createFormatters('en').dateRange('2026-03-19', '2026-03-31')} (7 to 15 working days; public holidays push the date back)`,
    );
    expect(rows['Your cloud PC data']).to.equal(
      'Kept until 17 March 2026 at 10:00 (Beijing time), then erased for good Until then, contact us if you need any of it back. After that it cannot be recovered.',
    );
  });

  it('says nothing about when the data is erased when the back end gives no retention period', async () => {
    const el = await mount({ adapter: mockAt(fakeClock(), { context: { terms: { dataRetentionDays: undefined } } }) });
    await submitRequest(el);
    expect(Object.fromEntries(receiptRows(el))['云电脑数据']).to.equal('服务停止后将被删除，删除后无法恢复');
    expect(shownText(el)).to.not.contain('保留到');
  });

  it('keeps the request number on one line in a 320-pixel widget, the copy button beside or under it', async () => {
    for (const locale of ['zh-CN', 'en'] as Locale[]) {
      const el = await mount({ adapter: mockAt(fakeClock()), locale });
      el.style.inlineSize = '320px';
      await submitRequest(el);
      const value = root(el).querySelector<HTMLElement>('.receipt-number__value') as HTMLElement;
      const box = root(el).querySelector<HTMLElement>('.receipt-number') as HTMLElement;
      expect(value.getClientRects(), `${locale}: one line`).to.have.length(1);
      expect(value.getBoundingClientRect().right, `${locale}: inside its box`).to.be.at.most(box.getBoundingClientRect().right);
    }
  });

  it('copies the request number with the Clipboard API and says so', async () => {
    const el = await mount({ adapter: mockAt(fakeClock()) });
    await submitRequest(el);
    const copied: string[] = [];
    const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) },
    });
    try {
      await click(el, '复制编号');
      await waitUntil(() => copyLine(el) === '申请编号已复制。', 'no "copied"');
    } finally {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else Reflect.deleteProperty(navigator, 'clipboard');
    }
    expect(copied).to.deep.equal([(el.shadowRoot?.querySelector('.receipt-number__value')?.textContent ?? '').trim()]);
    expect(root(el).querySelector('.receipt-number__status')?.getAttribute('role')).to.equal('status');
  });

  it('selects the request number instead where the Clipboard API is missing, and says what happened', async () => {
    const el = await mount({ adapter: mockAt(fakeClock()), locale: 'en' });
    await submitRequest(el);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    try {
      await click(el, 'Copy number');
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
    const number = (root(el).querySelector('.receipt-number__value')?.textContent ?? '').trim();
    expect(window.getSelection()?.toString()).to.equal(number);
    expect(['Request number copied.', 'The request number is selected. Copy it with your device’s copy command.']).to.include(copyLine(el));
  });

  it('shows a request the back end reports as pending with only its number, until its first status arrives', async () => {
    const clock = fakeClock();
    const mock = mockAt(clock, { pendingRequestId: 'TD202603090042' });
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const adapter: UnsubscribeAdapter = { ...mock, getStatus: (input, options) => gate.then(() => mock.getStatus(input, options)) };
    const el = await mount({ adapter });
    await waitForStep(el, 'status');
    const text = shownText(el);
    expect(root(el).querySelector('.receipt-number__value')?.textContent?.trim()).to.equal('TD202603090042');
    expect(text).to.contain('您之前已提交过退订申请');
    expect(text).to.contain('移动云电脑（软件版）');
    expect(text).not.to.contain('提交时间');
    expect(text).not.to.contain('退订原因');
    expect(text).to.contain('通常在 24 小时内处理完成');
    expect(text).to.contain('正在查询办理进度…');
    expect(root(el).querySelector('.stages [aria-current="step"]')).to.equal(null);
    await expect(el).to.be.accessible();

    release();
    await waitUntil(() => currentStageText(el).includes('处理中'), 'the first status did not show');
    expect(shownText(el)).not.to.contain('正在查询办理进度…');
    // The first status is what the page shows on arrival, not a change to announce.
    expect(liveRegion(el)).not.to.contain('办理进度已更新');
  });

  it('prints the receipt with the browser’s print dialog', async () => {
    const el = await mount({ adapter: mockAt(fakeClock()) });
    await submitRequest(el);
    const original = window.print;
    let printed = 0;
    window.print = () => {
      printed += 1;
    };
    try {
      await click(el, '打印或保存回执');
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
  });

  it('saves the receipt as a web page that holds everything a subscriber keeps, then frees its URL', async () => {
    const mock = mockAt(fakeClock());
    const el = await mount({ adapter: mock, locale: 'en' });
    await submitRequest(el, 'Moving to a company PC');
    const link = downloadLink(el);
    expect(link.textContent?.trim()).to.equal('Save the receipt (web page)');
    const { blobs, revoked, downloads } = await save(el);
    const requestId = mock.requests()[0]!.requestId;
    expect(blobs).to.have.length(1);
    expect(blobs[0]!.type).to.contain('text/html');
    const saved = new DOMParser().parseFromString(await blobs[0]!.text(), 'text/html');
    // One file that needs nothing else: no script, no stylesheet or picture to fetch.
    expect(saved.querySelectorAll('script, link, img, iframe')).to.have.length(0);
    expect(saved.documentElement.lang).to.equal('en');
    const row = (label: string) => savedRow(saved, label);
    expect(saved.querySelector('.number')?.textContent).to.contain(requestId);
    expect(row('Submitted')).to.equal('10 March 2026 at 10:00 (Beijing time)');
    expect(row('Takes effect')).to.equal('Straight awayThe service stops 10 March 2026 at 10:00 (Beijing time)');
    expect(row('Refund')).to.match(
      /^CN¥[\d.,]+, Back to the original payment methodExpected 19\s?–\s?31 March 2026 \(7 to 15 working days/,
    );
    expect(row('Your cloud PC data')).to.contain('Kept until 17 March 2026 at 10:00 (Beijing time), then erased for good');
    expect(row('Your cloud PC data')).to.contain('contact us if you need any of it back');
    expect(row('Reasons')).to.equal('It costs too much, I rarely use it');
    expect(row('Your comments')).to.equal('Moving to a company PC');
    expect(row('Phone')).to.equal('10086');
    expect(saved.querySelector('a[href="tel:10086"]')).to.not.equal(null);
    expect(saved.querySelector('.made')?.textContent).to.match(/Receipt created: .+ \(Beijing time\)/);
    expect(downloads).to.deep.equal([{ href: revoked[0], download: `unsubscribe-receipt-${requestId}.html` }]);
  });

  it('saves a receipt that lists the refund line by line, as confirm did, and prints on paper without the page around it', async () => {
    const mock = mockAt(fakeClock());
    const el = await mount({ adapter: mock });
    await submitRequest(el);
    const saved = await savedReceipt(el);
    const lines = saved.querySelector('dl.lines');
    expect(lines?.previousElementSibling?.textContent).to.equal('退款明细');
    expect([...(lines?.querySelectorAll('dt') ?? [])].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent])).to.deep.equal([
      ['已付金额', '¥588.00'],
      ['已使用金额', '¥161.10'],
      ['违约金', '¥50.00'],
      ['退款金额', '¥376.90'],
    ]);
    expect(savedRow(saved, '退款')).to.match(/^¥376\.90，原路退回预计 2026年3月19日至31日到账/);
    expect(savedRow(saved, '提交时间')).to.equal('2026年3月10日 10:00（北京时间）');
    expect(savedRow(saved, '生效时间')).to.equal('立即生效2026年3月10日 10:00（北京时间）起停止服务');
    expect(savedRow(saved, '云电脑数据')).to.contain('保留到 2026年3月17日 10:00（北京时间）');
    expect(savedRow(saved, '客服热线')).to.equal('10086');
    expect(saved.querySelector('style')?.textContent).to.contain('@media print');
  });

  it('leaves the erasure date out of the saved receipt when the back end gives no retention period', async () => {
    const el = await mount({ adapter: mockAt(fakeClock(), { context: { terms: { dataRetentionDays: undefined } } }), locale: 'en' });
    await submitRequest(el);
    const saved = await savedReceipt(el);
    expect(savedRow(saved, 'Your cloud PC data')).to.not.match(/Kept until|\d{4}/);
    expect(savedRow(saved, 'Takes effect')).to.contain('10 March 2026 at 10:00 (Beijing time)');
    expect([...saved.querySelectorAll('dl.lines dt')].map((dt) => dt.textContent)).to.deep.equal([
      'You paid',
      'Used so far',
      'Early cancellation penalty',
      'Refund',
    ]);
  });

  it('moves through received and processing to done as the back end’s status advances, announcing each change', async () => {
    const clock = fakeClock();
    const mock = mockAt(clock, { statusTimeline: { processingAfterMs: 60_000, doneAfterMs: 120_000 } });
    const el = await mount({ adapter: mock });
    const events = recordEvents(el);
    await submitRequest(el);
    await waitUntil(() => events.some((e) => e.type === 'cloudpc-status-change'), 'no first status');
    await el.updateComplete;
    expect(currentStageText(el)).to.contain('已受理');
    expect(currentStageText(el)).to.contain('（当前阶段）');
    // When the widget last heard from the back end, on the browser's clock.
    expect(shownText(el)).to.match(/最近更新：\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d（北京时间）/);

    // Nothing has changed yet: a refresh says so.
    await click(el, '立即刷新');
    await waitUntil(() => liveRegion(el).includes('已刷新，当前进度：已受理'), 'the refresh was not announced');

    clock.advance(60_000);
    await click(el, '立即刷新');
    await waitUntil(() => currentStageText(el).includes('处理中'), 'processing was not shown');
    const items = [...root(el).querySelectorAll('.stages li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(items[0]).to.contain('已受理').and.contain('（已完成）');
    expect(items[1]).to.contain('处理中').and.contain('（当前阶段）');
    expect(items[2]).to.contain('处理完成').and.contain('（未开始）');
    await waitUntil(() => liveRegion(el).includes('办理进度已更新：处理中'), 'the change was not announced');

    clock.advance(60_000);
    await click(el, '立即刷新');
    await waitForStep(el, 'done');
    const requestId = mock.requests()[0]!.requestId;
    expect(events.filter((e) => e.type === 'cloudpc-status-change').map((e) => e.detail)).to.deep.equal([
      { requestId, status: 'received' },
      { requestId, status: 'processing' },
      { requestId, status: 'completed' },
    ]);
    expect(events.filter((e) => e.type === 'cloudpc-complete').map((e) => e.detail)).to.deep.equal([{ requestId, status: 'completed' }]);
  });

  it('says quietly that it is reconnecting while the status cannot be fetched, without an error panel', async () => {
    const clock = fakeClock();
    const mock = mockAt(clock, { failures: { getStatus: { code: 'network', times: 1 } } });
    const el = await mount({ adapter: mock });
    await submitRequest(el);
    await waitUntil(() => shownText(el).includes('正在重新连接…'), 'no reconnecting note');
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    expect(currentStageText(el)).to.contain('已受理');
    await click(el, '立即刷新');
    await waitUntil(() => !shownText(el).includes('正在重新连接…'), 'the note stayed after a good answer');
  });

  it('tells how to ask about progress: hotline, online chat, email and hours, dropping an unsafe chat link', async () => {
    const mock = mockAt(fakeClock(), { context: { support: { chatUrl: 'javascript:alert(1)' } } });
    let el: CloudpcUnsubscribe | undefined;
    const warnings = await capturingWarnings(async () => {
      el = await mount({ adapter: mock });
      await submitRequest(el);
    });
    const section = root(el!).querySelector('.contact');
    expect(section?.querySelector('h3')?.textContent).to.equal('如何咨询进度');
    expect(section?.querySelector('a[href="tel:10086"]')?.textContent).to.equal('10086');
    expect(section?.querySelector('a[href="mailto:cloudpc-support@example.com"]')).to.exist;
    expect(section?.textContent).to.contain('每天 8:00–22:00');
    expect(section?.querySelector('a[href^="javascript:"]')).to.equal(null);
    expect(section?.textContent).not.to.contain('在线客服');
    expect(warnings.some((w) => w.includes('support.chatUrl'))).to.equal(true);
  });

  it('links to the online chat when its URL is https', async () => {
    const el = await mount({ adapter: mockAt(fakeClock()) });
    await submitRequest(el);
    const chat = root(el).querySelector<HTMLAnchorElement>('.contact a[href="https://example.com/cloudpc/chat"]');
    expect(chat?.textContent).to.contain('打开在线客服');
    expect(chat?.target).to.equal('_blank');
  });

  for (const locale of ['zh-CN', 'en'] as Locale[]) {
    it(`is accessible at each stage in ${locale}`, async () => {
      const clock = fakeClock();
      const mock = mockAt(clock, { statusTimeline: { processingAfterMs: 60_000, doneAfterMs: 120_000 } });
      const el = await mount({ adapter: mock, locale });
      await submitRequest(el, locale === 'en' ? 'Too dear' : '太贵了');
      await waitUntil(() => currentStageText(el) !== '', 'no stage shown');
      const fmt = createFormatters(locale);
      expect(shownText(el)).to.contain(fmt.dateTime('2026-03-10T02:00:00Z'));
      await expect(el).to.be.accessible();
      clock.advance(60_000);
      findButton(el, locale === 'en' ? 'Refresh now' : '立即刷新').click();
      await waitUntil(() => currentStageText(el).includes(locale === 'en' ? 'Being processed' : '处理中'), 'processing was not shown');
      await expect(el).to.be.accessible();
    });
  }
});
