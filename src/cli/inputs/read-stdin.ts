import { decodeText } from './decode-text.js';
import { readJsonlLines } from './read-files.js';
import { readLines } from './read-lines.js';
import type { InputItem } from './types.js';

const SOURCE = '<stdin>';

/** The first non-blank line of `bytes`, or undefined when no line is complete yet. */
function firstLine(bytes: Buffer): string | undefined {
  for (const line of bytes.toString('utf8').split('\n').slice(0, -1)) if (line.trim() !== '') return line;
  return undefined;
}

function isJsonObject(line: string): boolean {
  try {
    const value = JSON.parse(line) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Standard input (`-`). Decided on the first non-blank line, so that a JSONL
 * stream is processed as it arrives (`zcat news.jsonl.gz | … extract -`): if it
 * is a JSON object the input is JSONL and every later line must be a record (a
 * bad one is reported with its number); otherwise the whole input, bytes as
 * they came (CRLF kept, so offsets match the caller's file), is one plain text
 * with doc "stdin".
 */
export async function* readStdin(stdin: AsyncIterable<Buffer | string>, publishedAt: string | null): AsyncGenerator<InputItem> {
  const iterator = stdin[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let line: string | undefined;
  while (line === undefined) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(Buffer.from(next.value));
    line = firstLine(Buffer.concat(head));
  }
  // The chunks read to decide, then the rest of the stream, in order.
  async function* chunks(): AsyncGenerator<Buffer> {
    yield* head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield Buffer.from(next.value);
  }
  const whole = line === undefined ? Buffer.concat(head).toString('utf8').trim() : line;
  if (isJsonObject(whole)) {
    yield* readJsonlLines(readLines(chunks()), SOURCE, 'stdin', publishedAt);
    return;
  }
  const pieces: Buffer[] = [];
  for await (const chunk of chunks()) pieces.push(chunk);
  const bytes = Buffer.concat(pieces);
  if (bytes.toString('utf8').trim() === '') return;
  const decoded = decodeText(bytes);
  if ('problem' in decoded) yield { kind: 'problem', source: SOURCE, doc: 'stdin', bytes: bytes.length, message: decoded.problem };
  else yield { kind: 'document', doc: 'stdin', text: decoded.text, publishedAt, source: SOURCE, bytes: bytes.length };
}
