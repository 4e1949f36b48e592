import { describe, expect, it } from 'vitest';
import { buildUserDictionary, createJiebaSegmenter, DOMAIN_WORDS } from '../../src/index.js';
import { tagAt } from '../../src/words/sentence-words.js';

const jieba = createJiebaSegmenter();

describe('DOMAIN_WORDS: report vocabulary the default segmenter keeps whole', () => {
  it.each([
    ['区住建局投入资金近600万元', ['区', '住建局'], 'nt'],
    ['市网信办组织检查', ['市', '网信办'], 'nt'],
    ['排查安全隐患23.7万项', ['排查', '安全隐患'], null], // jieba's own dictionary tags 安全隐患 i, and keeps it
    ['出动检查组887次', ['出动', '检查组'], 'n'],
  ])('%s → %j', (text, words, lastTag) => {
    const tagged = jieba.tag!(text);
    expect(tagged.slice(0, words.length).map((t) => t.word)).toEqual(words);
    if (lastTag) expect(tagged[words.length - 1]!.tag).toBe(lastTag);
  });

  it.each([
    ['检查企业38家、超市207家', '超市', 'n'], // jieba: 超市/v, and its dictionary keeps that over a user word's tag
    ['诊所41家', '诊所', 'n'], // jieba: v
    ['排查安全隐患23.7万项', '安全隐患', 'n'], // jieba: i
  ])('gives a domain word its own tag over the segmenter\'s: %s → %s/%s', (text, word, tag) => {
    expect(tagAt(text, 0, text.length, jieba).find((w) => w.word === word)?.tag).toBe(tag);
  });

  it('tags a domain word even for a segmenter that gives no tags', () => {
    const cutOnly = { cut: (t: string) => jieba.cut(t) };
    expect(tagAt('检查超市207家', 0, 8, cutOnly).map((w) => `${w.word}/${w.tag}`)).toEqual(['检查/x', '超市/n', '207/x', '家/x']);
  });

  it('is exported as jieba user-dictionary lines for a caller\'s own segmenter', () => {
    const lines = buildUserDictionary().trim().split('\n');
    expect(lines).toHaveLength(DOMAIN_WORDS.length);
    expect(lines).toContain('住建局 200000 nt');
    for (const line of lines) expect(line).toMatch(/^\S+ \d+ [a-z]+$/);
  });
});
