import type { DocumentStructure } from '../split/types.js';
import type { DraftFact } from '../rules/types.js';

/**
 * Filter: a paragraph printed twice on one page (a layout repeat, marked by the
 * splitter with `repeatOf`) yields its facts once, from the first copy.
 */
export function dropLayoutRepeats(facts: DraftFact[], doc: DocumentStructure): DraftFact[] {
  return facts.filter((f) => doc.paragraphs[f.paragraphIndex]?.repeatOf == null);
}
