import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/quantities/index.js';
import { createJiebaSegmenter } from '../../src/words/jieba-segmenter.js';
import { createSentenceWords } from '../../src/words/sentence-words.js';
import { tokenizeClause } from '../../src/words/tokenize-clause.js';

const jieba = createJiebaSegmenter();
const words = (text: string, shared = false) => {
  const q = findQuantities(text);
  const sentenceWords = shared ? createSentenceWords({ text, sentences: [{ start: 0, end: text.length, index: 0, paragraphIndex: 0, articleIndex: 0 }] }, jieba).of(0) : undefined;
  return tokenizeClause(text, 0, text.length, q, jieba, sentenceWords).map((t) => t.text);
};

describe('tokenizeClause', () => {
  it.each([
    ['排查安全隐患23.7万项', ['排查', '安全隐患', '23.7万项']],
    ['对全市214台“三无”住宅电梯', ['对', '全市', '214台', '“三无”住宅', '电梯']],
    ['检查县(市、区)23个', ['检查', '县(市、区)', '23个']],
    // jieba's HMM makes 数达 one unknown word; the link before the figure is split off.
    ['直播平台线上接入点数达39.86万', ['直播', '平台', '线上', '接入点', '数', '达', '39.86万']],
  ])('%s → %j (quantities whole, brackets and quotes merged)', (text, expected) => {
    expect(words(text)).toEqual(expected);
    expect(words(text, true)).toEqual(expected); // the same from the sentence's shared words
  });
});
