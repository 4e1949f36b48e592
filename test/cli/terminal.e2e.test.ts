/**
 * What a person at a terminal sees: the CLI runs under script(1), which gives it
 * a pseudo-terminal, so the progress bar and the summary line are drawn.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI, makeTempTree, ROOT, SHORT } from './run-cli.js';

const SCRIPT = '/usr/bin/script';
/** The screen as lines: a return to column 1 (\r, ESC[1G, restore cursor) starts a line, other control sequences go. */
const plain = (s: string) => s.replace(/\x1b\[1G|\x1b8|\r\n?/g, '\n').replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b7/g, '');

function runInTerminal(args: string[], cwd: string): Promise<{ status: number | null; screen: string }> {
  const command = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(SCRIPT, ['-qec', command, '/dev/null'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, screen: plain(Buffer.concat(out).toString('utf8')) }));
  });
}

// On CI (CI=true) script(1) from util-linux must be there: missing, the test fails instead of skipping.
describe.skipIf(!existsSync(SCRIPT) && !process.env.CI)('zh-report-metrics extract on a terminal', () => {
  it('draws a progress bar, keeps problem lines, and ends with the summary line', async () => {
    const tree = makeTempTree({ 'in/a.txt': SHORT, 'in/b.txt': Buffer.from([0x41, 0x00]), 'in/c.txt': SHORT });
    try {
      const run = await runInTerminal(['extract', 'in', '--jobs', '1', '-o', 'out.jsonl'], tree.dir);
      expect(run.status).toBe(2);
      expect(run.screen).toMatch(/\d+% \| \d+ docs \| [\d,]+ chars\/s \| ETA/);
      const lines = run.screen.split('\n').filter((l) => l.trim() !== '');
      expect(lines).toContainEqual(expect.stringMatching(/in[/\\]b\.txt: binary data/));
      expect(lines[lines.length - 1]).toMatch(/^2 documents, \d+ facts, 1 error in [\d.]+ s/);
    } finally {
      tree.remove();
    }
  });

  it('--quiet draws nothing', async () => {
    const run = await runInTerminal(['extract', 'corpus/synthetic/s01.txt', '--quiet', '--jobs', '1', '-o', '/dev/null'], ROOT);
    expect(run.status).toBe(0);
    expect(run.screen.trim()).toBe('');
  });
});

describe('zh-report-metrics extract into a closed pipe', () => {
  it('stops quietly when the reader goes away (… | head -1)', async () => {
    const child = spawn(process.execPath, [CLI, 'extract', 'corpus', '--jobs', '2'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const err: Buffer[] = [];
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(Buffer.concat(err).toString()).toBe('');
    expect(status).toBe(0);
  });
});
