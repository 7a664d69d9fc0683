/** Hostile strings in the operator's options: reason labels and the retention offer they lead to. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMockAdapter } from '../../src/adapters/mock/index.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { UnsubscribeOptions } from '../../src/options/index.js';
import { choice, click, field, keepPageVisible, setChecked, settled, waitForStep } from '../element/drive.js';
import { expectInert, expectShown, shows, tag } from './hostile.js';

const OPTIONS: UnsubscribeOptions = {
  reasons: [
    { id: 'r1', label: tag('optionReason'), offerId: 'o1' },
    { id: 'r2', label: { 'zh-CN': tag('otherReason') }, requiresComment: true },
  ],
  offers: [{ id: 'o1', title: tag('offerTitle'), description: { 'zh-CN': tag('offerDescription') }, acceptLabel: tag('offerAccept') }],
};

describe('hostile strings in the options', () => {
  keepPageVisible();
  afterEach(() => delete window.__hostile);

  it('reason labels and the offer show literally and run nothing', async () => {
    // The back end lists no reasons, so the operator's are used.
    const adapter = createMockAdapter({ verificationMethods: ['sms'], context: { reasons: [] } }) as UnsubscribeAdapter;
    const el = await fixture<CloudpcUnsubscribe>(
      html`<cloudpc-unsubscribe persist="none" .adapter=${adapter} .options=${OPTIONS}></cloudpc-unsubscribe>`,
    );
    await settled(el);
    await setChecked(el, field(el, 'backup'));
    await setChecked(el, field(el, 'terms'));
    await click(el, '继续');
    await waitForStep(el, 'reason');
    expectShown(el, tag('optionReason'), 'reason label');
    expectShown(el, tag('otherReason'), 'localized reason label');
    expectInert(el, 'reason');

    await setChecked(el, choice(el, 'optionReason:'));
    await click(el, '继续');
    await waitUntil(() => shows(el, tag('offerTitle')), 'the offer did not show');
    for (const f of ['offerDescription', 'offerAccept']) expectShown(el, tag(f), f);
    expectInert(el, 'offer');
    expect(el.step).to.equal('reason');
  });
});
