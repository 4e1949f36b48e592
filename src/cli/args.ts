import { parseArgs } from 'node:util';
import { OUTPUT_FORMATS, type OutputFormat } from '../output/create-writer.js';

/** Options of `zh-report-metrics extract`, checked. */
export interface ExtractCommand {
  paths: string[];
  format: OutputFormat;
  output: string | null;
  publishedAt: string | null;
  table: boolean;
  jobs: number;
  quiet: boolean;
  errors: string | null;
  bom: boolean;
}

export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'extract'; options: ExtractCommand };

/** A mistake on the command line: exit code 1, and the message says what to type instead. */
export class UsageError extends Error {}

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'jsonl' },
  output: { type: 'string', short: 'o' },
  'published-at': { type: 'string' },
  table: { type: 'boolean', default: false },
  jobs: { type: 'string', short: 'j' },
  quiet: { type: 'boolean', short: 'q', default: false },
  errors: { type: 'string' },
  bom: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'V', default: false },
} as const;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const SEE_HELP = 'Type `zh-report-metrics --help` for every option.';

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    // node:util's messages name the option ("Unknown option '--formt'"); we add where to look.
    throw new UsageError(`${(err as Error).message.replace(/\.?$/, '.')} ${SEE_HELP}`);
  }
}

/** Reads argv (without node and the script) into a command; throws UsageError. */
export function parseCommandLine(argv: string[], cores: number): Command {
  const { values, positionals } = parse(argv);
  // --help and --version win over everything else, as in most tools.
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError('missing command: type `zh-report-metrics extract FILE|FOLDER|ARCHIVE.jsonl|-`.');
  if (command !== 'extract') {
    throw new UsageError(`unknown command "${command}": the command is extract, e.g. \`zh-report-metrics extract ${positionals.join(' ')}\`.`);
  }
  if (paths.length === 0) {
    throw new UsageError('no input: give .txt files, folders, .jsonl archives or - for standard input, e.g. `zh-report-metrics extract corpus/`.');
  }
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be read only once: give - a single time.');
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) {
    throw new UsageError(`unknown format "${values.format}": use --format ${OUTPUT_FORMATS.join(', --format ')}.`);
  }
  if (values.bom && format !== 'csv') throw new UsageError('--bom only applies to CSV output: add --format csv.');
  const publishedAt = values['published-at'] ?? null;
  if (publishedAt !== null && !DATE.test(publishedAt)) {
    throw new UsageError(`--published-at "${publishedAt}" is not a date: use YYYY-MM-DD, YYYY-MM or YYYY, e.g. --published-at 2023-05-17.`);
  }
  return {
    kind: 'extract',
    options: {
      paths, format, publishedAt,
      output: values.output ?? null,
      table: values.table, quiet: values.quiet, bom: values.bom,
      errors: values.errors ?? null,
      jobs: parseJobs(values.jobs, cores),
    },
  };
}

function parseJobs(value: string | undefined, cores: number): number {
  if (value === undefined) return Math.max(1, cores);
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs "${value}" is not a whole number of 1 or more: e.g. --jobs ${Math.max(1, cores)}.`);
  return jobs;
}
