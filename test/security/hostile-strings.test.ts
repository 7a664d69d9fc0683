/**
 * Hostile strings and links from every source the widget shows: the back end's answers (context,
 * quote, challenge, status), the operator's options and message overrides. Nothing may run, no
 * element may be made from data, the text shows literally, and links other than https: and
 * relative ones are dropped with a warning that names where they came from.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMockAdapter } from '../../src/adapters/mock/index.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { MessageOverrides } from '../../src/i18n/index.js';
import type { UnsubscribeOptions } from '../../src/options/index.js';
import { capturingWarnings, click, keepPageVisible, root, settled, waitForStep } from '../element/drive.js';
import { walkTo } from '../element/walk.js';
import { expectInert, expectShown, LONG, shows, tag } from './hostile.js';

/** The mock back end, with hostile strings put into the parts of its answers the mock does not let one set. */
function hostileAdapter(outcome: 'completed' | 'rejected', now: () => Date): UnsubscribeAdapter {
  const mock = createMockAdapter({
    now,
    verificationMethods: ['sms'],
    context: {
      account: { displayName: tag('name'), maskedPhone: tag('phone'), id: tag('account') },
      subscription: { productName: tag('product'), planName: tag('plan') },
      terms: {
        title: tag('terms'),
        version: tag('version'),
        highlights: [tag('highlight'), LONG],
        refundMethod: tag('refundMethod'),
        url: `javascript:window.__hostile="terms-${outcome}"`,
      },
      support: { hotline: tag('hotline'), email: tag('email'), hours: tag('hours'), chatUrl: `data:text/html,<script>${outcome}</script>` },
      reasons: [
        { id: 'r1', label: `费用过高 ${tag('reason')}` },
        { id: 'r2', label: tag('other'), requiresComment: true },
      ],
    },
    statusTimeline: { processingAfterMs: 0, doneAfterMs: 60_000, outcome, rejectionReason: tag('rejected') },
  });
  return {
    ...mock,
    startVerification: async (input, o) => {
      const challenge = await mock.startVerification(input, o);
      return challenge.method === 'sms' ? { ...challenge, maskedPhone: tag('challengePhone') } : challenge;
    },
    quoteRefund: async (input, o) => ({ ...(await mock.quoteRefund(input, o)), method: tag('quoteMethod') }),
  };
}

/** Warnings are given once per source and link, so each test uses links of its own. */
const optionsFor = (run: string): UnsubscribeOptions => ({
  faq: [{ question: tag('faqQ'), answer: { 'zh-CN': tag('faqA') } }],
  alternatives: [
    { title: tag('altSafe'), description: tag('altDescription'), url: 'https://cloudpc.10086.cn/alt' },
    { title: tag('altBad'), url: `http://cloudpc.10086.cn/alt/${run}` },
    { title: tag('altProto'), url: `//evil.example/alt/${run}` },
  ],
  uninstallGuides: [{ platform: 'windows', label: tag('guide'), steps: [tag('guideStep')] }],
  deleteAccountUrl: `javascript:window.__hostile="delete-${run}"`,
  signInUrl: `data:text/html,${run}`,
});

const MESSAGES: MessageOverrides = { 'zh-CN': { 'prepare.period': `${tag('message')} {start} {end}` } };

async function mountHostile(adapter: UnsubscribeAdapter, options: UnsubscribeOptions): Promise<CloudpcUnsubscribe> {
  const el = await fixture<CloudpcUnsubscribe>(
    html`<cloudpc-unsubscribe persist="none" .adapter=${adapter} .options=${options} .messages=${MESSAGES}></cloudpc-unsubscribe>`,
  );
  await settled(el);
  return el;
}

describe('hostile strings through every step', () => {
  keepPageVisible();
  afterEach(() => delete window.__hostile);

  for (const outcome of ['completed', 'rejected'] as const) {
    it(`run nothing, make no element and show literally (${outcome})`, async () => {
      let now = Date.parse('2026-11-24T10:00:00+08:00');
      let el: CloudpcUnsubscribe | undefined;
      const warnings = await capturingWarnings(async () => {
        el = await mountHostile(
          hostileAdapter(outcome, () => new Date(now)),
          optionsFor(outcome),
        );
        expectInert(el, 'prepare');
        for (const f of [
          'name',
          'phone',
          'account',
          'product',
          'plan',
          'terms',
          'version',
          'highlight',
          'refundMethod',
          'message',
          'faqQ',
          'faqA',
        ])
          expectShown(el, tag(f), f);
        expectShown(el, LONG, 'a long string');

        await walkTo(el, 'verify');
        expectInert(el, 'verify');
        await click(el, '发送验证码');
        await waitUntil(() => shows(el!, tag('challengePhone')), 'the hostile phone did not show');
        expectInert(el, 'verify with a challenge');

        await walkTo(el, 'confirm');
        await waitUntil(() => shows(el!, tag('quoteMethod')), 'the hostile refund method did not show');
        expectInert(el, 'confirm');
        expectShown(el, tag('reason'), 'reason');

        await walkTo(el, 'status');
        expectInert(el, 'status');
        for (const f of ['hours', 'hotline', 'email']) expectShown(el, tag(f), f);
        now += 61_000;
        await click(el, '立即刷新');
        await waitForStep(el, 'done');
        await el.updateComplete;
        expectInert(el, 'done');
        if (outcome === 'rejected') expectShown(el, tag('rejected'), 'rejectionReason');
        else for (const f of ['altSafe', 'altBad', 'altProto', 'altDescription', 'guide', 'guideStep']) expectShown(el, tag(f), f);
      });
      expect(warnings.join('\n')).to.match(/terms\.url/);
      expect(warnings.join('\n')).to.match(/support\.chatUrl/);
      if (outcome === 'completed') {
        for (const source of ['options.deleteAccountUrl', 'options.alternatives[1].url', 'options.alternatives[2].url']) {
          expect(warnings.join('\n'), source).to.contain(source);
        }
        const hrefs = [...root(el!).querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
        expect(hrefs).to.include('https://cloudpc.10086.cn/alt');
      }
    });
  }
});
