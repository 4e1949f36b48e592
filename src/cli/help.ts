import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HELP = `Usage: zh-report-metrics extract [options] <paths…|->

Extracts report metrics (counts, money, rates with org and period) from Chinese
report text and writes one fact per record.

Inputs
  FILE.txt            a UTF-8 text file; doc = its base name
  FOLDER              every .txt below it, sorted; doc = path relative to FOLDER
  ARCHIVE.jsonl       one JSON object a line: {"id", "text", "publishedAt"?, …};
                      doc = id, other fields are kept under "meta"
  -                   standard input: JSONL when the first line is a JSON object,
                      else one plain text (doc = "stdin")

Options
  -f, --format FMT    jsonl (default, one fact a line), json, csv, html (report)
  -o, --output FILE   write to FILE instead of standard output
      --published-at DATE
                      publication date (YYYY-MM-DD) of documents that give none;
                      gives the year of 5月17日 and 今年上半年
      --table         also print a summary table (to stdout with -o, else stderr)
  -j, --jobs N        worker threads (default: number of CPU cores; 1 = in process)
      --errors FILE   also write unreadable inputs to FILE as JSONL
      --bom           start CSV with a byte order mark, for Excel
  -q, --quiet         no progress bar or summary line
  -h, --help          this help
  -V, --version       the version

Exit codes: 0 every document read, 2 some could not be read (each is reported on
stderr with its path and line), 1 a mistake on the command line.

Examples
  zh-report-metrics extract corpus/ --format csv --bom -o facts.csv
  zh-report-metrics extract news.jsonl --jobs 4 --errors bad.jsonl > facts.jsonl
  cat report.txt | zh-report-metrics extract - --published-at 2023-05-17
  zh-report-metrics extract corpus/ --format html -o report.html --table
`;

/**
 * The package version, from the nearest package.json above this module: dist/cli.js
 * when installed, src/cli/help.ts when run from source.
 */
export function readVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'zh-report-metrics') return pkg.version ?? 'unknown';
    }
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}
