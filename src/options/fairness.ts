/**
 * The facts the fairness rules (flow/fairness.ts) judge, read from an operator's options and its
 * back end's answers: the offers a run can show, the reasons that demand a comment, what starts
 * selected and whether it costs money, and the steps to cancel against `signUpSteps`. The
 * conformance check and the Storybook panel both build their facts here.
 */
import { effectiveToStartWith } from '../flow/machine.js';
import type { Effective, RefundQuote, VerificationMethod } from '../contract/types.js';
import type { FairnessFacts } from '../flow/fairness.js';
import type { FlowMode } from '../flow/types.js';
import { flowConfigFor, type LocalizedText, type ResolvedOptions } from './index.js';

export interface BackEndFacts {
  /** The context's reasons (used when the options give none). */
  reasons?: readonly { id: string; requiresComment?: boolean }[];
  /** The context's `terms.effectiveOptions`, in its order (the widget pre-selects one only when it is the only one). */
  effectiveOptions?: readonly Effective[];
  /** The refund quote per effective time, as the back end answered. */
  quotes?: ReadonlyMap<Effective, RefundQuote>;
  /** Seconds between a code being sent and its expiry, as the back end answered. */
  codeValiditySeconds?: number;
}

function texts(value: LocalizedText | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [value['zh-CN'], value.en].filter((t): t is string => t !== undefined);
}

/**
 * The effective time the widget starts with (the flow's own rule: with a choice, none), and whether
 * it costs the subscriber money: its refund is smaller than another offered time's.
 */
function preselectedEffective(back: BackEndFacts): FairnessFacts['preselected'] {
  const options = back.effectiveOptions ?? [];
  const first = effectiveToStartWith(null, options);
  if (options.length < 2 || first === null) return [];
  const refund = (effective: Effective): number | undefined => back.quotes?.get(effective)?.refund.amount;
  const chosen = refund(first);
  const best = Math.max(...options.map((o) => refund(o) ?? Number.NEGATIVE_INFINITY));
  const costsMoney = chosen !== undefined && chosen < best;
  return [{ what: `the effective time "${first}" (refund ${chosen ?? '?'} fen, another time refunds ${best} fen)`, costsMoney }];
}

export function fairnessFactsOf(
  options: ResolvedOptions,
  run: { mode: FlowMode; methods: readonly VerificationMethod[] },
  back: BackEndFacts = {},
): FairnessFacts {
  const config = flowConfigFor(run.mode, options);
  // The back end's reasons win; the options' (or the built-in ones) are used when it lists none.
  const reasons = back.reasons !== undefined && back.reasons.length > 0 ? back.reasons : config.reasons;
  // Only an offer attached to a reason the subscriber can pick can be shown.
  const offerIds = new Set(reasons.flatMap((r) => config.offersByReason[r.id] ?? []));
  const offers = options.offers
    .filter((offer) => offerIds.has(offer.id))
    .map((offer) => ({ id: offer.id, texts: [...texts(offer.title), ...texts(offer.description), ...texts(offer.acceptLabel)] }));
  const facts: FairnessFacts = {
    offers,
    preselected: preselectedEffective(back),
    reasonsRequiringComment: reasons.filter((r) => r.requiresComment === true).map((r) => r.id),
    reasonCount: reasons.length,
    reasonRequired: run.mode === 'guided',
    countdowns: back.codeValiditySeconds === undefined ? [] : [{ what: 'the SMS code', seconds: back.codeValiditySeconds }],
    run,
  };
  if (options.signUpSteps !== null) facts.signUpSteps = options.signUpSteps;
  return facts;
}
