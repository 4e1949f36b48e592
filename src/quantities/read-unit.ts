import { COUNT_UNITS, MEASURE_UNITS, MONEY_UNITS, PERCENT_UNITS, TIME_UNITS } from './lexicon/units.js';
import { buildMatcher } from './match-words.js';
import type { QuantityKind } from './types.js';

/** A unit matched after a number, in folded characters. */
export interface UnitMatch {
  /** Start of the unit (after any spaces). */
  start: number;
  end: number;
  word: string;
  kind: QuantityKind;
  time: boolean;
  /** A unit of measure (米, 吨, 公顷): 多/余 after it still qualify (1米多). */
  measure: boolean;
}

const KIND = new Map<string, QuantityKind>();
for (const u of COUNT_UNITS) KIND.set(u, 'count');
for (const u of TIME_UNITS) KIND.set(u, 'count');
for (const u of MEASURE_UNITS) KIND.set(u, 'count');
for (const u of MONEY_UNITS) KIND.set(u, 'money');
for (const [u, k] of Object.entries(PERCENT_UNITS)) KIND.set(u, k);
const TIME = new Set<string>(TIME_UNITS);
const MEASURE = new Set<string>(MEASURE_UNITS);
const UNITS = buildMatcher([...KIND.keys()]);

/**
 * The unit or classifier at `j`, longest first from the lexicon, after at most
 * four spaces (`共检查 3 家`, `一百五十    个百分点`): `万人次` leaves `人次`
 * (the 万 was read by the number), `个百分点` beats `个`, `人(次)` beats `人`.
 */
export function readUnit(s: string, j: number): UnitMatch | null {
  let k = j;
  while (s[k] === ' ' && k - j < 4) k++;
  const word = UNITS.at(s, k);
  if (!word) return null;
  return { start: k, end: k + word.length, word, kind: KIND.get(word)!, time: TIME.has(word), measure: MEASURE.has(word) };
}
