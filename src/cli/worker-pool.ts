import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractJob, ExtractRunner, JobResult } from './extract-job.js';

export interface WorkerRequest { id: number; job: ExtractJob }
export interface WorkerResponse { id: number; result: JobResult }

interface Pending { resolve: (r: JobResult) => void; job: ExtractJob }
interface Slot { worker: Worker; pending: Map<number, Pending>; chars: number }

/**
 * The worker script: dist/cli-worker.js next to the built CLI; when the CLI
 * runs from source (tsx), worker.ts loaded through tsx.
 */
function workerScript(): { url: URL; execArgv: string[] } {
  const built = new URL('./cli-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return { url: built, execArgv: [] };
  return { url: new URL('./worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] };
}

export interface WorkerPoolOptions {
  /** The worker script and its execArgv (tests pass one that crashes on cue); default: the CLI's worker. */
  script?: { url: URL; execArgv: string[] };
  /** Heap limits of each worker: a document that exhausts them fails alone instead of the whole process. */
  resourceLimits?: import('node:worker_threads').ResourceLimits;
}

/**
 * `size` worker threads. A job goes to the worker with the fewest characters
 * waiting, so one long document does not hold up short ones queued behind it.
 * The caller bounds how many jobs are in flight.
 *
 * A worker that dies (a crash, an uncaught error, running out of memory) is
 * replaced. The document it was extracting, its oldest pending one (a worker
 * answers in order), is reported as an error; the documents queued behind it go
 * to the new worker, so one bad document loses nothing else.
 */
export function createWorkerPool(size: number, options: WorkerPoolOptions = {}): ExtractRunner {
  const script = options.script ?? workerScript();
  let nextId = 0;
  let closed = false;
  const slots: Slot[] = [];

  function post(slot: Slot, id: number, p: Pending): void {
    slot.pending.set(id, p);
    slot.chars += p.job.text.length;
    slot.worker.postMessage({ id, job: p.job } satisfies WorkerRequest);
  }

  function start(): Slot {
    const slot: Slot = { worker: new Worker(script.url, { execArgv: script.execArgv, resourceLimits: options.resourceLimits }), pending: new Map(), chars: 0 };
    slot.worker.on('message', ({ id, result }: WorkerResponse) => {
      const p = slot.pending.get(id);
      if (!p) return;
      slot.pending.delete(id);
      slot.chars -= p.job.text.length;
      p.resolve(result);
    });
    const fail = (why: string) => {
      const [running, ...queued] = slot.pending.entries();
      slot.pending.clear();
      slot.chars = 0;
      const i = slots.indexOf(slot);
      if (i < 0 || closed) return;
      running?.[1].resolve({ error: `worker thread failed: ${why}` });
      const next = (slots[i] = start());
      for (const [id, p] of queued) post(next, id, p);
    };
    slot.worker.on('error', (err) => fail(err.message));
    slot.worker.on('exit', (code) => { if (slot.pending.size > 0) fail(`exited with code ${code}`); });
    return slot;
  }

  for (let i = 0; i < size; i++) slots.push(start());
  return {
    run(job) {
      const slot = slots.reduce((a, b) => (b.chars < a.chars ? b : a));
      const id = nextId++;
      return new Promise<JobResult>((resolve) => post(slot, id, { resolve, job }));
    },
    async close() {
      closed = true;
      const all = slots.splice(0);
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
