import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempTree, parseJsonl, ROOT, runCli } from './run-cli.js';

/** 60 records of every length the corpus has, so that workers finish out of order. */
function archive(): string {
  const dirs = ['corpus/seeds', 'corpus/synthetic'].map((d) => join(ROOT, d));
  const texts = dirs.flatMap((d) => readdirSync(d).sort().map((f) => readFileSync(join(d, f), 'utf8')));
  return Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: `r${i}`, text: texts[(i * 7) % texts.length] })).join('\n');
}

describe('zh-report-metrics extract --jobs', () => {
  let tree: ReturnType<typeof makeTempTree>;
  beforeAll(() => { tree = makeTempTree({ 'archive.jsonl': archive() }); });
  afterAll(() => tree.remove());

  it('writes the same output in input order with --jobs 1 and --jobs 2', async () => {
    const one = await runCli(['extract', 'archive.jsonl', '--jobs', '1'], { cwd: tree.dir });
    const two = await runCli(['extract', 'archive.jsonl', '--jobs', '2'], { cwd: tree.dir });
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const order = [...new Set(parseJsonl(one.stdout).map((f) => Number(String(f.doc).slice(1))))];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.length).toBeGreaterThan(50);
  });
});
