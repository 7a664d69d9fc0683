import { expect } from '@open-wc/testing';
import { DEFAULT_OPTIONS, flowConfigFor, localized, resolveOptions } from '../../src/options/index.js';

function collect(): { messages: string[]; report: (m: string) => void } {
  const messages: string[] = [];
  return { messages, report: (m) => messages.push(m) };
}

describe('operator options', () => {
  it('are the defaults when none are given', () => {
    const { messages, report } = collect();
    expect(resolveOptions(undefined, report)).to.deep.equal(DEFAULT_OPTIONS);
    expect(messages).to.deep.equal([]);
  });

  it('keep every valid field', () => {
    const options = resolveOptions(
      { commentMaxLength: 80, faq: [{ question: '问', answer: '答' }], signInUrl: '/login' },
      collect().report,
    );
    expect(options.commentMaxLength).to.equal(80);
    expect(options.faq).to.have.length(1);
    expect(options.signInUrl).to.equal('/login');
  });

  it('name a bad field in a console error and fall back to its default, keeping the rest', () => {
    const { messages, report } = collect();
    const options = resolveOptions({ commentMaxLength: 12.5, reasons: [{ id: 'a' }], statusPollSeconds: 10 }, report);
    expect(options.commentMaxLength).to.equal(DEFAULT_OPTIONS.commentMaxLength);
    expect(options.reasons).to.equal(null);
    expect(options.statusPollSeconds).to.equal(10);
    expect(messages.join('\n')).to.contain('options.commentMaxLength');
    expect(messages.join('\n')).to.contain('options.reasons[0].label');
  });

  it('give every adapter call a 20 s deadline, or the whole seconds from 1 to 120 the page asks for', () => {
    const { messages, report } = collect();
    expect(DEFAULT_OPTIONS.callTimeoutSeconds).to.equal(20);
    expect(resolveOptions({ callTimeoutSeconds: 45 }, report).callTimeoutSeconds).to.equal(45);
    for (const bad of [0, 121, 2.5, '30']) expect(resolveOptions({ callTimeoutSeconds: bad }, report).callTimeoutSeconds).to.equal(20);
    expect(messages).to.have.length(4);
    expect(messages.every((m) => m.includes('options.callTimeoutSeconds'))).to.equal(true);
  });

  it('cut a runaway list to its cap, with a console warning, keeping its first items', () => {
    const warnings: string[] = [];
    const alternatives = Array.from({ length: 5000 }, (_, i) => ({ title: `产品 ${i}` }));
    const options = resolveOptions({ alternatives }, collect().report, (m) => warnings.push(m));
    expect(options.alternatives).to.have.length(20);
    expect(options.alternatives[0]?.title).to.equal('产品 0');
    expect(warnings).to.deep.equal(['<cloudpc-unsubscribe>: options.alternatives has 5000 items; only the first 20 are used.']);
  });

  it('report unknown fields and non-objects without throwing', () => {
    const { messages, report } = collect();
    expect(resolveOptions({ colour: 'red' }, report)).to.deep.equal(DEFAULT_OPTIONS);
    expect(resolveOptions('nope', report)).to.deep.equal(DEFAULT_OPTIONS);
    expect(messages).to.have.length(2);
  });

  it('attach an offer to a reason only when that offer exists', () => {
    const options = resolveOptions(
      {
        reasons: [
          { id: 'price', label: '太贵', offerId: 'half' },
          { id: 'slow', label: '太慢', offerId: 'missing' },
        ],
        offers: [{ id: 'half', title: '半价', description: '三个月半价' }],
      },
      collect().report,
    );
    const config = flowConfigFor('guided', options);
    expect(config.offersByReason).to.deep.equal({ price: 'half' });
    expect(config.reasons.map((r) => r.id)).to.deep.equal(['price', 'slow']);
  });

  it('pick the text of the locale and fall back to the other', () => {
    expect(localized('同一', 'en')).to.equal('同一');
    expect(localized({ 'zh-CN': '中文', en: 'English' }, 'en')).to.equal('English');
    expect(localized({ 'zh-CN': '中文' }, 'en')).to.equal('中文');
  });
});
