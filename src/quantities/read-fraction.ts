import { readArabic } from './read-arabic.js';
import { readNumber, type BaseNumber } from './read-number.js';

/** A fraction's value and where it ends. */
export interface Fraction { end: number; value: number }

/**
 * The end of `word` matched at `k`, allowing up to four spaces before each of
 * its characters after the first (`百 分 之`, `三 分  之 一`), or -1.
 */
export function matchSpaced(s: string, k: number, word: string, leadingSpaces = false): number {
  let j = k;
  for (let c = 0; c < word.length; c++) {
    if (c > 0 || leadingSpaces) { const from = j; while (s[j] === ' ' && j - from < 4) j++; }
    if (s[j] !== word[c]) return -1;
    j++;
  }
  const from = j;
  while (s[j] === ' ' && j - from < 4) j++;
  return j;
}

/**
 * After a denominator, `分之` and the numerator: `三分之一` 1/3, `五分之一`,
 * `16分之5`, `一百分之二` 0.02, `五 分之 一`. Refuses `分之` with no number
 * after it (`二分之。`). The percent reader runs first, so `百分之五` is 5 %.
 */
export function readFraction(s: string, original: string, denominator: number, afterDenominator: number): Fraction | null {
  const k0 = matchSpaced(s, afterDenominator, '分之', true);
  if (k0 < 0 || denominator === 0) return null;
  let k = k0;
  const sign = s[k] === '负' ? -1 : 1;
  if (sign < 0) k++;
  const numerator = readNumber(s, original, k);
  if (!numerator || numerator.digitString) return null;
  return { end: numerator.end, value: (sign * numerator.value) / denominator };
}

/** `3/5` `16/5` `-3/2` `1/2的努力`: Arabic integers around one slash, not a date (`2023/5/17`, `5/17/`). */
export function readSlashFraction(s: string, original: string, n: BaseNumber): Fraction | null {
  if (!n.arabic || n.chinese || n.decimal || s[n.end] !== '/' || s[n.start - 1] === '/') return null;
  const b = readArabic(s, original, n.end + 1);
  if (!b || b.decimal || b.value === 0 || s[b.end] === '/') return null;
  return { end: b.end, value: n.value / b.value };
}

/** `又` between a whole part and a fraction: `一又二分之一` 1.5; returns the start of the fraction or -1. */
export function afterWholePart(s: string, end: number): number {
  const k = matchSpaced(s, end, '又', true);
  return k;
}
