/**
 * `npx cloudpc-unsubscribe-check <base-url> [options]`: the conformance check from a terminal or
 * a CI job. Built into dist/check.js by scripts/build-node-tools.mjs.
 */
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { USAGE, parseCliArgs } from './cli-args.js';
import { formatReport } from './report.js';
import { runConformance } from './run-conformance.js';

const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

async function main(argv: readonly string[]): Promise<number> {
  const command = parseCliArgs(argv);
  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command.kind === 'usage-error') {
    process.stderr.write(`cloudpc-unsubscribe-check: ${command.message}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (command.optionsFile !== undefined) {
    try {
      command.options.widgetOptions = JSON.parse(await readFile(command.optionsFile, 'utf8')) as unknown;
    } catch (thrown) {
      process.stderr.write(
        `cloudpc-unsubscribe-check: --options ${command.optionsFile}: ${thrown instanceof Error ? thrown.message : String(thrown)}\n`,
      );
      return EXIT_USAGE;
    }
  }
  const log = command.verbose ? (line: string): void => void process.stderr.write(`${line}\n`) : undefined;
  const report = await runConformance(log === undefined ? command.options : { ...command.options, log });
  process.stdout.write(`${command.json ? JSON.stringify(report, null, 2) : formatReport(report)}\n`);
  return report.ok ? 0 : EXIT_FAILED;
}

// exitCode rather than exit(): a piped stdout gets flushed before the process ends.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (thrown: unknown) => {
    process.stderr.write(`cloudpc-unsubscribe-check: ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}\n`);
    process.exitCode = EXIT_FAILED;
  },
);
