/** The conformance check as a library: what the CLI runs, for tests and for an operator's own scripts. */
export { runConformance, DEFAULT_TIMEOUT_MS } from './run-conformance.js';
export type { ConformanceOptions } from './run-conformance.js';
export { ENDPOINTS, formatReport, formatFinding } from './report.js';
export type { Endpoint, Finding, Report } from './report.js';
export { parseCliArgs, USAGE } from './cli-args.js';
export type { CliCommand } from './cli-args.js';
export { CookieJar } from './cookie-jar.js';
export { wrongCodeFor } from './sms-code.js';
