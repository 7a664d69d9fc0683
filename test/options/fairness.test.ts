/** The facts the fairness rules judge, read from an operator's options and its back end's answers. */
import { expect } from '@open-wc/testing';
import { fairnessFindings } from '../../src/flow/fairness.js';
import { resolveOptions } from '../../src/options/index.js';
import { fairnessFactsOf } from '../../src/options/fairness.js';
import type { RefundQuote } from '../../src/contract/types.js';

const money = (amount: number) => ({ amount, currency: 'CNY' });
const quote = (effective: 'immediately' | 'end-of-term', refund: number): RefundQuote =>
  ({ effective, paid: money(4900), used: money(4900 - refund), penalty: money(0), refund: money(refund) }) as unknown as RefundQuote;

const quiet = (options: unknown) =>
  resolveOptions(
    options,
    () => undefined,
    () => undefined,
  );

describe('fairness facts from options and answers', () => {
  it('find nothing unfair in an operator who sets nothing', () => {
    const facts = fairnessFactsOf(quiet(undefined), { mode: 'guided', methods: ['sms'] });
    expect(fairnessFindings(facts).filter((f) => !f.ok)).to.deep.equal([]);
    expect(facts.signUpSteps).to.equal(undefined);
  });

  it('count only the offers a reason can show, with their texts in both languages', () => {
    const options = quiet({
      reasons: [
        { id: 'too-expensive', label: '太贵', offerId: 'half' },
        { id: 'rarely-used', label: '用得少', offerId: 'pause' },
      ],
      offers: [
        { id: 'half', title: { 'zh-CN': '限时半价', en: 'Half price' }, description: '三个月' },
        { id: 'pause', title: '暂停', description: '保留数据' },
        { id: 'unused', title: '不会出现', description: '没有原因指向它' },
      ],
    });
    const facts = fairnessFactsOf(options, { mode: 'guided', methods: ['sms'] });
    expect(facts.offers?.map((o) => o.id)).to.deep.equal(['half', 'pause']);
    const failed = fairnessFindings(facts)
      .filter((f) => !f.ok)
      .map((f) => f.rule);
    expect(failed).to.have.members(['one-offer', 'no-countdown-pressure']);
  });

  it('find nothing paid pre-selected: with a choice of effective time the widget pre-selects none, in either order', () => {
    const quotes = new Map([
      ['end-of-term', quote('end-of-term', 0)],
      ['immediately', quote('immediately', 2450)],
    ] as const);
    for (const effectiveOptions of [
      ['end-of-term', 'immediately'],
      ['immediately', 'end-of-term'],
    ] as const) {
      const facts = fairnessFactsOf(quiet(undefined), { mode: 'guided', methods: ['sms'] }, { effectiveOptions, quotes });
      expect(facts.preselected, effectiveOptions.join(' ')).to.deep.equal([]);
      expect(fairnessFindings(facts).find((f) => f.rule === 'nothing-paid-preselected')?.ok).to.equal(true);
    }
    // One time offered is no choice, so it costs nothing extra.
    const only = fairnessFactsOf(quiet(undefined), { mode: 'guided', methods: ['sms'] }, { effectiveOptions: ['immediately'], quotes });
    expect(fairnessFindings(only).find((f) => f.rule === 'nothing-paid-preselected')?.ok).to.equal(true);
  });

  it("judge the back end's reasons over the options', and the declared sign-up steps", () => {
    const facts = fairnessFactsOf(
      quiet({ signUpSteps: 3 }),
      { mode: 'guided', methods: ['sms'] },
      {
        reasons: [
          { id: 'moving', requiresComment: true },
          { id: 'other', requiresComment: true },
        ],
      },
    );
    const failed = fairnessFindings(facts).filter((f) => !f.ok);
    expect(failed.map((f) => f.rule)).to.have.members(['no-required-survey', 'no-harder-than-sign-up']);
  });

  it('reject a sign-up step count that is not a whole number of at least one', () => {
    const errors: string[] = [];
    expect(resolveOptions({ signUpSteps: 0 }, (m) => errors.push(m)).signUpSteps).to.equal(null);
    expect(errors[0]).to.contain('options.signUpSteps');
  });
});
