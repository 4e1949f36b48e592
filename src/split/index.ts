// PLACEHOLDER until document structure lands (issue 3): one article, naive splits.
import type { DocumentStructure, Paragraph, Sentence, Clause } from './types.js';
export type * from './types.js';

export function splitDocument(text: string): DocumentStructure {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const p: Paragraph = { index: paragraphs.length, start: m.index!, end: m.index! + m[0].length, articleIndex: 0, isHeading: false, repeatOf: null };
    paragraphs.push(p);
    for (const s of m[0].matchAll(/[^。！？]+[。！？]?/g)) {
      const ss: Sentence = { index: sentences.length, start: p.start + s.index!, end: p.start + s.index! + s[0].length, paragraphIndex: p.index, articleIndex: 0 };
      sentences.push(ss);
      for (const c of s[0].matchAll(/[^，；,;]+[，；,;]?/g)) {
        clauses.push({ index: clauses.length, start: ss.start + c.index!, end: ss.start + c.index! + c[0].length, sentenceIndex: ss.index });
      }
    }
  }
  return { text, articles: [{ index: 0, start: 0, end: text.length, title: null, titleSpan: null, dateline: null, datelineSpan: null }], paragraphs, sentences, clauses };
}
