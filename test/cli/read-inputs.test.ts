import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/cli/inputs/decode-text.js';
import { parseJsonlRecord } from '../../src/cli/inputs/jsonl-record.js';
import { readLines } from '../../src/cli/inputs/read-lines.js';
import { readStdin } from '../../src/cli/inputs/read-stdin.js';

async function* chunks(...parts: (string | Buffer)[]): AsyncGenerator<Buffer> {
  for (const p of parts) yield Buffer.from(p);
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('readLines', () => {
  it('splits on LF and CRLF across chunk boundaries, numbering lines from 1', async () => {
    const lines = await collect(readLines(chunks('a\r\nb', 'c\n', '\nd', 'e')));
    expect(lines.map((l) => [l.number, l.bytes.toString()])).toEqual([[1, 'a'], [2, 'bc'], [3, ''], [4, 'de']]);
  });

  it('keeps a multi-byte character split between chunks whole', async () => {
    const bytes = Buffer.from('隐患\n');
    const lines = await collect(readLines(chunks(bytes.subarray(0, 2), bytes.subarray(2))));
    expect(lines[0]!.bytes.toString()).toBe('隐患');
  });
});

describe('decodeText', () => {
  it('drops a byte order mark and refuses NUL bytes and invalid UTF-8', () => {
    expect(decodeText(Buffer.from('\uFEFF全市'))).toEqual({ text: '全市' });
    expect(decodeText(Buffer.from([0x41, 0, 0x42]))).toHaveProperty('problem', expect.stringMatching(/NUL/));
    expect(decodeText(Buffer.from([0xc8, 0xab, 0xca, 0xd0, 0xb0, 0xb2]))) // 全市安 in GBK.toHaveProperty('problem', expect.stringMatching(/UTF-8.*iconv/));
  });
});

describe('parseJsonlRecord', () => {
  const at = { source: 'a.jsonl', name: 'a.jsonl', line: 7, bytes: 10, publishedAt: '2023-01-01' };
  it('keeps id, text, publishedAt, and the other fields as meta', () => {
    expect(parseJsonlRecord('{"id":1,"text":"x","publishedAt":"2022-05-01","url":"u"}', at)).toMatchObject({
      kind: 'document', doc: '1', text: 'x', publishedAt: '2022-05-01', meta: { url: 'u' }, line: 7,
    });
    expect(parseJsonlRecord('{"text":"x"}', at)).toMatchObject({ doc: 'a.jsonl:7', publishedAt: '2023-01-01' });
  });
  it.each([
    ['{"id":1,', /malformed JSON/],
    ['[1,2]', /must be an object/],
    ['{"id":1,"body":"x"}', /no "text" string/],
    ['{"id":1,"text":"x","publishedAt":"yesterday"}', /not a date/],
  ])('refuses %s', (line, message) => {
    expect(parseJsonlRecord(line, at)).toMatchObject({ kind: 'problem', line: 7, message: expect.stringMatching(message) });
  });
});

describe('readStdin', () => {
  it('reads JSONL when the first non-blank line is an object, reporting bad later lines', async () => {
    const items = await collect(readStdin(chunks('\n{"id":"a","te', 'xt":"x"}\nnot json\n'), null));
    expect(items.map((i) => (i.kind === 'document' ? i.doc : `${i.line}: problem`))).toEqual(['a', '3: problem']);
  });
  it('reads anything else as one text, bytes as they came', async () => {
    const items = await collect(readStdin(chunks('第一段\r\n', '{"id":1}\r\n'), null));
    expect(items).toMatchObject([{ kind: 'document', doc: 'stdin', text: '第一段\r\n{"id":1}\r\n' }]);
  });
});
