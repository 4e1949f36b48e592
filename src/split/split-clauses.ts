import * as C from './char-class.js';
import { BRACKET_PAIRS, QUOTE_PAIRS, QUOTE_PROTECT_MAX_CHARS } from './lexicon/punctuation.js';
import type { Span } from './types.js';
import { isAsciiDigit } from '../quantities/fold-text.js';
import { isThousandsGroup } from '../quantities/read-arabic.js';

// Module-local copies: the hot loops read them once per character.
const CLASS = C.CHAR_CLASS;
const BRACKET = C.BRACKET_FLAG;
const CLAUSE_END = C.CLAUSE_END_FLAG;
const TRAILING = C.CLOSER_FLAG | C.SPACE_FLAG;
const SENTENCE_END = C.SENTENCE_END_FLAG | C.ELLIPSIS_FLAG;

const OPENER_OF = new Map(BRACKET_PAIRS.map((pair) => [pair.charCodeAt(1), pair.charCodeAt(0)] as const));
/** How many unmatched openers a closer may look past, which keeps `((((…]]]]` linear. */
const MAX_SKIPPED = 8;
const OPENERS = new Set(BRACKET_PAIRS.map((pair) => pair.charCodeAt(0)));

/**
 * Clause spans of one sentence `text[start, end)`: it is cut after `，,；;：:`,
 * never after `、`, which joins enumeration items, and never inside a matched
 * bracket pair, so `累计检查28个县(市、区)、40个行业部门、85户企业(单位),` is one
 * clause and `“安全第一，预防为主”` stays whole. A quoted speech (long, or holding a
 * sentence end) is split like any text. An opener without its closer in the
 * sentence protects nothing. Clauses cover the sentence exactly. Linear time.
 */
export function splitClauses(text: string, start: number, end: number): Span[] {
  // Brackets are matched when the first one is met (most sentences hold none).
  // No opener stood before it (only closers skipped after a clause mark, which
  // match nothing), so matching from there finds the same pairs.
  let closeAt: Map<number, number> | null = null;
  const spans: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const flags = CLASS[text.charCodeAt(i)]!;
    if (flags & BRACKET) {
      closeAt ??= matchBrackets(text, i, end);
      const jump = closeAt.get(i);
      if (jump !== undefined) {
        i = jump;
        continue;
      }
    }
    if (flags & CLAUSE_END && !isDigitGroupComma(text, i)) {
      let e = i + 1;
      while (e < end && CLASS[text.charCodeAt(e)]! & TRAILING) e++;
      if (e < end) {
        spans.push({ start: from, end: e });
        from = e;
      }
      i = e - 1;
    }
  }
  spans.push({ start: from, end });
  return spans;
}

/** Opener offset → offset of its matching closer, for the pairs matched inside the sentence. */
function matchBrackets(text: string, start: number, end: number): Map<number, number> {
  const closeAt = new Map<number, number>();
  const stack: number[] = [];
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (!(CLASS[ch]! & BRACKET)) continue;
    const opener = OPENER_OF.get(ch);
    if (opener !== undefined) {
      // Pop to the nearest matching opener; unmatched openers above it are dropped.
      let k = stack.length - 1;
      while (k >= 0 && k >= stack.length - MAX_SKIPPED && text.charCodeAt(stack[k]!) !== opener) k--;
      if (k >= 0 && text.charCodeAt(stack[k]!) === opener) {
        if (!isSpeech(text, stack[k]!, i)) closeAt.set(stack[k]!, i);
        stack.length = k;
      }
    } else if (OPENERS.has(ch)) {
      stack.push(i);
    }
  }
  return closeAt;
}

/** A quote too long or too complete to be a name or slogan: `“…发现隐患300处。”`. */
function isSpeech(text: string, open: number, close: number): boolean {
  if (!QUOTE_PAIRS.includes(text[open]!)) return false;
  if (close - open - 1 > QUOTE_PROTECT_MAX_CHARS) return true;
  for (let i = open + 1; i < close; i++) if (CLASS[text.charCodeAt(i)]! & SENTENCE_END) return true;
  return false;
}

/** `1,083项`, `12,345起`: an ASCII comma between a digit and a group of exactly three digits separates thousands, not clauses. */
function isDigitGroupComma(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x2c && isAsciiDigit(text.charCodeAt(i - 1)) && isThousandsGroup(text, i + 1);
}
