import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/** Where output chunks go, with backpressure: write() resolves once the stream can take more. */
export interface OutputSink {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

function sinkOf(stream: Writable, owned: boolean): OutputSink {
  let failure: Error | undefined;
  stream.on('error', (err) => { failure = err; });
  return {
    async write(chunk) {
      if (failure) throw failure;
      if (chunk === '' || stream.write(chunk)) return;
      // Full buffer: wait until it drains (or the stream fails: once() rejects on 'error').
      await once(stream, 'drain');
    },
    async close() {
      if (failure) throw failure;
      if (owned) {
        stream.end();
        await finished(stream);
      } else if (stream.writableNeedDrain) {
        await once(stream, 'drain');
      }
    },
  };
}

/** A file (created or truncated; opened before any input is read, so a bad -o fails at once) or stdout. */
export async function openSink(path: string | null, stdout: Writable): Promise<OutputSink> {
  if (path === null) return sinkOf(stdout, false);
  const stream = createWriteStream(path);
  await once(stream, 'open'); // rejects with ENOENT, EACCES, EISDIR
  return sinkOf(stream, true);
}
