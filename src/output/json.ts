import { toFactRecord } from './jsonl.js';
import type { FactWriter } from './types.js';

/**
 * One JSON array of facts, written as it goes: `[`, then each fact on its own
 * line with the comma before it (so the writer need not know which fact is last),
 * then `]`. The result parses with JSON.parse.
 */
export function createJsonWriter(): FactWriter {
  let first = true;
  return {
    begin: () => '[',
    write(document) {
      let out = '';
      for (const fact of document.facts) {
        out += (first ? '\n' : ',\n') + JSON.stringify(toFactRecord(fact, document));
        first = false;
      }
      return out;
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
}
