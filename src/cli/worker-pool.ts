import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractJob, ExtractRunner, JobResult } from './extract-job.js';

export interface WorkerRequest { id: number; job: ExtractJob }
export interface WorkerResponse { id: number; result: JobResult }

interface Pending { resolve: (r: JobResult) => void; chars: number }
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

/**
 * `size` worker threads. A job goes to the worker with the fewest characters
 * waiting, so one long document does not hold up short ones queued behind it.
 * The caller bounds how many jobs are in flight. A worker that dies fails its
 * own jobs (each reported as an error of its document) and is replaced.
 */
export function createWorkerPool(size: number): ExtractRunner {
  const script = workerScript();
  let nextId = 0;
  const slots: Slot[] = [];

  function start(): Slot {
    const slot: Slot = { worker: new Worker(script.url, { execArgv: script.execArgv }), pending: new Map(), chars: 0 };
    slot.worker.on('message', ({ id, result }: WorkerResponse) => {
      const p = slot.pending.get(id);
      if (!p) return;
      slot.pending.delete(id);
      slot.chars -= p.chars;
      p.resolve(result);
    });
    const fail = (why: string) => {
      for (const p of slot.pending.values()) p.resolve({ error: `worker thread failed: ${why}` });
      slot.pending.clear();
      const i = slots.indexOf(slot);
      if (i >= 0) slots[i] = start();
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
      return new Promise<JobResult>((resolve) => {
        slot.pending.set(id, { resolve, chars: job.text.length });
        slot.chars += job.text.length;
        slot.worker.postMessage({ id, job } satisfies WorkerRequest);
      });
    },
    async close() {
      const all = slots.splice(0);
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
