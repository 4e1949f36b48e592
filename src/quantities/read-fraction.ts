import { readNumber } from './read-number.js';

/** A fraction `三分之一`, possibly with a whole part `三百五又三分之一`. */
export interface Fraction { end: number; value: number }

/**
 * After a denominator read at `afterDenominator`, reads `分之` and the
 * numerator: `三分之一` 1/3, `五分之一`, `16分之5`, `一百分之二` 0.02. Refuses
 * `分之` with no number after it. `percent-word` runs first, so `百分之五` is 5 %.
 */
export function readFraction(s: string, original: string, denominator: number, afterDenominator: number): Fraction | null {
  if (!s.startsWith('分之', afterDenominator) || denominator === 0) return null;
  let k = afterDenominator + 2;
  const sign = s[k] === '负' ? -1 : 1;
  if (sign < 0) k++;
  const numerator = readNumber(s, original, k);
  if (!numerator || numerator.digitString) return null;
  return { end: numerator.end, value: (sign * numerator.value) / denominator };
}

/** `又` between a whole part and a fraction: `一又二分之一` 1.5; returns the start of the fraction or -1. */
export function afterWholePart(s: string, end: number): number {
  return s[end] === '又' ? end + 1 : -1;
}
