import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

describe('zh-report-metrics: usage', () => {
  it('--help prints the usage and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: zh-report-metrics extract');
  });

  it('--version prints the package version', async () => {
    const run = await runCli(['--version']);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  it.each([
    [[], /missing command: type `zh-report-metrics extract/],
    [['corpus/seeds'], /unknown command "corpus\/seeds".*`zh-report-metrics extract corpus\/seeds`/],
    [['extract'], /no input: .*`zh-report-metrics extract corpus\/`/],
    [['extract', 'x.txt', '--format', 'xml'], /unknown format "xml": use --format jsonl/],
    [['extract', 'x.txt', '--jobs', '0'], /--jobs "0" is not a whole number.*--jobs \d/],
    [['extract', 'x.txt', '--published-at', 'May 2023'], /use YYYY-MM-DD.*--published-at 2023-05-17/],
    [['extract', 'x.txt', '--bom'], /--bom only applies to CSV output: add --format csv/],
    [['extract', 'x.txt', '--formt', 'csv'], /Unknown option '--formt'.*--help/],
  ])('%j is a usage error (exit 1) saying what to type', async (args, message) => {
    const run = await runCli(args);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('an output file in a missing folder exits 1 with the reason', async () => {
    const run = await runCli(['extract', 'corpus/synthetic/s01.txt', '-o', '/nonexistent-dir/out.jsonl']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot write \/nonexistent-dir\/out\.jsonl: ENOENT/);
  });
});
