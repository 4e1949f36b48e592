import type { Token } from '../../words/tokenize-clause.js';
import { ENUMERATION_JOINERS, LEADING_ADVERBS, OBJECT_PREPOSITIONS } from '../lexicon/function-words.js';

/** Token indexes of a clause, half-open. */
export interface Span { from: number; to: number }

/**
 * No scan looks further than this many tokens from a figure: a clause of report
 * text is far shorter, and the bound keeps a megabyte without punctuation linear.
 */
export const MAX_SCAN = 40;

/** Punctuation that ends what a figure's words can reach. */
export const CLAUSE_PUNCTUATION = /^[，。；;,：:！？]$/;

export function onlyAdverbsBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (!LEADING_ADVERBS.has(tokens[i]!.text)) return false;
  return true;
}

/** A preposition (对, 向, 将…) in the span: the counted thing comes before its verb. */
export function hasPreposition(tokens: readonly Token[], span: Span): boolean {
  for (let i = span.from; i < span.to; i++) if (OBJECT_PREPOSITIONS.has(tokens[i]!.text)) return true;
  return false;
}

/** The first enumeration joiner or figure in [from, to) (a counted noun ends there), else to. */
export function nextBreak(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (tokens[i]!.quantity || ENUMERATION_JOINERS.has(tokens[i]!.text)) return i;
  return to;
}

/** Index of the first enumeration joiner in [from, to), else to. */
export function firstJoiner(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (ENUMERATION_JOINERS.has(tokens[i]!.text)) return i;
  return to;
}

/** Up to four words after a figure, up to punctuation, a joiner or another figure (`造成3人死亡` → 死亡). */
export function wordsAfter(tokens: readonly Token[], k: number): string | null {
  let out = '';
  for (let i = k + 1; i < tokens.length && i <= k + 4; i++) {
    const t = tokens[i]!;
    if (t.quantity || ENUMERATION_JOINERS.has(t.text) || CLAUSE_PUNCTUATION.test(t.text)) break;
    out += t.text;
  }
  return out || null;
}
