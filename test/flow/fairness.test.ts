/** The fairness rules: what would make the unsubscribe flow a dark pattern, judged from plain facts. */
import { expect } from '@open-wc/testing';
import {
  fairnessFindings,
  heavierStay,
  stepsToCancel,
  type ButtonWeight,
  type FairnessFinding,
  type FairnessRule,
} from '../../src/flow/fairness.js';

const primary: ButtonWeight = { area: 120 * 44, fontSize: 16, fontWeight: 400, contrast: 5.6, filled: true };
const link: ButtonWeight = { area: 200 * 44, fontSize: 16, fontWeight: 400, contrast: 5.6, filled: false };

function only(findings: FairnessFinding[], rule: FairnessRule): FairnessFinding {
  const found = findings.filter((f) => f.rule === rule);
  expect(found, `one finding for ${rule}`).to.have.length(1);
  return found[0]!;
}

describe('the fairness rules', () => {
  it('judge nothing they were not given', () => {
    expect(fairnessFindings({})).to.deep.equal([]);
  });

  it('pass the widget as it comes: no offer, nothing pre-selected, 继续 as the primary button, guided steps', () => {
    const findings = fairnessFindings({
      offers: [],
      preselected: [],
      buttons: [{ where: 'prepare', leave: primary, stay: link }],
      reasonsRequiringComment: ['other'],
      reasonCount: 6,
      reasonRequired: true,
      countdowns: [{ what: 'the SMS code', seconds: 300 }],
      run: { mode: 'guided', methods: ['sms'] },
      signUpSteps: 4,
    });
    expect(findings.filter((f) => !f.ok)).to.deep.equal([]);
    expect(findings.map((f) => f.rule)).to.have.members([
      'one-offer',
      'nothing-paid-preselected',
      'equal-weight',
      'no-required-survey',
      'no-countdown-pressure',
      'no-harder-than-sign-up',
    ]);
  });

  it('fail more than one offer in a run', () => {
    const finding = only(
      fairnessFindings({
        offers: [
          { id: 'half-price', texts: [] },
          { id: 'free-month', texts: [] },
        ],
      }),
      'one-offer',
    );
    expect(finding.ok).to.equal(false);
    expect(finding.message).to.contain('half-price, free-month');
    expect(only(fairnessFindings({ offers: [{ id: 'half-price', texts: [] }] }), 'one-offer').ok).to.equal(true);
  });

  it('fail anything pre-selected that costs money, and only that', () => {
    const paid = only(
      fairnessFindings({
        preselected: [
          { what: 'end of term', costsMoney: true },
          { what: 'no reason', costsMoney: false },
        ],
      }),
      'nothing-paid-preselected',
    );
    expect(paid.ok).to.equal(false);
    expect(paid.message).to.contain('end of term').and.not.contain('no reason');
    expect(only(fairnessFindings({ preselected: [{ what: 'no reason', costsMoney: false }] }), 'nothing-paid-preselected').ok).to.equal(
      true,
    );
  });

  it('fail a way to stay that outweighs the way out', () => {
    expect(heavierStay({ where: 'x', leave: link, stay: primary })).to.contain('filled');
    expect(heavierStay({ where: 'x', leave: primary, stay: { ...primary, area: primary.area * 2 } })).to.contain('200 %');
    expect(heavierStay({ where: 'x', leave: primary, stay: { ...primary, fontSize: 20 } })).to.contain('larger text');
    expect(heavierStay({ where: 'x', leave: { ...primary, contrast: 2.1 }, stay: primary })).to.contain('2.1:1');
    expect(heavierStay({ where: 'x', leave: primary, stay: primary })).to.equal(null);
    const finding = only(fairnessFindings({ buttons: [{ where: 'reason: the offer', leave: link, stay: primary }] }), 'equal-weight');
    expect(finding.ok).to.equal(false);
    expect(finding.message).to.contain('reason: the offer');
  });

  it('fail a written explanation demanded for a named reason or for every reason, but not for "other"', () => {
    expect(only(fairnessFindings({ reasonsRequiringComment: ['other'], reasonCount: 6 }), 'no-required-survey').ok).to.equal(true);
    const named = only(fairnessFindings({ reasonsRequiringComment: ['too-expensive', 'other'], reasonCount: 6 }), 'no-required-survey');
    expect(named.ok).to.equal(false);
    expect(named.message).to.contain('too-expensive').and.not.contain('other');
    expect(only(fairnessFindings({ reasonsRequiringComment: ['other'], reasonCount: 1 }), 'no-required-survey').message).to.contain(
      'every reason',
    );
  });

  it('fail countdown pressure in an offer (in either language) and a code that runs out too soon', () => {
    const zh = only(fairnessFindings({ offers: [{ id: 'a', texts: ['限时优惠：今天截止'] }] }), 'no-countdown-pressure');
    expect(zh.ok).to.equal(false);
    const en = only(fairnessFindings({ offers: [{ id: 'a', texts: ['Half price. Offer ends tonight!'] }] }), 'no-countdown-pressure');
    expect(en.ok).to.equal(false);
    const code = only(fairnessFindings({ countdowns: [{ what: 'the SMS code', seconds: 60 }] }), 'no-countdown-pressure');
    expect(code.message).to.contain('the SMS code runs out in 60 s');
    expect(
      only(fairnessFindings({ offers: [{ id: 'a', texts: ['半价续订三个月', 'Three months at half price'] }] }), 'no-countdown-pressure')
        .ok,
    ).to.equal(true);
  });

  it('fail more steps to cancel than the operator declares for signing up', () => {
    expect(stepsToCancel('guided', ['sms'])).to.equal(4);
    expect(stepsToCancel('guided', [])).to.equal(3);
    expect(stepsToCancel('one-click', ['sms'])).to.equal(1);
    const harder = only(fairnessFindings({ run: { mode: 'guided', methods: ['sms'] }, signUpSteps: 2 }), 'no-harder-than-sign-up');
    expect(harder.ok).to.equal(false);
    expect(harder.message).to.contain('4 steps and signing up 2');
    expect(only(fairnessFindings({ run: { mode: 'one-click', methods: ['sms'] }, signUpSteps: 2 }), 'no-harder-than-sign-up').ok).to.equal(
      true,
    );
    expect(fairnessFindings({ run: { mode: 'guided', methods: ['sms'] } })).to.deep.equal([]);
  });
});
