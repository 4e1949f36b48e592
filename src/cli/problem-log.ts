import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { InputProblem } from './inputs/types.js';

/**
 * Reports inputs that could not be read or extracted: one line on stderr each
 * (`path:line: message`, as compilers do, so editors can jump to it), and with
 * --errors FILE the same as JSONL records {source, line, doc, message}.
 */
export class ProblemLog {
  count = 0;
  private constructor(private readonly print: (line: string) => void, private readonly file: WriteStream | null) {}

  static async open(path: string | null, print: (line: string) => void): Promise<ProblemLog> {
    if (path === null) return new ProblemLog(print, null);
    const file = createWriteStream(path);
    await once(file, 'open');
    return new ProblemLog(print, file);
  }

  report(problem: Omit<InputProblem, 'kind' | 'bytes'>): void {
    this.count++;
    const where = problem.line === undefined ? problem.source : `${problem.source}:${problem.line}`;
    this.print(`zh-report-metrics: ${where}: ${problem.message}${problem.doc && problem.line !== undefined ? ` (doc ${problem.doc})` : ''}`);
    this.file?.write(JSON.stringify({ source: problem.source, line: problem.line ?? null, doc: problem.doc ?? null, message: problem.message }) + '\n');
  }

  async close(): Promise<void> {
    if (!this.file) return;
    this.file.end();
    await finished(this.file);
  }
}
