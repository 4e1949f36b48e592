import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempTree, parseJsonl, runCli, SHORT } from './run-cli.js';

describe('zh-report-metrics extract: bad input loses nothing', () => {
  let tree: ReturnType<typeof makeTempTree>;
  beforeAll(() => {
    tree = makeTempTree({
      'batch/1-good.txt': SHORT,
      'batch/2-binary.txt': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]),
      'batch/3-gbk.txt': Buffer.from([0xc8, 0xab, 0xca, 0xd0, 0x32, 0x33, 0xcf, 0xee]), // 全市23项 in GBK
      'batch/4-good.txt': SHORT,
      'archive.jsonl': [
        JSON.stringify({ id: 'ok1', text: SHORT }),
        '{"id": "broken", "text": ',
        JSON.stringify({ id: 'no-text', body: SHORT }),
        JSON.stringify({ id: 'ok2', text: SHORT }),
      ].join('\n'),
    });
  });
  afterAll(() => tree.remove());

  it('reports each bad file with its path, processes the rest and exits 2', async () => {
    const run = await runCli(['extract', 'batch', 'missing.txt', '--jobs', '1'], { cwd: tree.dir });
    expect(run.status).toBe(2);
    expect(new Set(parseJsonl(run.stdout).map((f) => f.doc))).toEqual(new Set(['1-good.txt', '4-good.txt']));
    expect(run.stderr).toMatch(/batch[/\\]2-binary\.txt: binary data/);
    expect(run.stderr).toMatch(/batch[/\\]3-gbk\.txt: not valid UTF-8.*iconv/);
    expect(run.stderr).toMatch(/missing\.txt: cannot read: ENOENT/);
  });

  it('reports a malformed JSONL line with its number, also in --errors as JSONL', async () => {
    const run = await runCli(['extract', 'archive.jsonl', '--errors', 'errors.jsonl', '--jobs', '2'], { cwd: tree.dir });
    expect(run.status).toBe(2);
    expect([...new Set(parseJsonl(run.stdout).map((f) => f.doc))]).toEqual(['ok1', 'ok2']);
    expect(run.stderr).toContain('archive.jsonl:2: malformed JSON');
    expect(run.stderr).toContain('archive.jsonl:3: the record has no "text" string');
    const errors = parseJsonl(readFileSync(join(tree.dir, 'errors.jsonl'), 'utf8'));
    expect(errors.map((e) => [e.source, e.line, e.doc])).toEqual([['archive.jsonl', 2, null], ['archive.jsonl', 3, 'no-text']]);
  });

  it('exits 0 when every document was read', async () => {
    const run = await runCli(['extract', 'batch/1-good.txt', '--jobs', '1'], { cwd: tree.dir });
    expect(run.status).toBe(0);
  });
});
