import { readArabic } from './read-arabic.js';
import { BIG_MULTIPLIERS, CHINESE_DIGITS, CHINESE_POINT, INNER_OVER_CHARS, SMALL_MULTIPLIERS } from './lexicon/numerals.js';
import { UNITS_STARTING_WITH_MULTIPLIER } from './lexicon/units.js';
import { buildMatcher } from './match-words.js';
import { codeSet, valuesByCode } from './char-codes.js';
import { isAsciiDigit } from './fold-text.js';

/** A base number with its multipliers, before qualifiers and unit. */
export interface BaseNumber {
  start: number;
  end: number;
  value: number;
  /** Lower end of a pair of digits: `三四十` → 30 (value 40). */
  pairLow: number | null;
  arabic: boolean;
  chinese: boolean;
  /** Characters read as Chinese digits or multipliers (`一` → 1, `二十` → 2). */
  chineseChars: number;
  /** The largest multiplier written (`3至5万` spreads it to the 3), 1 if none. */
  scale: number;
  /** `1420多万` `十余万` `二十几万` `十几`: more than the value. */
  over: boolean;
  /** Digits only, as a code or year: `二〇二二`, `一二三`; the caller refuses it. */
  digitString: boolean;
  intDigits: number;
  decimal: boolean;
  leadingZero: boolean;
  /** Written with thousands separators: `1,050,000,000` is no phone number. */
  grouped: boolean;
}

const DIGITS = valuesByCode<number>(CHINESE_DIGITS);
const SMALL = valuesByCode<number>(SMALL_MULTIPLIERS);
const BIG = valuesByCode<number>(BIG_MULTIPLIERS);
const INNER_OVER = codeSet(INNER_OVER_CHARS);
/** Digits that do not follow a Chinese point: `一点两小时` is refused. */
const NOT_DECIMAL = codeSet('两倆');
const code = (ch: string): number => ch.charCodeAt(0);
const POINT = code(CHINESE_POINT), ZERO = code('〇'), LING = code('零'), JI = code('几'), DOT = code('.'), SPACE = code(' ');
const UNIT_FIRST = buildMatcher(UNITS_STARTING_WITH_MULTIPLIER);
const MAX_SPACES = 4;
const MAX_TOKENS = 64;

/** Skips up to four ASCII spaces (`7 万5 千4 百`, `1000  万`); returns `j` if none or too many. */
function skipSpaces(s: string, j: number): number {
  let k = j;
  while (s[k] === ' ' && k - j < MAX_SPACES) k++;
  return s[k] === ' ' ? j : k;
}

/**
 * Reads a number at `i` compositionally (Duckling-style): coefficients (Arabic
 * `23.7` or Chinese digits) times small multipliers `十百千` make a section;
 * big multipliers `万亿兆` close it. `三千五百` 3500, `一万二` 12000, `九百九` 990,
 * `2.8万` 28000, `4.78万亿` 4.78e12, `10万万` 1e9, `3万4000` 34000, `一千零一` 1001,
 * `五亿零六` 500000006, `九十一点五` 91.5, `三四十` 40 (pair, low 30), `十七八` 18
 * (low 17), `1420多万` over. Refuses a bare `万`; `二〇二二` is a digit string.
 * Bounded: at most 64 tokens.
 */
export function readNumber(s: string, original: string, i: number, takeLow = false): BaseNumber | null {
  const r: BaseNumber = { start: i, end: i, value: 0, pairLow: null, arabic: false, chinese: false, chineseChars: 0,
    scale: 1, over: false, digitString: false, intDigits: 0, decimal: false, leadingZero: false, grouped: false };
  let total = 0, section = 0, cur: number | null = null, curChinese = false;
  let lastUnit = 0, lastSmall = Infinity, lastBig = 0, zero = false, tokens = 0, end = i, pairAt = -1;
  let j = i;
  while (j < s.length && tokens++ < MAX_TOKENS) {
    const k = j === i ? j : skipSpaces(s, j);
    const c = s.charCodeAt(k);
    let d: number | undefined, u: number | undefined;
    if (c === DOT || isAsciiDigit(c)) {
      if (cur !== null) break;
      const a = readArabic(s, original, k);
      if (!a) break;
      if (!Number.isFinite(a.value) || a.intDigits > 20) { r.end = a.end; r.digitString = true; r.arabic = true; return r; }
      cur = a.value; curChinese = false; r.arabic = true;
      r.intDigits = a.intDigits; r.decimal = a.decimal; r.leadingZero = a.leadingZero; r.grouped = a.grouped;
      j = end = a.end;
    } else if ((d = DIGITS.get(c)) !== undefined) {
      if (d === 0 && cur === null && (total > 0 || section > 0)) { zero = true; j = k + 1; continue; }
      if (cur !== null) {
        if (k !== j) break;
        if (curChinese && pairAt < 0 && d === cur + 1 && d !== 0 && s.charCodeAt(k - 1) !== SPACE) {
          pairAt = k; r.pairLow = 0; cur = takeLow ? cur : d; r.chineseChars++; j = end = k + 1; continue;
        }
        if (curChinese && d !== cur + 1 || c === ZERO || c === LING) return readDigitString(r, s, i);
        break;
      }
      cur = d; curChinese = true; r.chinese = true; r.chineseChars++; j = end = k + 1;
    } else if ((u = SMALL.get(c)) !== undefined) {
      if (UNIT_FIRST.at(s, k)) break;
      if (u >= lastSmall || (cur === null && (section > 0 || total > 0) && !zero)) break;
      section += (cur === null || (cur === 0 && curChinese) ? 1 : cur) * u;
      cur = null; lastSmall = u; lastUnit = u; zero = false; r.chinese = true; r.chineseChars++;
      r.scale = Math.max(r.scale, u); j = end = k + 1;
    } else if ((u = BIG.get(c)) !== undefined) {
      if (UNIT_FIRST.at(s, k)) break;
      const sec = section + (lastUnit < 1e4 ? trailing(cur, curChinese, zero, lastUnit) : cur ?? 0);
      if (sec === 0 && total === 0) break;
      total = u >= lastBig && lastBig > 0 ? (total + sec) * u : u >= lastBig ? sec * u : total + sec * u;
      section = 0; cur = null; lastSmall = Infinity; lastUnit = u; lastBig = Math.max(lastBig, u); zero = false;
      r.chinese = r.chinese || !r.arabic; r.scale = Math.max(r.scale, u); j = end = k + 1;
    } else if (INNER_OVER.has(c) && end > i && isMultiplierAt(s, skipSpaces(s, k + 1))) {
      if (c === JI) { cur = 0; curChinese = false; }
      r.over = true; j = k + 1;
    } else if (c === JI && end > i && cur === null && section > 0) {
      r.over = true; cur = 0; curChinese = false; j = end = k + 1;
    } else if (c === POINT && r.chinese && !r.arabic && isDecimalDigit(s, skipSpaces(s, k + 1))) {
      section += trailing(cur, curChinese, zero, lastUnit); cur = null;
      let frac = '0.';
      let m = skipSpaces(s, k + 1);
      while (m < s.length && m - k <= 24 && isDecimalDigit(s, m)) frac += String(DIGITS.get(s.charCodeAt(m))), m = isDecimalDigit(s, skipSpaces(s, m + 1)) ? skipSpaces(s, m + 1) : m + 1;
      section += Number(frac); r.decimal = true; j = end = m;
      const b = BIG.get(s.charCodeAt(m));
      if (b && !UNIT_FIRST.at(s, m)) { total = (total + section) * b; section = 0; r.scale = b; j = end = m + 1; }
      break;
    } else break;
  }
  if (end === i) return null;
  r.end = end;
  r.value = total + section + trailing(cur, curChinese, zero, lastUnit);
  if (pairAt >= 0) {
    r.pairLow = takeLow ? r.value : readNumber(s, original, i, true)?.value ?? null;
  }
  return r;
}

/** The last coefficient's value: `三千五` → the 五 is 500 (one step below 千), `三千零五` → 5. */
function trailing(cur: number | null, curChinese: boolean, zero: boolean, lastUnit: number): number {
  return cur !== null && curChinese && !zero && lastUnit >= 10 ? cur * (lastUnit / 10) : cur ?? 0;
}

const isDecimalDigit = (s: string, k: number): boolean => DIGITS.has(s.charCodeAt(k)) && !NOT_DECIMAL.has(s.charCodeAt(k));
const isMultiplierAt = (s: string, k: number): boolean => SMALL.has(s.charCodeAt(k)) || BIG.has(s.charCodeAt(k));

/** `二〇二二` `一二三`: consumes the run of digit characters and marks it. */
function readDigitString(r: BaseNumber, s: string, i: number): BaseNumber {
  let k = i;
  while (k < s.length && k - i < 32 && DIGITS.has(s.charCodeAt(k))) k++;
  r.end = k; r.digitString = true; r.value = 0; r.chinese = true; r.chineseChars = k - i;
  return r;
}
