import { RANGE_SEPARATORS } from './lexicon/qualifiers.js';
import { buildMatcher } from './match-words.js';
import { refusedAfter } from './not-quantity.js';
import { readNumber, type BaseNumber } from './read-number.js';
import { readUnit, type UnitMatch } from './read-unit.js';

const SEPARATORS = buildMatcher(RANGE_SEPARATORS);
const DASHES = new Set(['-', '~', '–', '－']);

export type RangeEnd =
  | { kind: 'range'; high: BaseNumber; unit: UnitMatch | null; end: number }
  | { kind: 'date'; end: number };

/**
 * The high end of a range after the low number `low` and its unit (if any):
 * `10至15家` `3至5家` `10-15人` `10～15` `10到15` `三至五家` `10%-15%`, and
 * `3至5万` (the 万 spreads to the 3). Returns `date` when the high end is a
 * date, so `1至9月` and `9月9日至11日` drop both numbers. Refuses a high end not
 * above the low one (`5-3`), a unit that differs (`3家至5人`), and ASCII dashes
 * between anything but Arabic numbers (`COVID-19` is refused before).
 */
export function readRangeEnd(s: string, original: string, low: BaseNumber, lowUnit: UnitMatch | null, at: number): RangeEnd | null {
  const sep = SEPARATORS.at(s, at);
  if (!sep) return null;
  const high = readNumber(s, original, at + sep.length);
  if (!high || high.digitString || high.pairLow !== null) return null;
  if (DASHES.has(sep) && !(low.arabic && high.arabic)) return null;
  const unit = readUnit(s, high.end);
  if (refusedAfter(s, high, unit)) return { kind: 'date', end: high.end };
  if (lowUnit && (!unit || unit.word !== lowUnit.word)) return null;
  if (lowValue(low, high) >= high.value) return null;
  return { kind: 'range', high, unit, end: unit ? unit.end : high.end };
}

/** The low value, with the high end's multiplier when the low one has none: `3至5万` → 30000. */
export function lowValue(low: BaseNumber, high: BaseNumber): number {
  return low.scale === 1 && high.scale >= 1e4 && low.value < high.value / high.scale * 10 ? low.value * high.scale : low.value;
}
