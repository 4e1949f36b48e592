import type { DocumentStructure } from '../split/types.js';
import type { DraftFact } from '../rules/types.js';
import type { OnDrop } from './types.js';

/**
 * Filter: a paragraph printed twice on one page (a layout repeat, marked by the
 * splitter with `repeatOf`) yields its facts once, from the first copy.
 */
export function dropLayoutRepeats(facts: DraftFact[], doc: DocumentStructure, onDrop?: OnDrop): DraftFact[] {
  return facts.filter((f) => {
    const of = doc.paragraphs[f.paragraphIndex]?.repeatOf;
    if (of == null) return true;
    onDrop?.(f, `layout repeat of paragraph ${of}`);
    return false;
  });
}
