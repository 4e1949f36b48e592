const UTF8 = new TextDecoder('utf-8', { fatal: true });

export type Decoded = { text: string } | { problem: string };

/**
 * Bytes of a text file or JSONL line → string, refusing what is not UTF-8 text
 * rather than reading it as mojibake: NUL bytes (a binary file: PDF, Word, image)
 * and invalid UTF-8 (usually GBK/GB18030, common for Chinese files). A leading
 * byte order mark is dropped (TextDecoder does that by default).
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return { problem: 'binary data (NUL bytes), not text: give the text as a UTF-8 .txt file' };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return { problem: 'not valid UTF-8: convert it first, e.g. `iconv -f GB18030 -t UTF-8 FILE > FILE.utf8.txt`' };
  }
}
