import type { Writable } from 'node:stream';
import { createWriter } from '../output/create-writer.js';
import type { ExtractCommand } from './args.js';
import type { ExtractRunner, JobResult } from './extract-job.js';
import { createInProcessRunner } from './in-process-runner.js';
import { measureInputs, readInputs } from './inputs/read-inputs.js';
import type { InputDocument } from './inputs/types.js';
import { openSink } from './output-sink.js';
import { ProblemLog } from './problem-log.js';
import { Progress, type ProgressCounts } from './progress.js';
import { SummaryTable } from './summary-table.js';
import { createWorkerPool } from './worker-pool.js';

export interface Io {
  stdin: AsyncIterable<Buffer | string>;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
}

/** Documents in flight per worker: enough to keep every worker busy while the head of the queue is written. */
const DOCS_PER_JOB = 8;
/** Characters in flight at most, whatever the document count (a few huge documents must not pile up). */
const MAX_CHARS_IN_FLIGHT = 32_000_000;

/**
 * Runs `extract`: read → extract (workers) → write, as one bounded pipeline.
 * Documents are submitted in input order and their results written in that same
 * order from the head of a queue: when the queue is full (documents or
 * characters), reading waits for the head to be written, and writing waits for
 * the output to drain. So memory holds the window, not the input. Returns the
 * exit code: 0 all documents read, 2 some were not.
 */
export async function runExtract(options: ExtractCommand, io: Io): Promise<number> {
  const sink = await openSink(options.output, io.stdout);
  const showProgress = !options.quiet && io.stderr.isTTY === true;
  const progress = new Progress(io.stderr, showProgress, showProgress ? await measureInputs(options.paths) : null);
  const problems = await ProblemLog.open(options.errors, (line) => progress.log(line));
  const writer = createWriter(options.format, { bom: options.bom });
  const table = options.table ? new SummaryTable() : null;
  const runner: ExtractRunner = options.jobs === 1 ? createInProcessRunner() : createWorkerPool(options.jobs);
  const window = options.jobs === 1 ? 1 : options.jobs * DOCS_PER_JOB;
  const counts: ProgressCounts = { documents: 0, facts: 0, problems: 0, chars: 0, bytes: 0 };

  const queue: { doc: InputDocument; result: Promise<JobResult> }[] = [];
  let charsInFlight = 0;
  const writeHead = async () => {
    const { doc, result } = queue.shift()!;
    const r = await result;
    charsInFlight -= doc.text.length;
    counts.bytes += doc.bytes;
    if ('error' in r) {
      problems.report({ source: doc.source, line: doc.line, doc: doc.doc, message: `extraction failed: ${r.error}` });
    } else {
      await sink.write(writer.write({ doc: doc.doc, text: doc.text, facts: r.facts, meta: doc.meta, publishedAt: doc.publishedAt }));
      table?.add(r.facts);
      counts.documents++;
      counts.facts += r.facts.length;
      counts.chars += doc.text.length;
    }
    counts.problems = problems.count;
    progress.update(counts);
  };

  try {
    await sink.write(writer.begin());
    for await (const item of readInputs(options.paths, { publishedAt: options.publishedAt, stdin: io.stdin })) {
      if (item.kind === 'problem') {
        problems.report(item);
        counts.bytes += item.bytes;
        continue;
      }
      queue.push({ doc: item, result: runner.run({ text: item.text, docId: item.doc, publishedAt: item.publishedAt }) });
      charsInFlight += item.text.length;
      while (queue.length >= window || (queue.length > 0 && charsInFlight > MAX_CHARS_IN_FLIGHT)) await writeHead();
    }
    while (queue.length > 0) await writeHead();
    await sink.write(writer.end());
    await sink.close();
  } finally {
    // Also on a failed write (a closed pipe): stop the workers and give the terminal its cursor back.
    await runner.close();
    progress.stop();
  }
  counts.problems = problems.count;
  progress.finish(counts, showProgress);
  await problems.close();
  // The table goes where it does not mix with the data: stdout when the data went to a file.
  if (table) (options.output === null ? io.stderr : io.stdout).write(table.render());
  return problems.count > 0 ? 2 : 0;
}
