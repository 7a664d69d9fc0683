/** The command line of `cloudpc-unsubscribe-check`, parsed without side effects. */
import { parseArgs } from 'node:util';
import type { ConformanceOptions } from './run-conformance.js';

export const USAGE = `Usage: cloudpc-unsubscribe-check <base-url> [options]

Checks that a back end implements the cloudpc-unsubscribe REST contract, walking it as a
subscriber with a test account: context, SMS verification, refund quotes, an idempotent request,
its status, feedback, whether wrong answers lock out across challenges, the error format, and the
fairness rules (what would make the flow a dark pattern). It creates a real request for the test
account and locks its verification for a while.

  <base-url>               where the contract lives, e.g. http://127.0.0.1:8080/api

Options:
  --code <digits>          the test account's SMS code (a back end with a fixed test code)
  --inbox <url>            read the SMS code from a JSON inbox { messages: [{ code }] }, newest first
                           (the reference back end: <origin>/demo/inbox)
  --subscription <id>      the subscription to check (the account's default otherwise)
  --header '<name>: <value>'  sent with every request, e.g. an Authorization header (repeatable)
  --timeout <seconds>      per request (default 10)
  --options <file.json>    the widget's \`options\` as your page sets them (offers, reasons,
                           signUpSteps...): the fairness rules judge them with the answers
  --mode <guided|one-click>  the widget's mode on your page (default guided)
  --no-guessing            leave out the guessing check (it locks the test account's verification
                           for the back end's lock-out time)
  --json                   print the report as JSON
  --verbose                print each request and finding as it happens (to stderr)
  -h, --help               show this help

Without --code or --inbox the steps after the wrong SMS code are skipped, not failed.
Exit status: 0 when every check passed, 1 when one failed, 2 on a usage error.`;

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string }
  | { kind: 'run'; options: ConformanceOptions; json: boolean; verbose: boolean; optionsFile?: string };

function httpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        code: { type: 'string' },
        inbox: { type: 'string' },
        subscription: { type: 'string' },
        header: { type: 'string', multiple: true },
        timeout: { type: 'string' },
        'no-guessing': { type: 'boolean' },
        options: { type: 'string' },
        mode: { type: 'string' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (thrown) {
    return { kind: 'usage-error', message: thrown instanceof Error ? thrown.message : String(thrown) };
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { kind: 'help' };

  const usageError = (message: string): CliCommand => ({ kind: 'usage-error', message });
  if (positionals.length === 0) return usageError('the base URL is missing');
  if (positionals.length > 1) return usageError(`one base URL expected, got ${positionals.length}: ${positionals.join(' ')}`);
  const baseUrl = positionals[0] ?? '';
  if (!httpUrl(baseUrl)) return usageError(`the base URL must be an http(s) URL: ${baseUrl}`);

  const options: ConformanceOptions = { baseUrl };
  if (values.code !== undefined) {
    if (!/^\d{4,8}$/.test(values.code)) return usageError(`--code must be 4 to 8 digits: ${values.code}`);
    options.code = values.code;
  }
  if (values.inbox !== undefined) {
    if (!httpUrl(values.inbox)) return usageError(`--inbox must be an http(s) URL: ${values.inbox}`);
    options.inboxUrl = values.inbox;
  }
  if (values.subscription !== undefined) options.subscriptionId = values.subscription;
  if (values['no-guessing'] === true) options.guessing = false;
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0) return usageError(`--timeout must be a positive number of seconds: ${values.timeout}`);
    options.timeoutMs = Math.round(seconds * 1000);
  }
  if (values.header !== undefined) {
    const headers: Record<string, string> = {};
    for (const header of values.header) {
      const match = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):\s*(.*)$/.exec(header);
      if (match === null) return usageError(`--header must look like 'Name: value': ${header}`);
      headers[(match[1] ?? '').toLowerCase()] = match[2] ?? '';
    }
    options.headers = headers;
  }
  if (values.mode !== undefined) {
    if (values.mode !== 'guided' && values.mode !== 'one-click') return usageError(`--mode must be guided or one-click: ${values.mode}`);
    options.mode = values.mode;
  }
  const command: CliCommand = { kind: 'run', options, json: values.json === true, verbose: values.verbose === true };
  if (values.options !== undefined) command.optionsFile = values.options;
  return command;
}
