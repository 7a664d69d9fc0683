/**
 * The last step: the fairness rules (flow/fairness.ts) over what the walk saw and the widget
 * options the operator's page sets (`--options`): what would make the flow a dark pattern. Each
 * broken rule is a failure under `fairness`, each kept one a pass.
 */
import { fairnessFindings } from '../flow/fairness.js';
import { resolveOptions } from '../options/index.js';
import { fairnessFactsOf } from '../options/fairness.js';
import type { Walk } from './walk.js';

const ENDPOINT = 'fairness';

export function checkFairness(walk: Walk): void {
  const { findings, facts } = walk;
  const options = resolveOptions(
    walk.options.widgetOptions,
    (message) => findings.fail(ENDPOINT, `the widget options: ${message.replace('<cloudpc-unsubscribe>: ', '')}`),
    () => undefined,
  );
  const mode = walk.options.mode ?? 'guided';
  const judged = fairnessFindings(
    fairnessFactsOf(
      options,
      { mode, methods: facts.methods },
      {
        reasons: facts.reasons,
        effectiveOptions: facts.effectiveOptions,
        quotes: walk.quotes,
        ...(walk.codeValiditySeconds === undefined ? {} : { codeValiditySeconds: walk.codeValiditySeconds }),
      },
    ),
  );
  for (const finding of judged) {
    if (finding.ok) findings.pass(ENDPOINT, `${finding.rule}: ${finding.message}`);
    else findings.fail(ENDPOINT, `${finding.rule}: ${finding.message}`);
  }
}
