/**
 * jieba's tag of a word depends on the word alone (a dictionary lookup, else `x`
 * / `m` / `eng` by its characters), never on its neighbours; so a text's tags are
 * its `cut` words with each word's tag looked up. This memo holds the tags seen;
 * a text with an unseen word is tagged natively once and teaches the memo all of
 * its words. ASCII words (figures: 23.7, 2024) are tagged by jieba's own rule for
 * words outside its dictionary, which holds no ASCII word but five (AT&T, C#, C++):
 * `m` when every letter or digit is a digit, `eng` when some are letters, `x` when none. `cut` returns plain strings and costs about a third of `tag` through
 * N-API, which builds one object per word.
 *
 * @example
 * const tagger = createMemoTagger(jieba);
 * tagger.tag('排查隐患'); // [{ word: '排查', tag: 'v' }, { word: '隐患', tag: 'n' }]
 */
import type { TaggedWord } from './segmenter.js';

export interface NativeTagger {
  cut(text: string): string[];
  tag(text: string): TaggedWord[];
}

/** Words remembered before the memo starts afresh: bounds memory on an endless archive (new HMM words keep coming). */
export const MAX_MEMO_WORDS = 200_000;

export function createMemoTagger(native: NativeTagger, maxWords = MAX_MEMO_WORDS): { tag(text: string): TaggedWord[] } {
  let memo = new Map<string, string>();
  return {
    tag(text) {
      const words = native.cut(text);
      const out: TaggedWord[] = new Array(words.length);
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!;
        const tag = memo.get(word) ?? asciiTag(word);
        if (tag === undefined) return learn(text);
        out[i] = { word, tag };
      }
      return out;
    },
  };

  function learn(text: string): TaggedWord[] {
    const tagged = native.tag(text);
    if (memo.size + tagged.length > maxWords) memo = new Map();
    for (const { word, tag } of tagged) memo.set(word, tag);
    return tagged;
  }
}

/** The ASCII words of jieba's default dictionary (checked by test/words/tag-memo.test.ts). */
const DICTIONARY_ASCII_WORDS: ReadonlySet<string> = new Set(['AT&T', 'C#', 'C++', 'c#', 'c++']);

/** jieba's tag for an ASCII word outside its dictionary; undefined for any other word. */
export function asciiTag(word: string): string | undefined {
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 0x7f) return undefined;
    if (c >= 0x30 && c <= 0x39) digits++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
  }
  if (DICTIONARY_ASCII_WORDS.has(word)) return undefined;
  return letters + digits === 0 ? 'x' : letters === 0 ? 'm' : 'eng';
}
