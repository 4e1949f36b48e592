/**
 * zh-report-metrics command line (built to dist/cli.js). Parses the arguments,
 * then runs `extract`; sets the exit code rather than calling process.exit, so
 * buffered output is flushed before Node exits.
 *   0  every document was read      2  some inputs could not be read
 *   1  usage error (message says what to type) or the output could not be opened
 */
import { availableParallelism } from 'node:os';
import { parseCommandLine, UsageError, type Command } from './args.js';
import { HELP, readVersion } from './help.js';
import { runExtract } from './run-extract.js';

function fail(message: string): void {
  process.stderr.write(`zh-report-metrics: ${message}\n`);
  process.exitCode = 1;
}

async function main(argv: string[]): Promise<void> {
  let command: Command;
  try {
    command = parseCommandLine(argv, availableParallelism());
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    return fail(err.message);
  }
  if (command.kind === 'help') return void process.stdout.write(HELP);
  if (command.kind === 'version') return void process.stdout.write(`${readVersion()}\n`);
  try {
    process.exitCode = await runExtract(command.options, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    // A reader that stops early (`… | head`) closes the pipe: stop quietly, as other Unix tools do.
    if (e.code === 'EPIPE') return;
    if (e.code && e.path) return fail(`cannot write ${e.path}: ${e.message}. Check the folder exists and is writable.`);
    throw err;
  }
}

await main(process.argv.slice(2));
