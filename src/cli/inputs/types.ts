/** A document read from the input, ready for extraction. */
export interface InputDocument {
  kind: 'document';
  /** The fact's `doc`: JSONL id, path relative to the folder given, or base name. */
  doc: string;
  text: string;
  publishedAt: string | null;
  /** The JSONL record's fields other than id, text and publishedAt. */
  meta?: Record<string, unknown>;
  /** Where it came from, for error messages: a path, or "<stdin>". */
  source: string;
  /** 1-based line of a JSONL record. */
  line?: number;
  /** Input bytes this item consumed, for the progress bar. */
  bytes: number;
}

/** Input that could not be read: reported, counted, and the batch goes on. */
export interface InputProblem {
  kind: 'problem';
  source: string;
  line?: number;
  doc?: string;
  message: string;
  bytes: number;
}

export type InputItem = InputDocument | InputProblem;
