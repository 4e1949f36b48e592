import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildUserDictionary } from '../../src/words/domain-words.js';
import { asciiTag, createMemoTagger } from '../../src/words/tag-memo.js';
import type { TaggedWord } from '../../src/words/segmenter.js';

const require = createRequire(import.meta.url);
type Jieba = { cut(t: string, hmm?: boolean): string[]; tag(t: string, hmm?: boolean): TaggedWord[]; loadDict(d: Uint8Array): void };
const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): Jieba } };
const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
const jieba = Jieba.withDict(dict);
jieba.loadDict(Buffer.from(buildUserDictionary(), 'utf8'));
const native = { cut: (t: string) => jieba.cut(t, true), tag: (t: string) => jieba.tag(t, true) };

const lines = ['seeds', 'synthetic'].flatMap((d) => {
  const dir = join(__dirname, '../../corpus', d);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n/));
}).filter((l) => l.trim() !== '');

describe('createMemoTagger: cut + remembered tags = jieba tag', () => {
  it('gives jieba tag\'s words and tags for every line of the corpus, on first sight and from the memo', () => {
    const memo = createMemoTagger(native);
    for (const pass of [1, 2]) {
      for (const line of lines) expect(memo.tag(line), `pass ${pass}: ${line}`).toEqual(native.tag(line));
    }
  });

  it('tags unseen figures without asking jieba (the ASCII rule), and CJK words it has not seen by asking', () => {
    let asked = 0;
    const memo = createMemoTagger({ cut: native.cut, tag: (t) => { asked++; return native.tag(t); } });
    memo.tag('排查隐患处');
    expect(asked).toBe(1);
    expect(memo.tag('排查隐患2375处')).toEqual(native.tag('排查隐患2375处'));
    expect(asked).toBe(1);
    memo.tag('出动检查组');
    expect(asked).toBe(2);
  });

  it('starts afresh once it holds more words than its bound', () => {
    let asked = 0;
    const memo = createMemoTagger({ cut: native.cut, tag: (t) => { asked++; return native.tag(t); } }, 3);
    memo.tag('排查隐患'); // 2 words remembered
    memo.tag('出动检查组'); // 2 more: over the bound, the memo starts afresh with these
    memo.tag('出动检查组');
    expect(asked).toBe(2);
    memo.tag('排查隐患');
    expect(asked).toBe(3);
  });
});

describe('asciiTag: jieba\'s rule for words outside its dictionary', () => {
  it.each([['2375', 'm'], ['23.7', 'm'], ['5G', 'eng'], ['GDP', 'eng'], [' ', 'x'], ['-', 'x']])('%s → %s, as jieba tags it', (word, tag) => {
    expect(asciiTag(word)).toBe(tag);
    expect(native.tag(word)).toEqual([{ word, tag }]);
  });

  it.each(['，', 'C++', 'c#', '隐患'])('%s → undefined (not ASCII, or in the dictionary)', (word) => {
    expect(asciiTag(word)).toBeUndefined();
  });

  it('knows every ASCII word of the default dictionary', () => {
    const ascii = Buffer.from(dict).toString('utf8').split('\n').map((l) => l.split(' ')[0]!).filter((w) => w && /^[\x20-\x7e]+$/.test(w));
    for (const w of ascii) expect(asciiTag(w), w).toBeUndefined();
  });
});
