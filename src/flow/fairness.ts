/**
 * The fairness rules: what would make the unsubscribe flow a dark pattern in an operator's
 * configuration or in its back end's answers. One pure function over plain facts, so the
 * conformance check (src/check/), the Storybook panel (stories/support/fairness-panel.ts) and the
 * tests all judge by the same rules. The widget itself already keeps to most of them (at most one
 * offer per run, nothing paid pre-selected, 继续 and 确认退订 as primary buttons); these rules say
 * where an operator's choices (options, theme, texts, answers) would undo that.
 */
import type { FlowMode, StepId } from './types.js';
import { isPreSubmit, stepsFor } from './steps.js';
import type { VerificationMethod } from '../contract/types.js';

export type FairnessRule =
  'one-offer' | 'nothing-paid-preselected' | 'equal-weight' | 'no-required-survey' | 'no-countdown-pressure' | 'no-harder-than-sign-up';

export const FAIRNESS_RULES: readonly FairnessRule[] = [
  'one-offer',
  'nothing-paid-preselected',
  'equal-weight',
  'no-required-survey',
  'no-countdown-pressure',
  'no-harder-than-sign-up',
];

/** How heavy a button looks, as drawn: what a subscriber's eye weighs. */
export interface ButtonWeight {
  /** Width × height in CSS px. */
  area: number;
  /** In CSS px. */
  fontSize: number;
  /** CSS font-weight (400 normal, 700 bold). */
  fontWeight: number;
  /** Contrast of the label against what is behind it (WCAG ratio, 1 to 21). */
  contrast: number;
  /** Filled with a colour (a primary button), rather than an outline or a link. */
  filled: boolean;
}

/** A pair of buttons that should weigh the same, or the second no more than the first. */
export interface ButtonPair {
  /** Where the pair is: "reason: the offer", "confirm". */
  where: string;
  /** The way out of the subscription (继续, 确认退订) or declining an offer. */
  leave: ButtonWeight;
  /** The way to stay (不退订了, accepting an offer). */
  stay: ButtonWeight;
}

/** What the rules look at; every field is optional, and a rule with nothing to judge is not reported. */
export interface FairnessFacts {
  /** The offers one run can show (attached to reasons in the options, or sent by the back end). */
  offers?: readonly { id: string; texts: readonly string[] }[];
  /** Choices that start selected, with whether picking them costs the subscriber money. */
  preselected?: readonly { what: string; costsMoney: boolean }[];
  /** The buttons as drawn (a story or a page measures them). */
  buttons?: readonly ButtonPair[];
  /** Reasons whose comment is required before the subscriber may go on (a survey as a toll). */
  reasonsRequiringComment?: readonly string[];
  /** How many reasons there are to pick from. */
  reasonCount?: number;
  /** Whether picking a reason is required to go on. */
  reasonRequired?: boolean;
  /** Timers the subscriber meets: a code's validity and the like, in seconds. */
  countdowns?: readonly { what: string; seconds: number }[];
  /** The run's mode and verification methods: the steps to cancel are counted from them. */
  run?: { mode: FlowMode; methods: readonly VerificationMethod[] };
  /** How many steps signing up takes, as the operator declares it (`options.signUpSteps`). */
  signUpSteps?: number;
}

export interface FairnessFinding {
  rule: FairnessRule;
  /** False when the rule is broken. */
  ok: boolean;
  message: string;
}

/** The catch-all reason: asking what "other" means is fair. */
export const CATCH_ALL_REASON = 'other';

/** Words that press for a decision against a clock, in zh-CN and en. */
const URGENCY =
  /限时|仅剩|倒计时|即将(失效|结束|过期)|(马上|立即|今天|今日|今晚)(截止|失效|结束)|最后(机会|一天)|错过|limited[- ]time|only \d+ (left|hours?|minutes?|days?)|expires? (soon|today|tonight|in)|ends? (soon|today|tonight)|last chance|hurry|don't miss|act now/i;

/** Below this, a code's validity is pressure rather than security (WCAG 2.2, 2.2.1 Timing Adjustable, asks for 20 hours or a way to extend; two minutes is the floor here). */
export const SHORTEST_FAIR_COUNTDOWN_SECONDS = 120;

/** How much heavier the stay button may look before it pushes: 25 % more area, or a filled stay button beside an unfilled way out. */
const AREA_TOLERANCE = 1.25;

/** The steps before the request is sent, in a run of this mode with these methods. */
export function stepsToCancel(mode: FlowMode, methods: readonly VerificationMethod[]): number {
  return stepsFor(mode, methods).filter((step: StepId) => isPreSubmit(step)).length;
}

/** Why `stay` outweighs `leave`, or null when it does not. */
export function heavierStay(pair: ButtonPair): string | null {
  const { leave, stay } = pair;
  if (stay.filled && !leave.filled) return 'the way to stay is a filled button and the way out is not';
  // A filled way out beside a link to stay already weighs more, whatever the link's length; alike buttons are weighed by size and boldness.
  const alike = stay.filled === leave.filled;
  if (alike && stay.area > leave.area * AREA_TOLERANCE)
    return `the way to stay is ${Math.round((stay.area / leave.area) * 100)} % the size of the way out`;
  if (stay.fontSize > leave.fontSize) return `the way to stay has larger text (${stay.fontSize} px against ${leave.fontSize} px)`;
  if (alike && stay.fontWeight > leave.fontWeight) return 'the way to stay is bolder';
  if (leave.contrast < 4.5) return `the way out has ${leave.contrast.toFixed(1)}:1 contrast, under 4.5:1`;
  return null;
}

/** Judges the facts by every rule there is something to judge; a fair flow gives only findings with `ok`. */
export function fairnessFindings(facts: FairnessFacts): FairnessFinding[] {
  const findings: FairnessFinding[] = [];
  const add = (rule: FairnessRule, problem: string | null, fine: string): void => {
    findings.push(problem === null ? { rule, ok: true, message: fine } : { rule, ok: false, message: problem });
  };

  if (facts.offers !== undefined) {
    const ids = [...new Set(facts.offers.map((o) => o.id))];
    add(
      'one-offer',
      ids.length > 1
        ? `${ids.length} retention offers are configured (${ids.join(', ')}): a subscriber should meet one offer at most, declined in one press`
        : null,
      ids.length === 0 ? 'no retention offer' : 'one retention offer at most',
    );
  }

  if (facts.preselected !== undefined) {
    const paid = facts.preselected.filter((p) => p.costsMoney).map((p) => p.what);
    add(
      'nothing-paid-preselected',
      paid.length > 0 ? `pre-selected and costs money: ${paid.join('; ')}` : null,
      'nothing that costs money is pre-selected',
    );
  }

  if (facts.buttons !== undefined) {
    const heavy = facts.buttons.flatMap((pair) => {
      const why = heavierStay(pair);
      return why === null ? [] : [`${pair.where}: ${why}`];
    });
    add(
      'equal-weight',
      heavy.length > 0 ? `keep and cancel are not of equal weight: ${heavy.join('; ')}` : null,
      'the way out weighs at least as much as the way to stay',
    );
  }

  if (facts.reasonsRequiringComment !== undefined || facts.reasonRequired !== undefined) {
    const comments = facts.reasonsRequiringComment ?? [];
    // "Other, please say what" is fair; a comment demanded for a named reason, or for every reason, is a survey as a toll.
    const tolls = comments.filter((id) => id !== CATCH_ALL_REASON);
    const everyReason = facts.reasonCount !== undefined && facts.reasonCount > 0 && comments.length >= facts.reasonCount;
    add(
      'no-required-survey',
      everyReason
        ? 'every reason requires a written explanation before unsubscribing'
        : tolls.length > 0
          ? `a written explanation is required before unsubscribing for: ${tolls.join(', ')}`
          : null,
      facts.reasonRequired === true
        ? 'a reason is one tap; no written explanation is required (except to say what "other" is)'
        : 'no survey is required',
    );
  }

  if (facts.offers !== undefined || facts.countdowns !== undefined) {
    const pressing = (facts.offers ?? []).flatMap((o) =>
      o.texts.filter((text) => URGENCY.test(text)).map((text) => `offer ${o.id}: "${text}"`),
    );
    const short = (facts.countdowns ?? [])
      .filter((c) => c.seconds < SHORTEST_FAIR_COUNTDOWN_SECONDS)
      .map((c) => `${c.what} runs out in ${c.seconds} s`);
    const problems = [...pressing, ...short];
    add('no-countdown-pressure', problems.length > 0 ? `countdown pressure: ${problems.join('; ')}` : null, 'no countdown pressure');
  }

  if (facts.signUpSteps !== undefined && facts.run !== undefined) {
    const cancel = stepsToCancel(facts.run.mode, facts.run.methods);
    add(
      'no-harder-than-sign-up',
      cancel > facts.signUpSteps
        ? `cancelling takes ${cancel} steps and signing up ${facts.signUpSteps}: cancelling should take no more`
        : null,
      `cancelling takes ${cancel} steps, signing up ${facts.signUpSteps}`,
    );
  }
  return findings;
}
