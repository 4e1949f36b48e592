import type { Fact } from '../schema/fact.js';

/** One document's facts, as a writer receives them: in input order, one call each. */
export interface DocumentFacts {
  /** Document id: the JSONL id or the file's path (also in every fact's `doc`). */
  doc: string;
  /** The document text the facts' start/end offsets point into (the HTML report shows it). */
  text: string;
  facts: readonly Fact[];
  /** Fields of the JSONL record other than id, text and publishedAt; absent for .txt files. */
  meta?: Record<string, unknown>;
  publishedAt?: string | null;
}

/**
 * A streaming writer: `begin()` once, `write()` per document, `end()` once; each
 * returns the next chunk of the output, so a caller can send it to any sink
 * (file, stdout, HTTP response) and wait for backpressure in between.
 *
 * @example
 * const w = createJsonlWriter();
 * let out = w.begin();
 * out += w.write({ doc: 'a.txt', text, facts: extract(text, { docId: 'a.txt' }).facts });
 * out += w.end();
 */
export interface FactWriter {
  begin(): string;
  write(document: DocumentFacts): string;
  end(): string;
}

/** Runs a writer over documents held in memory; the whole output as one string. */
export function writeAll(writer: FactWriter, documents: Iterable<DocumentFacts>): string {
  let out = writer.begin();
  for (const d of documents) out += writer.write(d);
  return out + writer.end();
}
