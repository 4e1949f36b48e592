import type { Quantity } from '../quantities/types.js';
import type { Segmenter } from './segmenter.js';
import { tagAt, wordsWithin, type WordAt } from './sentence-words.js';

/** A word, punctuation mark or whole quantity of a clause; offsets into the document text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** jieba part of speech (`v`, `n`, `ns`, `x` …); `q*` for a quantity token; `x` when the segmenter gives none. */
  tag: string;
  quantity?: Quantity;
}

const OPEN_TO_CLOSE: ReadonlyMap<string, string> = new Map([['(', ')'], ['（', '）'], ['“', '”'], ['「', '」'], ['《', '》'], ['"', '"']]);

/**
 * Segments one clause with the quantities kept whole: the text between quantities
 * is cut by the segmenter and aligned back to offsets; each quantity is one token.
 * Bracketed or quoted groups (`县(市、区)`, `“三无”住宅电梯`) are merged into one
 * noun token so that their inner 、 is not read as an enumeration.
 *
 * `sentenceWords`, the tagged words of the clause's sentence (see sentence-words.ts),
 * are reused for every piece they tile exactly; a piece a sentence word crosses
 * (the edge of a quantity inside a jieba word) is tagged alone.
 */
export function tokenizeClause(text: string, start: number, end: number, quantities: readonly Quantity[], segmenter: Segmenter, sentenceWords?: readonly WordAt[]): Token[] {
  const tokens: Token[] = [];
  let at = start;
  for (const q of quantities) {
    if (q.start > at) tokens.push(...splitGluedLink(segmentPiece(text, at, q.start, segmenter, sentenceWords)));
    tokens.push({ text: q.text, start: q.start, end: q.end, tag: 'q', quantity: q });
    at = q.end;
  }
  if (end > at) tokens.push(...segmentPiece(text, at, end, segmenter, sentenceWords));
  return mergeBracketGroups(text, tokens.filter((t) => t.text.trim() !== ''));
}

/**
 * jieba's HMM glues a linking verb onto the noun before a figure as one unknown word
 * (`接入点数达39.86万` → 接入点 / 数达): the last word before a quantity, tagged `x` and
 * ending in 达/为/超/逾/近/约, is split so that the link is a word of its own.
 */
function splitGluedLink(words: Token[]): Token[] {
  const last = words[words.length - 1];
  if (!last || last.tag !== 'x' || last.text.length < 2 || !GLUED_LINKS.has(last.text[last.text.length - 1]!) || !/^[\u4e00-\u9fff]+$/.test(last.text)) return words;
  const cut = last.end - 1;
  return [...words.slice(0, -1),
    { text: last.text.slice(0, -1), start: last.start, end: cut, tag: 'n' },
    { text: last.text.slice(-1), start: cut, end: last.end, tag: 'v' }];
}

const GLUED_LINKS: ReadonlySet<string> = new Set('达为超逾近约');

function segmentPiece(text: string, start: number, end: number, segmenter: Segmenter, sentenceWords?: readonly WordAt[]): Token[] {
  const words = (sentenceWords && wordsWithin(sentenceWords, start, end)) ?? tagAt(text, start, end, segmenter);
  return words.map((w) => ({ text: w.word, start: w.start, end: w.end, tag: w.tag }));
}

/** Joins `(`…`)` and `“`…`”` groups (at most 12 tokens long) into the token before them, or into one token. */
function mergeBracketGroups(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const close = t.text.length === 1 ? OPEN_TO_CLOSE.get(t.text) : undefined;
    if (close === undefined) { out.push(t); continue; }
    let j = i + 1;
    while (j < tokens.length && j - i <= 12 && tokens[j]!.text !== close && !tokens[j]!.quantity) j++;
    if (j >= tokens.length || tokens[j]!.text !== close) { out.push(t); continue; }
    const group = tokens.slice(i, j + 1);
    const prev = out[out.length - 1];
    const isQuote = t.text !== '(' && t.text !== '（';
    const next = tokens[j + 1];
    if (!isQuote && prev && !prev.quantity && prev.end === t.start && !prev.tag.startsWith('v') && /[\p{Script=Han}A-Za-z]/u.test(prev.text)) {
      out[out.length - 1] = joinTokens(text, [prev, ...group], 'n');
    } else if (isQuote && next && !next.quantity && next.start === tokens[j]!.end && next.tag.startsWith('n')) {
      out.push(joinTokens(text, [...group, next], 'n'));
      j++;
    } else {
      out.push(joinTokens(text, group, 'n'));
    }
    i = j;
  }
  return out;
}

function joinTokens(text: string, parts: Token[], tag: string): Token {
  const start = parts[0]!.start;
  const end = parts[parts.length - 1]!.end;
  return { text: text.slice(start, end), start, end, tag };
}
