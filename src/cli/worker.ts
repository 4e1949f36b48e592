/**
 * Entry of a worker thread (built to dist/cli-worker.js): extracts the documents
 * the pool sends, one message each, with the library's default extractor (so
 * the jieba dictionary is loaded once per thread).
 */
import { parentPort } from 'node:worker_threads';
import { extract } from '../index.js';
import { describeError } from './extract-job.js';
import type { WorkerRequest, WorkerResponse } from './worker-pool.js';

const port = parentPort;
if (!port) throw new Error('cli-worker must run as a worker thread (it is started by zh-report-metrics extract --jobs N)');

port.on('message', ({ id, job }: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id, result: { facts: extract(job.text, { docId: job.docId, publishedAt: job.publishedAt }).facts } };
  } catch (err) {
    response = { id, result: { error: describeError(err) } };
  }
  port.postMessage(response);
});
