import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../output/parse-csv.js';
import { makeTempTree, parseJsonl, runCli, SEED, SHORT } from './run-cli.js';

// ASCII commas and double quotes inside the sentence and metadata, for CSV quoting;
// a sentence across a layout line break keeps its raw line break.
const QUOTED = '全市共排查"三合一"场所, 发现隐患23项，整改20项。';
const BROKEN = '全市共排查各类安全隐患，整改23万项\n共计。';

describe('zh-report-metrics extract: output formats', () => {
  let tree: ReturnType<typeof makeTempTree>;
  let jsonl: Record<string, unknown>[];
  beforeAll(async () => {
    tree = makeTempTree({
      'docs/a.txt': SEED,
      'docs/b.txt': QUOTED,
      'docs/c.txt': SHORT,
      'docs/d.txt': BROKEN,
      'meta.jsonl': JSON.stringify({ id: 'm,1', text: QUOTED, note: 'line one\n"line, two"' }) + '\n',
    });
    jsonl = parseJsonl((await runCli(['extract', 'docs', '--jobs', '1'], { cwd: tree.dir })).stdout);
  });
  afterAll(() => tree.remove());

  it('jsonl (default) writes every Fact field on each line', () => {
    expect(jsonl.length).toBeGreaterThan(5);
    expect(Object.keys(jsonl[0]!)).toEqual(expect.arrayContaining(['doc', 'metric', 'value', 'unit', 'start', 'end', 'org', 'region', 'periodStart', 'rule']));
  });

  it('json writes the same facts as one array', async () => {
    const run = await runCli(['extract', 'docs', '--format', 'json', '--jobs', '1'], { cwd: tree.dir });
    expect(JSON.parse(run.stdout)).toEqual(jsonl);
  });

  it('csv quotes commas, quotes and line breaks (RFC 4180) and round-trips the facts', async () => {
    const run = await runCli(['extract', 'docs', 'meta.jsonl', '-f', 'csv', '--jobs', '1'], { cwd: tree.dir });
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('doc,metric,action,object,value,')).toBe(true);
    const rows = parseCsvRecords(run.stdout);
    expect(rows.length).toBe(jsonl.length + jsonl.filter((f) => f.doc === 'b.txt').length);
    rows.slice(0, jsonl.length).forEach((row, i) => {
      expect(row.sentence).toBe(jsonl[i]!.sentence);
      expect(Number(row.value)).toBe(jsonl[i]!.value);
      expect(row.org).toBe(jsonl[i]!.org ?? '');
    });
    const withBreak = (s: unknown) => String(s).includes('\n');
    expect(rows.filter((r) => withBreak(r.sentence)).length).toBe(jsonl.filter((f) => withBreak(f.sentence)).length);
    const quoted = rows.find((r) => r.doc === 'b.txt')!;
    expect(quoted.sentence).toContain('"三合一"场所, ');
    const meta = rows.find((r) => r.doc === 'm,1')!;
    expect(JSON.parse(meta.meta!)).toEqual({ note: 'line one\n"line, two"' });
  });

  it('--bom starts the CSV with a UTF-8 byte order mark, for Excel', async () => {
    const run = await runCli(['extract', 'docs/c.txt', '--format', 'csv', '--bom', '--jobs', '1'], { cwd: tree.dir });
    expect([...run.stdoutBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('html writes a report to -o and --table prints the summary table to stdout', async () => {
    const run = await runCli(['extract', 'docs', '--format', 'html', '-o', 'report.html', '--table', '--jobs', '1'], { cwd: tree.dir });
    expect(run.status).toBe(0);
    const html = readFileSync(join(tree.dir, 'report.html'), 'utf8');
    expect(html.match(/<mark /g)!.length).toBe(jsonl.length);
    expect(run.stdout.split('\n')[0]).toMatch(/^doc\s+metric\s+value\s+unit\s+action\+object\s+org\s+period$/);
    expect(run.stdout).toContain('hazards.found');
  });
});
