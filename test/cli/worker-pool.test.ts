import { describe, expect, it } from 'vitest';
import { createWorkerPool } from '../../src/cli/worker-pool.js';
import type { JobResult } from '../../src/cli/extract-job.js';

const script = { url: new URL('./fixtures/crash-on-cue-worker.mjs', import.meta.url), execArgv: [] };
const job = (text: string) => ({ text, docId: text, publishedAt: null });
const echoed = (r: JobResult) => ('facts' in r ? (r.facts[0] as unknown as { echo: string }).echo : `error: ${r.error}`);

describe('createWorkerPool: a worker that dies loses only the document it was on', () => {
  it.each([
    ['exit', /exited with code 3/],
    ['throw', /boom/],
  ])('a worker that dies on %s: that document is an error, the ones queued behind it are extracted by its replacement', async (cue, why) => {
    const pool = createWorkerPool(1, { script });
    try {
      const texts = ['a', 'b', cue, 'c', 'd', 'e'];
      const results = await Promise.all(texts.map((t) => pool.run(job(t))));
      expect(results.map(echoed)).toEqual(['a', 'b', expect.stringMatching(why), 'c', 'd', 'e']);
      // The replacement keeps serving.
      expect(echoed(await pool.run(job('f')))).toBe('f');
    } finally {
      await pool.close();
    }
  });

  it('a document that exhausts a worker\'s heap limit fails alone', async () => {
    const pool = createWorkerPool(1, { script, resourceLimits: { maxOldGenerationSizeMb: 32 } });
    try {
      const results = await Promise.all(['a', 'oom', 'b'].map((t) => pool.run(job(t))));
      expect(results.map(echoed)).toEqual(['a', expect.stringMatching(/worker thread failed: .*memory/i), 'b']);
    } finally {
      await pool.close();
    }
  });

  it('two crashes in a row on two workers: each costs one document', async () => {
    const pool = createWorkerPool(2, { script });
    try {
      const texts = ['exit', 'exit', 'a', 'b', 'c', 'd'];
      const results = await Promise.all(texts.map((t) => pool.run(job(t))));
      expect(results.map(echoed).filter((r) => r.startsWith('error'))).toHaveLength(2);
      expect(results.map(echoed).slice(2)).toEqual(['a', 'b', 'c', 'd']);
    } finally {
      await pool.close();
    }
  });
});
