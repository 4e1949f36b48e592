/** jieba words with their offsets, and the tests the mention finder applies to them. */
import type { Segmenter } from '../../words/segmenter.js';
import { GENERIC_BODIES, REFERENCE_WORDS } from './lexicon.js';

export interface Token { w: string; t: string; s: number; e: number }

export const CJK = /^[\u3400-\u9fff]+$/;
const NOMINAL_TAG = /^(n|vn|j|nz|nt|ns|nr|l|b|an|x)/;

export function toTokens(text: string, segmenter: Segmenter): Token[] {
  const tagged = segmenter.tag ? segmenter.tag(text) : segmenter.cut(text).map((w) => ({ word: w, tag: 'x' }));
  const out: Token[] = [];
  let at = 0;
  for (const { word, tag } of tagged) {
    const s = text.indexOf(word, at);
    if (s < 0) continue;
    out.push({ w: word, t: tag, s, e: s + word.length });
    at = s + word.length;
  }
  return out;
}

export const isNominal = (k: Token) => CJK.test(k.w) && NOMINAL_TAG.test(k.t) && !(k.w in REFERENCE_WORDS);
export const isConnector = (k: Token) => (GENERIC_BODIES as readonly string[]).includes(k.w);
export const endsWithAny = (s: string, list: readonly string[]) => list.find((x) => s.endsWith(x));

