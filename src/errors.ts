/**
 * Errors with stable codes a caller can branch on. Messages say what to do.
 */
export type ErrorCode = 'ZRM_INVALID_TEXT' | 'ZRM_INVALID_OPTIONS' | 'ZRM_INVALID_RULE';

export class ZhReportMetricsError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ZhReportMetricsError';
    this.code = code;
  }
}

/** Throws a TypeError (code ZRM_INVALID_TEXT) unless `text` is a string. */
export function assertText(text: unknown, fn: string): asserts text is string {
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text;
    const err = new TypeError(`${fn}(text) expects a string, got ${got}. Pass the document text as a string (decode Buffers with buf.toString('utf8')).`);
    (err as TypeError & { code: ErrorCode }).code = 'ZRM_INVALID_TEXT';
    throw err;
  }
}
