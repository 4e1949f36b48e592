import { isAsciiDigit, isAsciiLetter, isIdeograph } from './fold-text.js';
import {
  CLOCK_POINT_AFTER, CODE_WORDS_AFTER, CODE_WORDS_BEFORE, DATE_WORDS_AFTER, LIST_MARKER_AFTER, NUMERAL_NAMES,
  ONE_QI_COUNTED, ORDINAL_BEFORE, YEAR_DIGITS,
} from './lexicon/not-quantities.js';
import { CHINESE_DIGITS } from './lexicon/numerals.js';
import { buildMatcher } from './match-words.js';
import { codeSet, valuesByCode } from './char-codes.js';
import type { BaseNumber } from './read-number.js';
import type { UnitMatch } from './read-unit.js';

const NAMES = buildMatcher(NUMERAL_NAMES);
const DATE_AFTER = buildMatcher(DATE_WORDS_AFTER);
const CLOCK = buildMatcher(CLOCK_POINT_AFTER);
/** Right before an hour: a part of the day (每晚, 上午, 凌晨) or the 到/至 of a span from another hour. */
const CLOCK_BEFORE = /(?:[晚早午凌晨到至]|[早晚]上)$/;
const ORDINAL = buildMatcher(ORDINAL_BEFORE);
const CODE_BEFORE = buildMatcher(CODE_WORDS_BEFORE);
const CODE_AFTER = buildMatcher(CODE_WORDS_AFTER);
const ONE_QI = buildMatcher(ONE_QI_COUNTED);

/** `发生较大事故一起，`: 一起 closing its clause after what it counts. */
const ONE_QI_AFTER_NOUN = /(?:事故|火灾|案件|火情|警情|事件)一起(?:[，,。；;、]|$)/;

/** A name or idiom starting at `i` (`百日攻坚` `十四五` `千家万户` `九台`), or null. `一起事故` and `事故一起，` are counts. */
export function nameAt(s: string, i: number): string | null {
  const name = NAMES.at(s, i);
  if (name === '一起' && (ONE_QI.at(s, i + 2) || ONE_QI_AFTER_NOUN.test(s.slice(Math.max(0, i - 3), i + 3)))) return null;
  return name;
}

/**
 * Why the number is not a quantity, judging by what comes before it, or null:
 * an ordinal or weekday (`第22个` `第四巡察组` `周一` `初一`), a code after `拨打`
 * (`拨打12345`), a model name glued to Latin letters (`H5` `G20`), the minutes
 * of `20:30`, a list marker (`（一）` `\n1.`). Reliable: 第, letters, `:`;
 * heuristic: the code words.
 */
export function refusedBefore(s: string, n: BaseNumber, signStart: number): string | null {
  const p = s[signStart - 1] ?? '';
  const ord = ORDINAL.before(s, signStart, Math.max(0, signStart - 2));
  if (ord === '第' || ord === '星期' || ord === '礼拜') return 'ordinal';
  // 居全省前三位, 排名后三位的城市: a rank, not a count of places.
  if ((p === '前' || p === '后') && s[n.end] === '位') return 'rank';
  if ((ord === '周' || ord === '初') && !n.arabic && n.chineseChars <= 2) return 'weekday or lunar day';
  if (isAsciiLetter(p.charCodeAt(0)) || p === '_' || p === '#' || p === '@' || p === '/') return 'model or code';
  if (p === ':' && isAsciiDigit(s.charCodeAt(signStart - 2))) return 'time of day';
  if (n.arabic && CODE_BEFORE.before(s, signStart - (p === ':' || p === '：' ? 1 : 0), Math.max(0, signStart - 4))) return 'phone or code';
  if (isListMarker(s, n.start, n.end)) return 'list marker';
  return null;
}

/**
 * Why the number is not a quantity, judging by what follows it (no unit was
 * matched, or the unit is a year's `年`): a date or time (`5月17日` `20时`
 * `9月份` `一季度` `80后` `2022年` `2022-05-17` `20:30`), a code (`12345热线`,
 * a phone number `13912345678`, `0431`), a model (`5G`).
 */
export function refusedAfter(s: string, n: BaseNumber, unit: UnitMatch | null): string | null {
  const e = n.end;
  if (unit?.word === '年' && n.arabic && !n.chinese && n.intDigits === YEAR_DIGITS && !n.decimal && n.scale === 1) return 'year';
  const date = DATE_AFTER.at(s, e);
  // 早上8点, 每晚8点到11点: an hour after a part of the day or after the 到 of a span of hours (read with or without its 点 as a unit).
  if (date === '点' && (!unit || unit.word === '点') && n.value <= 24 && Number.isInteger(n.value) && CLOCK_BEFORE.test(s.slice(Math.max(0, n.start - 2), n.start))) return 'time of day';
  if (unit) return date && date.length > unit.word.length && date.startsWith(unit.word) ? 'date or time' : null;
  if (date === '点') { if (n.arabic ? CLOCK.at(s, e + 1) : n.value <= 24 && Number.isInteger(n.value)) return 'time of day'; }
  else if (date) return 'date or time';
  if (s[e] === ':' && isAsciiDigit(s.charCodeAt(e + 1))) return 'time of day';
  if (isDateChain(s, e)) return 'date';
  if (isAsciiLetter(s.charCodeAt(e))) return 'model or code';
  if (n.arabic && CODE_AFTER.at(s, e)) return 'hotline or code';
  if (n.arabic && !n.chinese && n.scale === 1 && !n.decimal && !n.grouped && (n.intDigits >= 7 || n.leadingZero)) return 'phone or code';
  return null;
}

/** `2022-05-17` `2023/5/17` `2022.5.17`: a separator, digits, the same separator, digits. */
function isDateChain(s: string, e: number): boolean {
  const sep = s[e];
  if (sep !== '-' && sep !== '/' && sep !== '.') return false;
  let k = e + 1;
  while (isAsciiDigit(s.charCodeAt(k)) && k - e < 5) k++;
  return k > e + 1 && s[k] === sep && isAsciiDigit(s.charCodeAt(k + 1));
}

function isListMarker(s: string, start: number, end: number): boolean {
  const before = s[start - 1];
  const after = s[end] ?? '';
  if ((before === '(' || before === '（') && (after === ')' || after === '）')) return true;
  let k = start - 1;
  while (k >= 0 && s[k] === ' ') k--;
  if (!(LIST_MARKER_AFTER as readonly string[]).includes(after)) return false;
  // At a line's start, or after the ；/： that closes the item before (注：1.本表…；2.死亡人数含失踪人数).
  return k < 0 || s[k] === '\n' || (ITEM_CLOSERS.has(s[k]!) && end - start <= 2 && !isAsciiDigit(s.charCodeAt(end + 1)));
}
const ITEM_CLOSERS: ReadonlySet<string> = new Set(['；', ';', '：', ':']);

const DIGIT_CHARS = valuesByCode<number>(CHINESE_DIGITS);
const HUNDRED_OR_THOUSAND = codeSet('百千佰仟');

/**
 * A Chinese numeral with no unit is a figure only when it stands alone:
 * `“一”和“五”`, `一百五十二。`, `一万二，`, and a longer numeral before a word
 * (`两百点两`, `一千零十二章`) — not a single numeral in a word (`统一，` `十分`
 * `二是`), a pair (`一二线城市`), a bare `千万` (`千万不要`).
 */
export function isBareChineseWord(s: string, n: BaseNumber, start: number, end: number): boolean {
  const next = s.charCodeAt(end);
  const wordGoesOn = isIdeograph(next) || isAsciiLetter(next);
  if (n.end - n.start === 1) return wordGoesOn || isIdeograph(s.charCodeAt(start - 1));
  return wordGoesOn && (n.pairLow !== null || HUNDRED_OR_THOUSAND.has(s.charCodeAt(n.start)));
}

const FINANCIAL = codeSet('壹贰貳叁参肆伍陆柒捌玖拾佰仟');

/** A lone financial numeral is a word, unit or not: `登陆部队` `朝花夕拾》` `拾起` `伍仁` `放肆`. */
export function isLoneFinancialDigit(s: string, n: BaseNumber): boolean {
  return n.end - n.start === 1 && FINANCIAL.has(s.charCodeAt(n.start))
    && (isIdeograph(s.charCodeAt(n.start - 1)) || isIdeograph(s.charCodeAt(n.end)));
}

/** `一户一档` `一企一策` `两行动一检查`-like slogans: the numeral repeats after one character. */
export function isSlogan(s: string, n: BaseNumber): boolean {
  if (n.end - n.start !== 1 || n.arabic) return false;
  const again = s.charCodeAt(n.end + 1);
  return again === s.charCodeAt(n.start) && DIGIT_CHARS.has(again) && isIdeograph(s.charCodeAt(n.end + 2));
}

/** Up to this many characters of one clause after a figure are read for the rate it is the base of. */
const RATE_BASE_REACH = 16;
const CLAUSE_BREAKS = codeSet('，,。；;：:！？!?、\n');
const RATE = '率'.charCodeAt(0);
const DEATHS_PER_BASE = '死亡人数';
const DEATH = DEATHS_PER_BASE.charCodeAt(0);

/**
 * The base of a rate, not a count: a round power of ten after 每 (`每十万人口`, `每10万人`), or written in words before
 * the rate it divides in its clause, with no digit between (`十万人生产安全事故死亡率`, `百万吨死亡率`, `十万人…死亡人数`).
 */
export function isRateBase(s: string, start: number, end: number, value: number): boolean {
  if (value < 10 || !Number.isInteger(Math.log10(value))) return false;
  if (s[start - 1] === '每') return true;
  // 抽检样品1000批次合格率98%: a figure in digits before a rate is usually a count; the base is written in words.
  for (let i = start; i < end; i++) if (isAsciiDigit(s.charCodeAt(i))) return false;
  for (let i = end; i < Math.min(s.length, end + RATE_BASE_REACH); i++) {
    const c = s.charCodeAt(i);
    if (c === RATE) return i > end;
    // The statistical indicators 十万人生产安全事故死亡人数, 亿元GDP…死亡人数: a count per base, a rate by another name.
    if (c === DEATH && s.startsWith(DEATHS_PER_BASE, i)) return true;
    if (CLAUSE_BREAKS.has(c) || isAsciiDigit(c)) return false;
  }
  return false;
}
