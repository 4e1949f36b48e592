import type { InputItem } from './types.js';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?/;

/** Where a JSONL line came from, and the defaults it falls back to. */
export interface LineContext {
  source: string;
  /** Name used for records without an id: `news.jsonl:12`. */
  name: string;
  line: number;
  bytes: number;
  publishedAt: string | null;
}

/**
 * One JSONL record → a document, or a problem saying what is wrong with the line.
 * Accepted: `{"id": "a1", "text": "…", "publishedAt": "2023-05-17", …}`; id may be
 * a number and may be missing (then doc is `file:line`); every other field is
 * kept as `meta`. Refused: not JSON, not an object, no string `text`, a
 * publishedAt that is not a date.
 */
export function parseJsonlRecord(line: string, at: LineContext): InputItem {
  const where = { source: at.source, line: at.line, bytes: at.bytes };
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    return { kind: 'problem', ...where, message: `malformed JSON: ${(err as Error).message}` };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { kind: 'problem', ...where, message: 'a JSONL record must be an object like {"id": "…", "text": "…"}' };
  }
  const { id, text, publishedAt, ...meta } = record as Record<string, unknown>;
  const doc = typeof id === 'string' || typeof id === 'number' ? String(id) : `${at.name}:${at.line}`;
  if (typeof text !== 'string') {
    return { kind: 'problem', ...where, doc, message: 'the record has no "text" string: give the document text as "text"' };
  }
  if (publishedAt != null && (typeof publishedAt !== 'string' || !DATE.test(publishedAt))) {
    return { kind: 'problem', ...where, doc, message: `"publishedAt" ${JSON.stringify(publishedAt)} is not a date: use "YYYY-MM-DD"` };
  }
  return {
    kind: 'document', ...where, doc, text,
    publishedAt: (publishedAt as string | null | undefined) ?? at.publishedAt,
    ...(Object.keys(meta).length > 0 ? { meta } : {}),
  };
}
