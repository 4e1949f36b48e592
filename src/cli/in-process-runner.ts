import { extract } from '../index.js';
import { describeError, type ExtractRunner } from './extract-job.js';

/** --jobs 1: extraction on the main thread, no worker start-up or message copies. */
export function createInProcessRunner(): ExtractRunner {
  return {
    run(job) {
      try {
        return Promise.resolve({ facts: extract(job.text, { docId: job.docId, publishedAt: job.publishedAt }).facts });
      } catch (err) {
        return Promise.resolve({ error: describeError(err) });
      }
    },
    close: () => Promise.resolve(),
  };
}
