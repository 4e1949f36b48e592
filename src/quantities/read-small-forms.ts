import { isAsciiDigit } from './fold-text.js';
import type { BaseNumber } from './read-number.js';
import { readUnit, type UnitMatch } from './read-unit.js';

/* Small forms one step around the base number: `半天`, `1个多月`, the tail of a date chain. */

/** `半天` `半个月` `半小时`: 0.5 of a duration; not `上半年` (a period) or `多半`. */
export function readHalf(s: string, i: number): BaseNumber | null {
  if ('上下前后多大一过'.includes(s[i - 1] ?? '\n')) return null;
  const unit = readUnit(s, i + 1);
  if (s[i + 1] !== '成' && s[i + 1] !== '折' && (!unit?.time || unit.start !== i + 1)) return null;
  return { start: i, end: i + 1, value: 0.5, pairLow: null, arabic: false, chinese: true, chineseChars: 1, scale: 1,
    over: false, digitString: false, intDigits: 0, decimal: false, leadingZero: false, grouped: false };
}

/** Past the rest of `2022-05-17` `2023/5/17`, so `05` and `17` are not read again. */
export function skipDateChain(s: string, k: number): number {
  let j = k;
  while (j - k < 16 && (isAsciiDigit(s.charCodeAt(j)) || s[j] === '-' || s[j] === '/' || s[j] === '.')) j++;
  return j;
}

/** `1个多月` `3个多小时` `两个多星期`: `多`/`余` between `个` and a duration; the unit is `个月` (the 多 removed, like 万). */
export function readSplitDuration(s: string, unit: UnitMatch): { end: number; unit: string } | null {
  if (unit.word !== '个' || (s[unit.end] !== '多' && s[unit.end] !== '余')) return null;
  const rest = ['小时', '星期', '月', '季度', '工作日'].find((w) => s.startsWith(w, unit.end + 1));
  return rest ? { end: unit.end + 1 + rest.length, unit: `个${rest}` } : null;
}
