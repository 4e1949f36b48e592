/**
 * The tagged words of a document's sentences, each sentence segmented at most
 * once and only when a stage asks for it. Tagging is the costliest step of the
 * pipeline; the rules (clauses holding a figure) and attribution (the sentences
 * of paragraphs holding one) ask for overlapping text, so they share this cache.
 *
 * @example
 * const words = createSentenceWords(doc, segmenter);
 * words.of(3); // [{ word: '排查', tag: 'v', start: 120, end: 122 }, …]: offsets into doc.text
 */
import type { DocumentStructure } from '../split/types.js';
import { DOMAIN_TAGS } from './domain-words.js';
import type { Segmenter } from './segmenter.js';

/** A word of the document with its part-of-speech tag (`x` when the segmenter gives none) and offsets into the document text. */
export interface WordAt {
  word: string;
  tag: string;
  start: number;
  end: number;
}

export interface SentenceWords {
  /** The words of sentence `index`, in text order; whitespace words included, as the segmenter gave them. */
  of(index: number): readonly WordAt[];
}

export function createSentenceWords(doc: Pick<DocumentStructure, 'text' | 'sentences'>, segmenter: Segmenter): SentenceWords {
  const cache = new Map<number, readonly WordAt[]>();
  return {
    of(index) {
      let words = cache.get(index);
      if (!words) {
        const s = doc.sentences[index]!;
        words = tagAt(doc.text, s.start, s.end, segmenter);
        cache.set(index, words);
      }
      return words;
    },
  };
}

/**
 * Tags `text[start, end)` and aligns every word back to its offsets; a word the segmenter rewrote (not found in the text) is skipped.
 * Words of DOMAIN_WORDS take their tag from there, whatever the segmenter says.
 */
export function tagAt(text: string, start: number, end: number, segmenter: Segmenter): WordAt[] {
  const piece = text.slice(start, end);
  const tagged = segmenter.tag ? segmenter.tag(piece) : segmenter.cut(piece).map((word) => ({ word, tag: 'x' }));
  const out: WordAt[] = [];
  let cursor = 0;
  for (const { word, tag } of tagged) {
    const found = piece.indexOf(word, cursor);
    if (found < 0 || word === '') continue;
    // A domain word's own tag wins: jieba keeps its tag for a word it knew (超市/v), and a caller's segmenter may tag none.
    out.push({ word, tag: DOMAIN_TAGS.get(word) ?? (tag || 'x'), start: start + found, end: start + found + word.length });
    cursor = found + word.length;
  }
  return out;
}

/**
 * The words of `words` that tile `[start, end)` exactly, or null when a word
 * crosses either edge or a gap is left (the span must then be tagged alone).
 */
export function wordsWithin(words: readonly WordAt[], start: number, end: number): WordAt[] | null {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= start) lo = mid + 1; else hi = mid;
  }
  const out: WordAt[] = [];
  let at = start;
  for (let i = lo; i < words.length && words[i]!.start < end; i++) {
    const w = words[i]!;
    if (w.start !== at || w.end > end) return null;
    out.push(w);
    at = w.end;
  }
  return at === end ? out : null;
}
