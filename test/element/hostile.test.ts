import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMockAdapter } from '../../src/adapters/mock/index.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import { choice, click, field, keepPageVisible, root, setChecked, settled, shownText, type, waitForStep } from './drive.js';
import { walkTo } from './walk.js';

const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
const tag = (field: string) => `${field}${XSS}`;

declare global {
  interface Window {
    __xss?: number;
  }
}

/** No element came from adapter data, nothing ran, and the text shows literally. */
async function expectInert(el: CloudpcUnsubscribe, label: string): Promise<void> {
  await el.updateComplete;
  expect(root(el).querySelector('img, script'), `${label}: an element was made from data`).to.equal(null);
  expect(window.__xss, `${label}: script ran`).to.equal(undefined);
}

describe('strings with markup in every adapter field', () => {
  keepPageVisible();
  afterEach(() => delete window.__xss);

  it('render as text on every step and run nothing', async () => {
    let now = Date.parse('2026-11-24T10:00:00+08:00');
    const mock = createMockAdapter({
      now: () => new Date(now),
      verificationMethods: ['sms'],
      context: {
        account: { displayName: tag('name'), maskedPhone: tag('phone'), id: tag('account') },
        subscription: { productName: tag('product'), planName: tag('plan') },
        terms: { title: tag('terms'), version: tag('version'), highlights: [tag('highlight')], refundMethod: tag('method') },
        support: { hotline: tag('hotline'), email: tag('email'), hours: tag('hours'), chatUrl: 'javascript:window.__xss=3' },
        reasons: [
          { id: 'r1', label: tag('reason') },
          { id: 'r2', label: tag('other'), requiresComment: true },
        ],
      },
      statusTimeline: { processingAfterMs: 0, doneAfterMs: 60_000, outcome: 'rejected', rejectionReason: tag('rejected') },
    });
    const el = await fixture<CloudpcUnsubscribe>(
      html`<cloudpc-unsubscribe persist="none" .adapter=${mock as UnsubscribeAdapter}></cloudpc-unsubscribe>`,
    );
    await settled(el);
    await expectInert(el, 'prepare');
    for (const field of ['name', 'product', 'plan', 'terms', 'highlight', 'method']) expect(shownText(el)).to.contain(tag(field));

    await walkToWithReason(el);
    await expectInert(el, 'verify');
    await walkTo(el, 'confirm');
    await expectInert(el, 'confirm');
    expect(shownText(el)).to.contain(tag('reason'));
    await walkTo(el, 'status').catch((e: Error) => {
      throw new Error(`${e.message}: ${shownText(el).slice(0, 600)}`);
    });
    await expectInert(el, 'status');
    now += 61_000;
    await click(el, '立即刷新');
    await waitForStep(el, 'done');
    await expectInert(el, 'done');
    expect(shownText(el)).to.contain(tag('rejected'));
    // The chat link was a javascript: URL: it is not a link at all.
    expect([...root(el).querySelectorAll('a')].some((a) => a.getAttribute('href')?.startsWith('javascript'))).to.equal(false);
  });
});

async function walkToWithReason(el: CloudpcUnsubscribe): Promise<void> {
  await setChecked(el, field(el, 'backup'));
  await setChecked(el, field(el, 'terms'));
  await click(el, '继续');
  await waitForStep(el, 'reason');
  await setChecked(el, choice(el, 'reason'));
  await type(el, field<HTMLTextAreaElement>(el, 'comment'), XSS);
  await click(el, '继续');
  await waitForStep(el, 'verify');
}

describe('security question prompts with markup', () => {
  keepPageVisible();
  afterEach(() => delete window.__xss);

  it('show as text', async () => {
    const mock = createMockAdapter({
      verificationMethods: ['security-questions'],
      securityQuestions: [{ id: 'q1', prompt: tag('prompt'), answer: '杭州' }],
    });
    const el = await fixture<CloudpcUnsubscribe>(
      html`<cloudpc-unsubscribe persist="none" .adapter=${mock as UnsubscribeAdapter}></cloudpc-unsubscribe>`,
    );
    await settled(el);
    await walkTo(el, 'verify');
    await click(el, '显示安全问题');
    await waitForStep(el, 'verify');
    await waitUntil(() => shownText(el).includes(tag('prompt')), 'the prompt did not show');
    await expectInert(el, 'security questions');
  });
});
