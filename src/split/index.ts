import { findArticles } from './find-articles.js';
import { markRepeats } from './find-repeats.js';
import { findParagraphs } from './find-paragraphs.js';
import { splitClauses } from './split-clauses.js';
import { splitSentences } from './split-sentences.js';
import type { Clause, DocumentStructure, Sentence } from './types.js';
export type * from './types.js';
export { classifyLine } from './classify-line.js';
export { findDateline } from './find-dateline.js';
export { splitSentences } from './split-sentences.js';
export { splitClauses } from './split-clauses.js';

/**
 * The structure of a normalised page: articles, paragraphs, sentences, clauses.
 * Spans nest (clause ⊂ sentence ⊂ paragraph ⊂ article) and come in text order;
 * articles cover the whole text, sentences their paragraph, clauses their
 * sentence. Linear time on any input.
 *
 * @example
 * const doc = splitDocument('汽开区坚持源头治理\n\n本报讯(记者孙红丽)全区共排查隐患23项，整改20项。');
 * doc.articles[0].title;    // '汽开区坚持源头治理'
 * doc.articles[0].dateline; // '本报讯(记者孙红丽)'
 * doc.clauses.length;       // 3 (the title, `本报讯…23项，`, `整改20项。`)
 */
export function splitDocument(text: string): DocumentStructure {
  // Order matters: article detection reads the paragraphs' line kinds;
  // repeats are marked on the final paragraphs.
  const paragraphs = findParagraphs(text);
  const articles = findArticles(text, paragraphs);
  markRepeats(text, paragraphs);

  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  for (const p of paragraphs) {
    for (const s of splitSentences(text, p.start, p.end)) {
      const sentence: Sentence = { index: sentences.length, start: s.start, end: s.end, paragraphIndex: p.index, articleIndex: p.articleIndex };
      sentences.push(sentence);
      for (const c of splitClauses(text, s.start, s.end)) {
        clauses.push({ index: clauses.length, start: c.start, end: c.end, sentenceIndex: sentence.index });
      }
    }
  }
  return { text, articles, paragraphs, sentences, clauses };
}
