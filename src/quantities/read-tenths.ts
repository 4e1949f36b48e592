import { CHINESE_DIGITS } from './lexicon/numerals.js';
import type { BaseNumber } from './read-number.js';

const DIGITS: Readonly<Record<string, number>> = CHINESE_DIGITS;

/**
 * Characters after `成`/`折` that make a word, so the number is no share:
 * `3成为` `成立` `成效` `成本` `成员` `成都`, `折合` `折算` `折旧`.
 */
const NOT_AFTER = { '成': '为立功果效本员绩交品熟长型片批群套网都年人千就为', '折': '合算旧扣叠腾射服返' } as const;

/**
 * Tenths as a percent after a number (value in percent, unit `%`):
 * `九成` 90, `9.5成` 95, `三成半` 35, `七成 六` 76, `十成` 100; discounts `九折` 90,
 * `八点五折` 85, `75折` 75, `一折` 10. Refuses `一成不变` (a name, refused before),
 * `十折` (no such discount), `成为` `折合` (words).
 */
export function readTenths(s: string, n: BaseNumber, end: number): { end: number; value: number } | null {
  let k = end;
  while (s[k] === ' ' && k - end < 4) k++;
  const pair = readSpacedDiscount(s, n, k);
  if (pair) return pair;
  const ch = s[k];
  if (ch !== '成' && ch !== '折') return null;
  if (s[k + 1] !== undefined && NOT_AFTER[ch].includes(s[k + 1]!)) return null;
  let value: number;
  if (n.value === 0.5 && n.end - n.start === 1 && ch === '折') value = 50;
  else if (n.value > 0 && (ch === '成' ? n.value <= 10 : n.value < 10)) value = n.value * 10;
  else if (ch === '折' && Number.isInteger(n.value) && n.value >= 11 && n.value <= 99) value = n.value;
  else return null;
  k++;
  if (ch === '成' && Number.isInteger(n.value) && n.value < 10) {
    let m = k;
    while (s[m] === ' ' && m - k < 4) m++;
    // 三成五, 6成5（64.8%）: a second digit, alone (not 3成2家, 6成50).
    const c = s[m];
    const d = c === '半' ? 5 : c !== undefined && c !== '两' && c in DIGITS ? DIGITS[c]! : c !== undefined && c >= '0' && c <= '9' ? Number(c) : -1;
    if (d >= 0 && !isNumeralOrWord(s, m + 1) && !/[0-9.．０-９]/.test(s[m + 1] ?? '')) { value += d; k = m + 1; }
  }
  return { end: k, value };
}

/** `7 2 折` `九 九 折`: two single digits apart, then `折` (72, 99). */
function readSpacedDiscount(s: string, n: BaseNumber, k: number): { end: number; value: number } | null {
  if (n.end - n.start !== 1 || k === n.end || !Number.isInteger(n.value) || n.value < 1 || n.value > 9) return null;
  const ch = s[k]!;
  const d = ch >= '0' && ch <= '9' ? Number(ch) : DIGITS[ch];
  if (d === undefined) return null;
  let m = k + 1;
  while (s[m] === ' ' && m - k < 5) m++;
  return s[m] === '折' ? { end: m + 1, value: n.value * 10 + d } : null;
}

const isNumeralOrWord = (s: string, k: number): boolean => {
  const c = s.charCodeAt(k);
  return c >= 0x4e00 && c <= 0x9fff;
};
