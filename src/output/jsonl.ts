import type { Fact } from '../schema/fact.js';
import type { DocumentFacts, FactWriter } from './types.js';

/** A fact as one output record: every Fact field, plus the JSONL record's other fields under `meta`. */
export type FactRecord = Fact & { meta?: Record<string, unknown> };

export function toFactRecord(fact: Fact, document: DocumentFacts): FactRecord {
  return document.meta && Object.keys(document.meta).length > 0 ? { ...fact, meta: document.meta } : fact;
}

/** JSON Lines: one fact per line, nothing before or after (so outputs concatenate). */
export function createJsonlWriter(): FactWriter {
  return {
    begin: () => '',
    write(document) {
      let out = '';
      for (const fact of document.facts) out += JSON.stringify(toFactRecord(fact, document)) + '\n';
      return out;
    },
    end: () => '',
  };
}
