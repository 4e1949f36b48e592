/** jieba words with their offsets, and the tests the mention finder applies to them. */
import type { Segmenter } from '../../words/segmenter.js';
import { tagAt, type WordAt } from '../../words/sentence-words.js';
import { lookupPlaces } from './gazetteer.js';
import { GENERIC_BODIES, REFERENCE_WORDS } from './lexicon.js';
import type { PlacePart } from './types.js';

export interface Token {
  w: string; t: string; s: number; e: number;
  /** Memos of the tests mention finding repeats on a token (see place-at.ts): undefined until first asked. */
  place?: PlacePart | null;
  nominal?: boolean;
}

export const CJK = /^[\u3400-\u9fff]+$/;
const NOMINAL_TAG = /^(n|vn|j|nz|nt|ns|nr|l|b|an|x)/;

/**
 * The words of `text` with offsets into it: from `words` (the sentence's shared tagged
 * words, offsets into the document, `base` being where `text` starts) when given, else
 * from tagging `text`.
 */
export function toTokens(text: string, segmenter: Segmenter, words?: readonly WordAt[], base = 0): Token[] {
  const tagged = words ?? tagAt(text, 0, text.length, segmenter);
  const shift = words ? base : 0;
  const out: Token[] = tagged.map((w) => ({ w: w.word, t: w.tag, s: w.start - shift, e: w.end - shift }));
  return splitGluedLevel(out);
}

/**
 * 从市/应急管理局, 据市/统计局: jieba glues a preposition to the level char of the body after it; and to a town or
 * village it does not know (西昌市/对安哈镇/x: 对 + 安哈镇) or to a place it does not know as a word (以新北市/x); and it
 * glues a level char to a body it does not know (县文旅/x),
 * and a place to its government (福建省人民政府/nt).
 */
function splitGluedLevel(tokens: Token[]): Token[] {
  let out: Token[] | null = null; // allocated at the first split: most sentences have none
  for (let i = 0; i < tokens.length; i++) {
    const k = tokens[i]!;
    const parts = splitOf(k);
    if (parts && !out) out = tokens.slice(0, i);
    if (out) out.push(...(parts ?? [k]));
  }
  return out ?? tokens;
}

/** The parts of a glued token, or null when it is one word. Cheapest tests first: this runs on every token. */
function splitOf(k: Token): Token[] | null {
  const n = k.w.length;
  if (n === 2) {
    return GLUED_PREPOSITIONS.has(k.w[0]!) && LEVEL_AFTER_PREPOSITION.has(k.w[1]!)
      ? [{ w: k.w[0]!, t: 'p', s: k.s, e: k.s + 1 }, { w: k.w[1]!, t: 'n', s: k.s + 1, e: k.e }] : null;
  }
  if (k.t === 'x' && n >= 4 && GLUED_PREPOSITIONS.has(k.w[0]!) && (GLUED_SUB_PLACE.test(k.w) || isFullPlaceName(k.w.slice(1)))) {
    return [{ w: k.w[0]!, t: 'p', s: k.s, e: k.s + 1 }, { w: k.w.slice(1), t: 'x', s: k.s + 1, e: k.e }];
  }
  if (n > 7 && SPECIAL_REGION.test(k.w)) {
    // 澳门特别行政区政府/nt: the region, its title and the body, so that the body is the region's.
    return [{ w: k.w.slice(0, 2), t: 'ns', s: k.s, e: k.s + 2 }, { w: '特别行政区', t: 'n', s: k.s + 2, e: k.s + 7 }, { w: k.w.slice(7), t: 'n', s: k.s + 7, e: k.e }];
  }
  if (k.t === 'nt' && n >= 6 && k.w.endsWith(PEOPLES_GOVERNMENT)) {
    // 福建省人民政府/nt: the place and its government, so that the government is the place's.
    return [{ w: k.w.slice(0, n - 4), t: 'ns', s: k.s, e: k.e - 4 }, { w: PEOPLES_GOVERNMENT, t: 'n', s: k.e - 4, e: k.e }];
  }
  if (k.t === 'x' && n >= 3 && LEVEL_AFTER_PREPOSITION.has(k.w[0]!) && CJK.test(k.w)) {
    return [{ w: k.w[0]!, t: 'n', s: k.s, e: k.s + 1 }, { w: k.w.slice(1), t: 'x', s: k.s + 1, e: k.e }]; // 县文旅/x: 县 + 文旅
  }
  return null;
}

const GLUED_PREPOSITIONS = new Set('从据在由对向经与和及同将把被给为于以');
/** A place the gazetteer knows by this full name (新北市 of 以新北市/x). */
const isFullPlaceName = (w: string) => /[市县区]$/.test(w) && lookupPlaces(w).some((p) => p.name === w);
const PEOPLES_GOVERNMENT = '人民政府';
const LEVEL_AFTER_PREPOSITION = new Set('省市区县');
/** Hong Kong and Macau by their full titles, which jieba keeps inside one word with the body after them. */
const SPECIAL_REGION = /^(?:香港|澳门)特别行政区/;
/** An unknown word ending as a town, village or street does: 对安哈镇 is 对 + a town. */
const GLUED_SUB_PLACE = /^[\u4e00-\u9fff]+(?:镇|乡|村|街道|社区)$/;


const REFERENCE_SET: ReadonlySet<string> = new Set(Object.keys(REFERENCE_WORDS));
export const isNominal = (k: Token) => (k.nominal ??= NOMINAL_TAG.test(k.t) && CJK.test(k.w) && !REFERENCE_SET.has(k.w));
const GENERIC_BODY_SET: ReadonlySet<string> = new Set(GENERIC_BODIES);
export const isConnector = (k: Token) => GENERIC_BODY_SET.has(k.w);
/** The first word of `list` that `s` ends with (list order decides, as Array.find would). */
export function endsWithAny(s: string, list: readonly string[]): string | undefined {
  const candidates = byLastChar(list).get(s[s.length - 1] ?? '');
  if (candidates) for (const x of candidates) if (s.endsWith(x)) return x;
  return undefined;
}

const LAST_CHAR_INDEX = new WeakMap<readonly string[], Map<string, string[]>>();

/** `list` bucketed by last character, in list order: built once per (constant) list. */
function byLastChar(list: readonly string[]): Map<string, string[]> {
  let index = LAST_CHAR_INDEX.get(list);
  if (!index) {
    index = new Map();
    for (const x of list) {
      const last = x[x.length - 1]!;
      const bucket = index.get(last);
      if (bucket) bucket.push(x); else index.set(last, [x]);
    }
    LAST_CHAR_INDEX.set(list, index);
  }
  return index;
}
