import type { Clause, DocumentStructure, Paragraph, Sentence } from '../../split/types.js';
import type { Quantity } from '../../quantities/types.js';

export interface ClauseGroup {
  clause: Clause;
  sentence: Sentence;
  paragraph: Paragraph;
  quantities: Quantity[];
}

/**
 * Puts each quantity into the clause that holds its start (both lists are sorted,
 * so one merge pass). A quantity that crosses the clause end is clipped out: the
 * clause splitter and the quantity finder disagree, and the figure is dropped
 * rather than given a span that is not the clause's.
 */
export function groupByClause(doc: DocumentStructure, quantities: readonly Quantity[]): ClauseGroup[] {
  const groups: ClauseGroup[] = [];
  let c = 0;
  for (const q of quantities) {
    while (c < doc.clauses.length && doc.clauses[c]!.end <= q.start) c++;
    const clause = doc.clauses[c];
    if (!clause || clause.start > q.start || q.end > clause.end) continue;
    const last = groups[groups.length - 1];
    if (last && last.clause === clause) { last.quantities.push(q); continue; }
    const sentence = doc.sentences[clause.sentenceIndex]!;
    groups.push({ clause, sentence, paragraph: doc.paragraphs[sentence.paragraphIndex]!, quantities: [q] });
  }
  return groups;
}
