/**
 * What the conformance check found, per endpoint of the contract, and how it reads on a terminal.
 */

export const ENDPOINTS = [
  'GET /context',
  'GET /context?subscriptionId',
  'POST /verifications',
  'POST /verifications/{id}/check',
  'GET /refund-quote',
  'POST /requests',
  'GET /requests/{id}',
  'POST /feedback',
  'POST /offers/{id}/accept',
  'guessing',
  'errors',
  'fairness',
  'POST /requests/{id}/withdrawal',
  'POST /requests/{id}/receipt-deliveries',
] as const;

export type Endpoint = (typeof ENDPOINTS)[number];

export interface Finding {
  endpoint: Endpoint;
  /** False only for a rule the back end broke; a skipped step is not a failure. */
  ok: boolean;
  /** The step could not run (no SMS code given, nothing to check it with); `ok` is true. */
  skipped?: boolean;
  message: string;
}

export interface Report {
  baseUrl: string;
  /** True when no finding failed. */
  ok: boolean;
  passed: number;
  failed: number;
  skipped: number;
  /** Every endpoint, in the order of the contract, with its findings in the order they were made. */
  endpoints: Record<Endpoint, Finding[]>;
}

/** Collects findings while the walk runs. */
export class FindingLog {
  readonly #findings: Finding[] = [];
  readonly #onFinding: ((finding: Finding) => void) | undefined;

  constructor(onFinding?: (finding: Finding) => void) {
    this.#onFinding = onFinding;
  }

  pass(endpoint: Endpoint, message: string): void {
    this.#add({ endpoint, ok: true, message });
  }

  fail(endpoint: Endpoint, message: string): void {
    this.#add({ endpoint, ok: false, message });
  }

  skip(endpoint: Endpoint, message: string): void {
    this.#add({ endpoint, ok: true, skipped: true, message });
  }

  /** Adds a pass or a failure: `problem` undefined means the rule held. */
  expect(endpoint: Endpoint, problem: string | undefined, passMessage: string): boolean {
    if (problem === undefined) this.pass(endpoint, passMessage);
    else this.fail(endpoint, problem);
    return problem === undefined;
  }

  report(baseUrl: string): Report {
    const endpoints = Object.fromEntries(ENDPOINTS.map((e) => [e, [] as Finding[]])) as Record<Endpoint, Finding[]>;
    for (const finding of this.#findings) endpoints[finding.endpoint].push(finding);
    const failed = this.#findings.filter((f) => !f.ok).length;
    const skipped = this.#findings.filter((f) => f.skipped === true).length;
    return { baseUrl, ok: failed === 0, passed: this.#findings.length - failed - skipped, failed, skipped, endpoints };
  }

  #add(finding: Finding): void {
    this.#findings.push(finding);
    this.#onFinding?.(finding);
  }
}

const mark = (finding: Finding): string => (finding.skipped ? '-' : finding.ok ? '✓' : '✗');

export function formatFinding(finding: Finding): string {
  return `${mark(finding)} ${finding.endpoint} — ${finding.skipped ? 'skipped: ' : ''}${finding.message}`;
}

/** One line per finding, grouped by endpoint, then the summary line. */
export function formatReport(report: Report): string {
  const lines = [`cloudpc-unsubscribe conformance check of ${report.baseUrl}`, ''];
  for (const endpoint of ENDPOINTS) for (const finding of report.endpoints[endpoint]) lines.push(formatFinding(finding));
  lines.push('', `${report.passed} passed, ${report.failed} failed${report.skipped > 0 ? `, ${report.skipped} skipped` : ''}`);
  return lines.join('\n');
}
