import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempTree, parseJsonl, runCli, SEED, SHORT } from './run-cli.js';

describe('zh-report-metrics extract: inputs and doc ids', () => {
  let tree: ReturnType<typeof makeTempTree>;
  beforeAll(() => {
    tree = makeTempTree({
      'news/b.txt': SHORT,
      'news/a.txt': SEED,
      'news/sub/c.txt': SHORT,
      'news/notes.md': SHORT, // not .txt: a folder walk skips it
      'archive.jsonl': [
        JSON.stringify({ id: 'n1', text: SHORT, publishedAt: '2021-08-01', source: 'xinhua', tags: ['a'] }),
        '',
        JSON.stringify({ id: 42, text: SHORT }),
      ].join('\n'),
    });
  });
  afterAll(() => tree.remove());

  it('walks a folder recursively in sorted order, doc = path relative to the folder', async () => {
    const run = await runCli(['extract', 'news', '--jobs', '1'], { cwd: tree.dir });
    expect(run.status).toBe(0);
    const docs = [...new Set(parseJsonl(run.stdout).map((f) => f.doc))];
    expect(docs).toEqual(['a.txt', 'b.txt', 'sub/c.txt']);
  });

  it('names a file given directly by its base name', async () => {
    const run = await runCli(['extract', 'news/sub/c.txt', '--jobs', '1'], { cwd: tree.dir });
    expect(new Set(parseJsonl(run.stdout).map((f) => f.doc))).toEqual(new Set(['c.txt']));
  });

  it('reads JSONL ids, publishedAt and metadata; --published-at fills records without a date', async () => {
    const run = await runCli(['extract', 'archive.jsonl', '--published-at', '2023-07-01', '--jobs', '1'], { cwd: tree.dir });
    expect(run.status).toBe(0);
    const facts = parseJsonl(run.stdout);
    const n1 = facts.filter((f) => f.doc === 'n1');
    const n42 = facts.filter((f) => f.doc === '42');
    expect(n1.length).toBeGreaterThan(0);
    expect(n42.length).toBe(n1.length);
    expect(n1[0]!.meta).toEqual({ source: 'xinhua', tags: ['a'] });
    expect(n42[0]!.meta).toBeUndefined();
    // 今年上半年 takes its year from the record's date, else from --published-at.
    expect(n1[0]!.periodStart).toBe('2021-01-01');
    expect(n42[0]!.periodStart).toBe('2023-01-01');
  });

  it('reads standard input as one plain text (doc "stdin")', async () => {
    const run = await runCli(['extract', '-', '--jobs', '1'], { stdin: `${SHORT}\r\n第二段。\r\n` });
    const facts = parseJsonl(run.stdout);
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.doc === 'stdin')).toBe(true);
    expect(SHORT.slice(facts[0]!.start as number, facts[0]!.end as number)).toBe(facts[0]!.text);
  });

  it('reads standard input as JSONL when its first line is a JSON object', async () => {
    const stdin = `${JSON.stringify({ id: 's1', text: SHORT })}\n${JSON.stringify({ id: 's2', text: SHORT })}\n`;
    const run = await runCli(['extract', '-', '--jobs', '1'], { stdin });
    expect(run.status).toBe(0);
    expect([...new Set(parseJsonl(run.stdout).map((f) => f.doc))]).toEqual(['s1', 's2']);
  });

  it('is quiet on stderr when stderr is not a terminal', async () => {
    const run = await runCli(['extract', 'news', '--jobs', '1'], { cwd: tree.dir });
    expect(run.stderr).toBe('');
  });
});
