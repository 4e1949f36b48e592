import type { Token } from '../../words/tokenize-clause.js';
import { LEADING_ADVERBS, LINKING_WORDS, OBJECT_PREPOSITIONS } from '../lexicon/function-words.js';

interface Span { from: number; to: number }

/** Period words that open a noun phrase (去年企业投入的资金, 年末全省共有…): the period's, not what was counted. */
const PERIOD_WORDS: ReadonlySet<string> = new Set(['去年', '前年', '今年', '上年', '本年', '当年', '年末', '年底', '年初', '全年', '本月', '上月', '当月', '假期', '暑期', '上半年', '下半年', '本周', '上周']);

/** Words that open a noun phrase but are not part of what was counted (`各类安全隐患` → 安全隐患, `涉及7人死亡` → nothing: 死亡 after the figure says). */
const NOUN_PREFIXES: ReadonlySet<string> = new Set(['各类', '各种', '各项', '各', '共', '了', '的', '其中', '等', '全部', '所有', '各级', '已', '涉及']);

/**
 * The span's text without leading adverbs/prepositions and trailing linking words:
 * `各类安全隐患` → 安全隐患, `罚款金额达` → 罚款金额, `等各类场所` → 场所, `重点企业被` → 重点企业. Null when nothing is left
 * or only punctuation is.
 */
export function trimPhrase(tokens: readonly Token[], span: Span): string | null {
  let { from, to } = span;
  // … and a period word or a bracket left open (（前年分别为26起: the bracket holds the base, 前年 is its period).
  while (from < to && (isOpener(tokens[from]!) || PERIOD_WORDS.has(tokens[from]!.text) || isUnclosedBracket(tokens, from, to))) from++;
  // 受伤人数由去年同期的11人…: 由 opens the base of a change, which is not part of what was counted.
  for (let i = from + 1; i < to; i++) if (tokens[i]!.text === '由') { to = i; break; }
  while (to > from && (LINKING_WORDS.has(tokens[to - 1]!.text) || LEADING_ADVERBS.has(tokens[to - 1]!.text) || tokens[to - 1]!.text === '的' || tokens[to - 1]!.text === '被' || tokens[to - 1]!.tag === 'x' && /^[，。；：,:;、]$/.test(tokens[to - 1]!.text))) to--;
  if (from >= to) return null;
  const text = joinText(tokens, from, to);
  return /[\p{Script=Han}A-Za-z]/u.test(text) ? text : null;
}

function isUnclosedBracket(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[from]!.text !== '（' && tokens[from]!.text !== '(') return false;
  for (let i = from + 1; i < to; i++) if (/[)）]/.test(tokens[i]!.text)) return false;
  return true;
}

function isOpener(t: Token): boolean {
  return NOUN_PREFIXES.has(t.text) || LEADING_ADVERBS.has(t.text) || OBJECT_PREPOSITIONS.has(t.text) || LINKING_WORDS.has(t.text) ||
    (t.tag === 'x' && !/[\p{Script=Han}A-Za-z“(（]/u.test(t.text)) || t.tag === 'p' || t.tag === 'c';
}

/**
 * The noun phrase right after a figure (V-Q-O): `派出309个检查组` → 检查组; skips 的, 共 and a
 * second figure of the same thing (`18支共1304人的应急抢险队` → 应急抢险队). Stops at a verb,
 * punctuation or joiner.
 */
export function takeNounPhrase(tokens: readonly Token[], i: number): string | null {
  const limit = i + 4; // `18支共1304人的…`: at most a second figure and its 共/的 before the noun
  while (i < tokens.length && i < limit && (tokens[i]!.quantity || tokens[i]!.text === '的' || tokens[i]!.text === '共' || tokens[i]!.text === '计')) i++;
  const from = i;
  while (i < tokens.length && i - from < 12 && isNominal(tokens[i]!)) i++;
  return from < i ? joinText(tokens, from, i) : null;
}

function isNominal(t: Token): boolean {
  if (t.quantity) return false;
  return /^(n|ns|nt|nz|nr|ng|an|a|b|j|l|i|vn|f|s)/.test(t.tag) && t.tag !== 'x' || /^[“(（].*[”)）]$/.test(t.text) || /^[A-Za-z]+$/.test(t.text);
}

/** The tokens' words from `from` to `to`, joined. */
export function joinText(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += tokens[i]!.text;
  return out;
}
