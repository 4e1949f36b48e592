import { createRequire } from 'node:module';
import type { Segmenter, TaggedWord } from './segmenter.js';
import { buildUserDictionary } from './domain-words.js';
import { createMemoTagger } from './tag-memo.js';

type JiebaInstance = {
  cut(text: string, hmm?: boolean): string[];
  tag(text: string, hmm?: boolean): TaggedWord[];
  loadDict(dict: Uint8Array): void;
};

let shared: JiebaInstance | undefined;

/**
 * Loads @node-rs/jieba with its default dictionary plus our domain words, once per
 * process and only when first needed (loading the dictionary takes ~0.2 s).
 */
function loadJieba(): JiebaInstance {
  if (shared) return shared;
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): JiebaInstance } };
  const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
  const jieba = Jieba.withDict(dict);
  jieba.loadDict(Buffer.from(buildUserDictionary(), 'utf8'));
  shared = jieba;
  return jieba;
}

let tagger: ReturnType<typeof createMemoTagger> | undefined;

/** The default segmenter: @node-rs/jieba with HMM on, and the domain user dictionary; tags through a process-wide word memo (tag-memo.ts). */
export function createJiebaSegmenter(): Segmenter {
  return {
    cut: (text) => loadJieba().cut(text, true),
    tag: (text) => {
      tagger ??= createMemoTagger({ cut: (t) => loadJieba().cut(t, true), tag: (t) => loadJieba().tag(t, true) });
      return tagger.tag(text);
    },
  };
}
