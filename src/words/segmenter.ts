/**
 * The word segmenter the rules use. Any object with `cut` (and optionally `tag`)
 * fits: the default wraps @node-rs/jieba; a caller may pass the `nodejieba`
 * module, or a test double.
 *
 * @example
 * import nodejieba from 'nodejieba';
 * extract(text, { segmenter: nodejieba });
 */
export interface TaggedWord {
  word: string;
  tag: string;
}

export interface Segmenter {
  /** Splits text into words whose concatenation is the text. */
  cut(text: string): string[];
  /** Words with part-of-speech tags (ns place, nt organisation, v verb, n noun, m numeral, q classifier …). */
  tag?(text: string): TaggedWord[];
}
