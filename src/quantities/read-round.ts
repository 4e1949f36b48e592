import { BIG_MULTIPLIERS, ROUND_OVER_WORDS, SEVERAL_WORDS, SMALL_MULTIPLIERS } from './lexicon/numerals.js';
import type { BaseNumber } from './read-number.js';
import { codeSet, valuesByCode } from './char-codes.js';

const MULTIPLIER = valuesByCode<number>({ ...SMALL_MULTIPLIERS, ...BIG_MULTIPLIERS });
const BIG = valuesByCode<number>(BIG_MULTIPLIERS);
const SEVERAL = codeSet(SEVERAL_WORDS);
const ROUND_OVER = codeSet(ROUND_OVER_WORDS);
/** Prefix qualifiers that may stand before a bare `万`: `近万人` `逾万` `超万` `约万`. */
const BEFORE_BARE = codeSet('近逾超约');

/** A bare multiplier read as a round number, with the word before it. */
export interface RoundNumber {
  number: BaseNumber;
  /** Start including `数`/`几`/`上`, which belong to the quantity. */
  start: number;
  /** `数百` → range 200…900; `上百` → over 100; null for `近万` (the prefix qualifier reads `近`). */
  reading: 'several' | 'over' | null;
}

/**
 * `数百` `几十` `数十万` (several: 2× to 9×), `上百` `上千` `上万` (over),
 * `近万人` `逾万` (a bare 万 after a qualifier). At most three multiplier
 * characters (`百万`, `十万`, `千万`). Refuses a multiplier after anything else
 * (`万一`, `千方百计` are left to the base reader and the bare-word rule).
 */
export function readRoundNumber(s: string, i: number, floor: number): RoundNumber | null {
  const before = s.charCodeAt(i - 1);
  const several = SEVERAL.has(before), over = ROUND_OVER.has(before);
  if (i - 1 < floor || !(several || over || BEFORE_BARE.has(before))) return null;
  let value = 1;
  let k = i;
  while (k < s.length && k - i < 3) {
    const m = MULTIPLIER.get(s.charCodeAt(k));
    if (m === undefined) break;
    value *= m;
    k++;
  }
  if (k === i) return null;
  if (!several && !over && !BIG.has(s.charCodeAt(i))) return null;
  const number: BaseNumber = { start: i, end: k, value, pairLow: null, arabic: false, chinese: true, chineseChars: k - i,
    scale: value, over: false, digitString: false, intDigits: 0, decimal: false, leadingZero: false, grouped: false };
  return { number, start: several || over ? i - 1 : i, reading: several ? 'several' : over ? 'over' : null };
}
