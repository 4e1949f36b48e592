// PLACEHOLDER until the rules engine lands (issue 3): every quantity is `other`.
import type { DocumentStructure } from '../split/types.js';
import type { Quantity } from '../quantities/types.js';
import type { Segmenter } from '../words/segmenter.js';
import type { ParsedRule } from '../schema/rule.js';
import type { DraftFact } from './types.js';

export interface ReadFactsOptions {
  segmenter: Segmenter;
  customRules: ParsedRule[];
}

export function readFacts(doc: DocumentStructure, quantities: Quantity[], _options: ReadFactsOptions): DraftFact[] {
  const out: DraftFact[] = [];
  for (const q of quantities) {
    const clause = doc.clauses.find((c) => c.start <= q.start && q.start < c.end);
    if (!clause) continue;
    const sentence = doc.sentences[clause.sentenceIndex]!;
    out.push({ quantity: q, metric: 'other', action: null, object: null, rule: 'other', clauseIndex: clause.index,
      sentenceIndex: sentence.index, paragraphIndex: sentence.paragraphIndex, articleIndex: sentence.articleIndex });
  }
  return out;
}
