/** One line of a byte stream, without its line end, and its 1-based number. */
export interface Line {
  bytes: Buffer;
  number: number;
}

/**
 * Splits a byte stream into lines (LF or CRLF). This works on bytes, not on
 * decoded text as readline does, so that each line can be checked for invalid
 * UTF-8 on its own and reported with its number instead of being silently
 * repaired with U+FFFD. Pulls one chunk at a time: a consumer that stops pulling
 * stops the reading (backpressure), and memory holds at most one line plus a chunk.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Line> {
  let pending: Buffer[] = []; // pieces of a line longer than a chunk
  let number = 0;
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let from = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, from)) {
      const piece = chunk.subarray(from, nl);
      const line = pending.length ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      yield { bytes: stripCarriageReturn(line), number: ++number };
      from = nl + 1;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  if (pending.length) yield { bytes: stripCarriageReturn(Buffer.concat(pending)), number: ++number };
}

function stripCarriageReturn(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 13 ? line.subarray(0, -1) : line;
}
