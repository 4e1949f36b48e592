import { matchSpaced } from './read-fraction.js';
import { readNumber, type BaseNumber } from './read-number.js';

/** `百分之九十七` and its kin read as a number plus the unit it implies. */
export interface PercentWord {
  number: BaseNumber;
  start: number;
  end: number;
  value: number;
  unit: string;
  kind: 'percent' | 'permille';
}

const HEADS = [
  { head: '百分之', unit: '%', kind: 'percent', scale: 1 },
  { head: '佰分之', unit: '%', kind: 'percent', scale: 1 },
  { head: '千分之', unit: '‰', kind: 'permille', scale: 1 },
  { head: '仟分之', unit: '‰', kind: 'permille', scale: 1 },
  { head: '万分之', unit: '%', kind: 'percent', scale: 0.01 },
] as const;

/**
 * `百分之九十七` 97 %, `百分之九十一点五` 91.5, `百分之2.4`, `百分之百` 100,
 * `千分之一` 1 ‰, `万分之三` 0.03 % (a per-ten-thousand has no unit of its own).
 * Spaces inside are read (`百 分 之 2.4`). Refuses a head with no number after
 * it (`百分之` alone).
 */
export function readPercentWord(s: string, original: string, i: number): PercentWord | null {
  if (s[i + 1] !== '分' && s[i + 1] !== ' ') return null;
  let after = -1;
  const h = HEADS.find((x) => (after = matchSpaced(s, i, x.head)) > 0);
  if (!h) return null;
  const number = readNumber(s, original, after);
  if (!number || number.digitString) return null;
  return { number, start: i, end: number.end, value: number.value * h.scale, unit: h.unit, kind: h.kind };
}
