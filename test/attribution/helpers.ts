/** Attributes one figure of a small text, through the real normalisation and splitting. */
import { attribute, type Attribution } from '../../src/attribution/index.js';
import { normalizeText } from '../../src/normalize/index.js';
import { splitDocument } from '../../src/split/index.js';
import { createJiebaSegmenter } from '../../src/words/jieba-segmenter.js';
import type { Segmenter } from '../../src/words/segmenter.js';

let segmenter: Segmenter | undefined;
export const jieba = (): Segmenter => (segmenter ??= createJiebaSegmenter());

/** The attribution of the first occurrence of `figure` in `text` (after `after`, when given). */
export function attributeAt(text: string, figure: string, options: { publishedAt?: string | null; after?: string } = {}): Attribution {
  const norm = normalizeText(text).text;
  const doc = splitDocument(norm);
  const from = options.after ? norm.indexOf(options.after) : 0;
  const start = norm.indexOf(normalizeText(figure).text, Math.max(0, from));
  if (start < 0) throw new Error(`${figure} not in text`);
  const clause = doc.clauses.find((c) => c.start <= start && start < c.end)!;
  const sentence = doc.sentences[clause.sentenceIndex]!;
  return attribute(doc, [{
    start, end: start + figure.length, clauseIndex: clause.index, sentenceIndex: sentence.index,
    paragraphIndex: sentence.paragraphIndex, articleIndex: sentence.articleIndex,
  }], { publishedAt: options.publishedAt ?? null, segmenter: jieba() })[0]!;
}
