/** jieba words with their offsets, and the tests the mention finder applies to them. */
import type { Segmenter } from '../../words/segmenter.js';
import { AGENCY_WORDS, GENERIC_BODIES, REFERENCE_WORDS } from './lexicon.js';

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
  return mergeAgencyWords(splitGluedLevel(out), text);
}

/** 从市/应急管理局, 据市/统计局: jieba glues a preposition to the level char of the body after it. */
function splitGluedLevel(tokens: Token[]): Token[] {
  return tokens.flatMap((k) => (/^[从据在由对向经与和及同将把被给为于]$/.test(k.w[0] ?? '') && /^.[省市区县]$/.test(k.w)
    ? [{ w: k.w[0]!, t: 'p', s: k.s, e: k.s + 1 }, { w: k.w[1]!, t: 'n', s: k.s + 1, e: k.e }]
    : [k]));
}

/** 区住/建局 → 区 + 住建局 (nt): words of AGENCY_WORDS that jieba cut apart are re-cut at their edges. */
function mergeAgencyWords(tokens: Token[], text: string): Token[] {
  const spans: { s: number; e: number; w: string }[] = [];
  for (const m of text.matchAll(AGENCY_PATTERN)) spans.push({ s: m.index!, e: m.index! + m[0].length, w: m[0] });
  if (!spans.length) return tokens;
  const out: Token[] = [];
  let j = 0;
  for (const k of tokens) {
    while (j < spans.length && spans[j]!.e <= k.s) j++;
    const sp = spans[j];
    if (!sp || sp.s >= k.e || (k.s === sp.s && k.e === sp.e)) { out.push(k); continue; }
    if (k.s < sp.s) out.push({ w: text.slice(k.s, sp.s), t: k.t, s: k.s, e: sp.s });
    if (k.s <= sp.s) out.push({ w: sp.w, t: 'nt', s: sp.s, e: sp.e });
    if (k.e > sp.e) out.push({ w: text.slice(sp.e, k.e), t: k.t, s: sp.e, e: k.e });
  }
  return out;
}

const AGENCY_PATTERN = new RegExp([...AGENCY_WORDS].sort((a, b) => b.length - a.length).join('|'), 'g');

export const isNominal = (k: Token) => CJK.test(k.w) && NOMINAL_TAG.test(k.t) && !(k.w in REFERENCE_WORDS);
export const isConnector = (k: Token) => (GENERIC_BODIES as readonly string[]).includes(k.w);
export const endsWithAny = (s: string, list: readonly string[]) => list.find((x) => s.endsWith(x));
