/**
 * Hostile strings and links in the verification challenges (face hand-off link, security
 * question prompts) and in the sign-in link shown when the subscriber must log in.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMockAdapter } from '../../src/adapters/mock/index.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import { UnsubscribeError } from '../../src/contract/errors.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { UnsubscribeOptions } from '../../src/options/index.js';
import { capturingWarnings, choice, click, keepPageVisible, root, setChecked, settled, shownText } from '../element/drive.js';
import { walkTo } from '../element/walk.js';
import { expectInert, expectShown, tag } from './hostile.js';

async function mountWith(adapter: UnsubscribeAdapter, options?: UnsubscribeOptions): Promise<CloudpcUnsubscribe> {
  const el = await fixture<CloudpcUnsubscribe>(
    html`<cloudpc-unsubscribe persist="none" .adapter=${adapter} .options=${options}></cloudpc-unsubscribe>`,
  );
  await settled(el);
  return el;
}

/** The mock back end with every method, handing out `handoffUrl` for face recognition. */
function withHandoff(handoffUrl: string): UnsubscribeAdapter {
  const mock = createMockAdapter({
    verificationMethods: ['sms', 'face', 'security-questions'],
    securityQuestions: [{ id: 'q1', prompt: tag('prompt'), answer: '杭州' }],
  });
  return {
    ...mock,
    startVerification: async (input, o) => {
      const challenge = await mock.startVerification(input, o);
      return challenge.method === 'face' ? { ...challenge, handoffUrl } : challenge;
    },
  };
}

async function startFace(el: CloudpcUnsubscribe): Promise<void> {
  await walkTo(el, 'verify');
  await setChecked(el, choice(el, '人脸识别'));
  await click(el, '开始人脸识别');
}

describe('hostile verification challenges', () => {
  keepPageVisible();
  afterEach(() => delete window.__hostile);

  for (const bad of [
    'javascript:window.__hostile="face"',
    'data:text/html,<script>1</script>',
    'http://cloudpc.10086.cn/face',
    '//evil.example/face',
  ]) {
    it(`drop a face hand-off link ${bad.slice(0, 24)} with a warning`, async () => {
      let el: CloudpcUnsubscribe | undefined;
      const warnings = await capturingWarnings(async () => {
        el = await mountWith(withHandoff(bad));
        await startFace(el);
        await waitUntil(() => shownText(el!).includes('人脸识别链接无效'), 'the bad link was not refused');
        expectInert(el, 'face');
      });
      expect(
        root(el!).querySelector('.verify-qr svg, .verify-link__url, .verify-handoff__open'),
        'a QR code or link of a refused URL',
      ).to.equal(null);
      expect(warnings.join('\n')).to.contain('challenge.handoffUrl');
    });
  }

  it('show an https hand-off link as a link and a QR code, and nothing else', async () => {
    const url = 'https://cloudpc.10086.cn/face?t="><svg onload=alert(1)>';
    const el = await mountWith(withHandoff(url));
    await startFace(el);
    await waitUntil(() => root(el).querySelector('.verify-qr svg'), 'the QR code did not show');
    expectInert(el, 'face with a QR code');
    // The link may be shown normalised (percent-encoded): it is the same address.
    expect(new URL(root(el).querySelector('.verify-handoff__open')?.getAttribute('href') ?? '', location.href).href).to.equal(
      new URL(url).href,
    );
    expect(new URL(root(el).querySelector<HTMLInputElement>('.verify-link__url')?.value ?? '', location.href).href).to.equal(
      new URL(url).href,
    );
  });

  it('show security question prompts as text', async () => {
    const el = await mountWith(withHandoff('https://cloudpc.10086.cn/face'));
    await walkTo(el, 'verify');
    await setChecked(el, choice(el, '安全问题'));
    await click(el, '显示安全问题');
    await waitUntil(() => shownText(el).includes('prompt:'), 'the prompt did not show');
    expectShown(el, tag('prompt'), 'prompt');
    expectInert(el, 'security questions');
  });
});

describe('the sign-in link', () => {
  const unauthenticated = (): UnsubscribeAdapter => {
    const mock = createMockAdapter();
    return { ...mock, loadContext: () => Promise.reject(new UnsubscribeError('unauthenticated', 'signed out')) };
  };

  it('is dropped with a warning when it is not https or relative', async () => {
    let el: CloudpcUnsubscribe | undefined;
    const warnings = await capturingWarnings(async () => {
      el = await mountWith(unauthenticated(), { signInUrl: 'javascript:window.__hostile="signin"' });
    });
    expect(shownText(el!)).to.contain('请先登录');
    expect([...root(el!).querySelectorAll('a')].some((a) => a.textContent?.includes('去登录'))).to.equal(false);
    expect(warnings.join('\n')).to.contain('options.signInUrl');
    expectInert(el!, 'blocked');
  });

  it('is a link when it is relative', async () => {
    const el = await mountWith(unauthenticated(), { signInUrl: '/login?next=%2Funsubscribe' });
    const link = [...root(el).querySelectorAll('a')].find((a) => a.textContent?.includes('去登录'));
    expect(link?.getAttribute('href')).to.equal('/login?next=%2Funsubscribe');
  });
});
