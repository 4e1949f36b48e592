import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeText } from './decode-text.js';
import { parseJsonlRecord } from './jsonl-record.js';
import { readLines } from './read-lines.js';
import type { InputItem } from './types.js';

/** A .txt file as one document; unreadable, binary or non-UTF-8 files as a problem. */
export async function readTextFile(path: string, doc: string, publishedAt: string | null): Promise<InputItem> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    return { kind: 'problem', source: path, doc, bytes: 0, message: `cannot read: ${(err as Error).message}` };
  }
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { kind: 'problem', source: path, doc, bytes: bytes.length, message: decoded.problem };
  return { kind: 'document', doc, text: decoded.text, publishedAt, source: path, bytes: bytes.length };
}

/**
 * The records of a JSONL stream, one line at a time (blank lines skipped). Each
 * line is decoded on its own, so one bad line is one problem with its number.
 */
export async function* readJsonlLines(
  lines: AsyncIterable<{ bytes: Buffer; number: number }>, source: string, name: string, publishedAt: string | null,
): AsyncGenerator<InputItem> {
  for await (const { bytes, number } of lines) {
    const at = { source, name, line: number, bytes: bytes.length + 1, publishedAt };
    const decoded = decodeText(bytes);
    if ('problem' in decoded) {
      yield { kind: 'problem', source, line: number, bytes: at.bytes, message: decoded.problem };
      continue;
    }
    if (decoded.text.trim() === '') continue;
    yield parseJsonlRecord(decoded.text, at);
  }
}

/** A .jsonl archive, streamed (64 KiB chunks): memory stays flat however large the file. */
export async function* readJsonlFile(path: string, publishedAt: string | null): AsyncGenerator<InputItem> {
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  try {
    yield* readJsonlLines(readLines(stream), path, basename(path), publishedAt);
  } catch (err) {
    // A read error mid-file (or at open: EACCES, EISDIR) ends this archive only.
    yield { kind: 'problem', source: path, bytes: 0, message: `cannot read: ${(err as Error).message}` };
  } finally {
    stream.destroy();
  }
}
