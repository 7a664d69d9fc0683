/** Several cloud PCs on the account, in the element: pick one first, in either language, and nothing else is asked before. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMockAdapter, type MockAdapter } from '../../src/adapters/mock/index.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import { choice, click, field, mount, settled, setChecked, shownText, waitForStep } from './drive.js';

const NOW = Date.parse('2026-11-24T10:00:00+08:00');
const HOME_PC = 'CPC-SW-8800067890';
const OLD_PC = 'CPC-SW-8800011111';

function severalPcs(): MockAdapter {
  return createMockAdapter({
    now: () => new Date(NOW),
    verificationMethods: [],
    context: { subscription: { name: '办公电脑' } },
    otherSubscriptions: [
      { id: HOME_PC, name: '家里的电脑', billingCycle: 'month', price: { amount: 2900, currency: 'CNY' }, dataRetentionDays: 15 },
      { id: OLD_PC, name: '旧电脑', status: 'cancelled' },
    ],
  });
}

describe('several cloud PCs in the element', () => {
  it('asks which one first, with what tells them apart, and nothing picked; Continue says to pick', async () => {
    const el = await mount({ adapter: severalPcs() });
    const text = shownText(el);
    expect(text).to.include('选择要退订的云电脑');
    expect(text).to.include('您的账号下有 3 台云电脑，每次退订一台。');
    expect(text).to.include('¥29.00/月');
    expect(text).to.include('服务停止后数据保留 15 天');
    expect(text).to.include('已退订');
    expect(text, 'nothing about one cloud PC before it is picked').not.to.include('先备份您的数据');
    for (const name of ['办公电脑', '家里的电脑']) expect(choice(el, name).checked).to.equal(false);
    expect(choice(el, '旧电脑').disabled).to.equal(true);
    await expect(el).to.be.accessible();

    await click(el, '继续');
    expect(shownText(el)).to.include('请选择要退订的云电脑');
    expect(el.getAttribute('step') ?? 'prepare').to.equal('prepare');
  });

  it('picking another loads its context; the rest of the run is about it, and submit names it', async () => {
    const mock = severalPcs();
    const el = await mount({ adapter: mock });
    await setChecked(el, choice(el, '家里的电脑'));
    await waitUntil(() => shownText(el).includes('先备份您的数据'), 'the picked cloud PC’s terms are shown');
    expect(mock.calls.filter((c) => c.method === 'loadContext').at(-1)?.input).to.deep.equal({ subscriptionId: HOME_PC });
    expect(choice(el, '家里的电脑').checked).to.equal(true);
    await setChecked(el, field(el, 'backup'));
    await setChecked(el, field(el, 'terms'));
    await click(el, '继续');
    await waitForStep(el, 'reason');
    await setChecked(el, choice(el, '费用过高'));
    await click(el, '继续');
    await waitForStep(el, 'confirm');
    expect(shownText(el)).to.include('家里的电脑');
    await setChecked(el, choice(el, '立即生效'));
    await waitUntil(() => mock.calls.some((c) => c.method === 'quoteRefund'), 'the quote is asked for');
    expect((mock.calls.find((c) => c.method === 'quoteRefund')?.input as { subscriptionId: string }).subscriptionId).to.equal(HOME_PC);
    await waitUntil(() => shownText(el).includes('已付金额'), 'the quote is shown');
    expect(shownText(el), 'the home PC’s monthly price, not the office PC’s yearly one').to.include('¥29.00');
    await click(el, '确认退订');
    await waitForStep(el, 'status');
    const submit = mock.calls.find((c) => c.method === 'submit')?.input as { subscriptionId: string };
    expect(submit.subscriptionId).to.equal(HOME_PC);

    // Then the other one: the list again, the home PC now being cancelled, nothing picked.
    await click(el, '退订另一台云电脑');
    await waitUntil(() => shownText(el).includes('选择要退订的云电脑'), 'the list of cloud PCs again');
    await waitForStep(el, 'prepare');
    expect(shownText(el)).to.include('已在退订中，选择后可查看进度');
    expect(choice(el, '办公电脑').checked).to.equal(false);
    await setChecked(el, choice(el, '办公电脑'));
    await waitUntil(() => shownText(el).includes('先备份您的数据'), 'the office PC’s prepare step');
    await expect(el).to.be.accessible();
  });

  it('in English too', async () => {
    const el = await mount({ adapter: severalPcs(), locale: 'en' });
    const text = shownText(el);
    expect(text).to.include('Which cloud PC do you want to cancel?');
    expect(text).to.include('Your account has 3 cloud PCs. You cancel one at a time.');
    expect(text).to.include('Data kept for 15 days after the service stops');
    await click(el, 'Continue');
    expect(shownText(el)).to.include('Select the cloud PC you want to cancel');
    await expect(el).to.be.accessible();
  });

  it('subscription-id preselects one, and one not on the account is said so', async () => {
    const preselected = await fixture<CloudpcUnsubscribe>(
      html`<cloudpc-unsubscribe locale="zh-CN" persist="none" subscription-id=${HOME_PC} .adapter=${severalPcs()}></cloudpc-unsubscribe>`,
    );
    await settled(preselected);
    expect(choice(preselected, '家里的电脑').checked).to.equal(true);
    expect(shownText(preselected)).to.include('先备份您的数据');

    const stranger = await fixture<CloudpcUnsubscribe>(
      html`<cloudpc-unsubscribe
        locale="zh-CN"
        persist="none"
        subscription-id="CPC-NOT-MINE"
        .adapter=${severalPcs()}
      ></cloudpc-unsubscribe>`,
    );
    await settled(stranger);
    expect(shownText(stranger)).to.include('链接中指定的云电脑不在这个账号下');
  });

  it('one cloud PC shows no picker, as before', async () => {
    const el = await mount({ adapter: createMockAdapter({ now: () => new Date(NOW), verificationMethods: [] }) });
    expect(shownText(el)).not.to.include('选择要退订的云电脑');
    expect(shownText(el)).to.include('先备份您的数据');
  });
});
