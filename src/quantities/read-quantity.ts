import { isAsciiDigit, isAsciiLetter } from './fold-text.js';
import { CHINESE_DIGITS } from './lexicon/numerals.js';
import { codeSet } from './char-codes.js';
import { isBareChineseWord, isLoneFinancialDigit, isRateBase, isSlogan, nameAt, refusedAfter, refusedBefore } from './not-quantity.js';
import { afterWholePart, readFraction, readSlashFraction } from './read-fraction.js';
import { readTenths } from './read-tenths.js';
import { readNumber, type BaseNumber } from './read-number.js';
import { readPercentWord } from './read-percent-word.js';
import { readInnerQualifier, readPrefixQualifier, readSuffixQualifier } from './read-qualifier.js';
import { lowValue, readRangeEnd } from './read-range.js';
import { readRoundNumber } from './read-round.js';
import { readHalf, readSplitDuration, skipDateChain } from './read-small-forms.js';
import { readUnit, type UnitMatch } from './read-unit.js';
import { resolveBounds, type Found } from './resolve-bounds.js';
import type { Qualifier, Quantity } from './types.js';

export interface ReadResult { quantity: Quantity | null; next: number; reason: string | null }

const DIGITS: Readonly<Record<string, number>> = CHINESE_DIGITS;
const refuse = (next: number, reason: string): ReadResult => ({ quantity: null, next, reason });
const unitAt = (s: string, k: number): boolean => readUnit(s, k) !== null;
/** Words ending in 一 that are not a count: `统一部署` `同一批次` `唯一` `逐一`. */
const ONE_WORD_HEADS = codeSet('统唯同专单划逐万之进归合整如');

/**
 * Reads the quantity whose number starts at `i` of the folded text `s`, the
 * wrappers in order: base number (percent word, round number, half, digits and
 * numerals), sign, fraction, inner qualifier, unit, refusals, range, suffix and
 * prefix qualifiers. `floor` is the end of the previous quantity: nothing is
 * read before it. Returns where the scan goes on, also when it refuses.
 */
export function readQuantityAt(s: string, original: string, i: number, floor: number): ReadResult {
  const name = nameAt(s, i);
  if (name) return refuse(i + name.length, 'name or idiom');
  const pw = readPercentWord(s, original, i);
  const round = pw ? null : readRoundNumber(s, i, floor);
  const n: BaseNumber | null = pw?.number ?? round?.number ?? (s[i] === '半' ? readHalf(s, i) : readNumber(s, original, i));
  if (!n) return refuse(i + 1, 'no number');
  if (n.digitString) return readDigitDiscount(s, original, n) ?? refuse(n.end, 'digit string (year or code)');
  let start = pw?.start ?? round?.start ?? i;
  let sign = 1;
  const p = s[start - 1];
  if (!pw && !round && start - 1 >= floor && (p === '负' || ((p === '-' || p === '+') && !isWordEnd(s, start - 2)))) {
    start--; sign = p === '+' ? 1 : -1;
  }
  const before = refusedBefore(s, n, start);
  if (before) return refuse(n.end, before);
  if (s[i] === '一' && n.end - i === 1 && ONE_WORD_HEADS.has(s.charCodeAt(i - 1))) return refuse(n.end, 'word with 一');
  if (isSlogan(s, n)) return refuse(n.end + 3, 'slogan');

  let value = pw ? pw.value : n.value;
  let end = n.end;
  let kind: Found['kind'] = pw ? pw.kind : 'number';
  let unitWord: string | null = pw ? pw.unit : null;
  const whole = afterWholePart(s, end);
  const wholeFraction = whole > 0 ? readNumber(s, original, whole) : null;
  const fraction = pw ? null : wholeFraction
    ? readFraction(s, original, wholeFraction.value, wholeFraction.end)
    : readFraction(s, original, n.value, n.end) ?? readSlashFraction(s, original, n);
  if (fraction) { value = (wholeFraction ? n.value : 0) + fraction.value; end = fraction.end; kind = 'fraction'; }
  value *= sign;
  if (!pw && !fraction && isLoneFinancialDigit(s, n)) return refuse(n.end, 'financial numeral inside a word');

  const inner = pw || fraction ? null : readInnerQualifier(s, end, unitAt);
  if (inner) end = inner.end;
  let unit: UnitMatch | null = pw || fraction ? null : readUnit(s, end);
  // 两个半小时, 3个半月: 个半 before a unit of time adds a half of it.
  if (unit?.word === '个' && s[unit.end] === '半' && Number.isInteger(n.value)) {
    const time = s[unit.end + 1] === '月' ? { start: unit.end + 1, end: unit.end + 2, word: '月', kind: 'count' as const, time: true, measure: false } : readUnit(s, unit.end + 1);
    if (time?.time) { value += sign * 0.5; unit = time; }
  }
  // 4560（四千五百六十）户: the figure restated in words in brackets, then its unit.
  const restated = !unit && !pw && !fraction && n.arabic ? bracketedRestatement(s, end) : -1;
  if (restated > 0) unit = readUnit(s, restated);
  if (!unit && !pw && !fraction && s[end] === '点' && n.arabic) unit = { start: end, end: end + 1, word: '点', kind: 'count', time: false, measure: false };
  const tenths = unit || pw || fraction || inner ? null : readTenths(s, n, end);
  if (tenths) { value = sign * tenths.value; end = tenths.end; kind = 'percent'; unitWord = '%'; }
  if (!pw && !fraction && !tenths) {
    const after = refusedAfter(s, n, unit);
    if (after) return refuse(after === 'date' ? skipDateChain(s, n.end) : Math.max(n.end, unit?.end ?? 0), after);
  }
  const split = unit ? readSplitDuration(s, unit) : null;
  if (unit) { end = split?.end ?? unit.end; kind = unit.kind; unitWord = split?.unit ?? original.slice(unit.start, unit.end); }
  if (kind === 'count' && unit && s[i] === '一' && n.end - i === 1 && s.startsWith(unit.word, unit.end)) return refuse(end, 'reduplication');

  let low: number | null = n.pairLow, high: number | null = n.pairLow !== null ? n.value : null;
  if (round?.reading === 'several') { low = 2 * n.value; high = 9 * n.value; }
  const range = !pw && !fraction && !inner && !round && !tenths ? readRangeEnd(s, original, n, unit, end) : null;
  if (range?.kind === 'date') return refuse(range.end, 'date range');
  if (range) {
    low = lowValue(n, range.high); high = range.high.value; end = range.end;
    if (range.unit) { kind = range.unit.kind; unitWord = original.slice(range.unit.start, range.unit.end); }
  }
  // 两成多: a share in tenths takes 多/余 after it, as a measure does.
  const suffix = unit || pw || tenths || (!unitWord && !fraction) ? readSuffixQualifier(s, end, (unit?.time ?? false) || (unit?.measure ?? false) || !!tenths) : null;
  if (suffix) end = suffix.end;
  // 820户（八百二十户）, 94.7%（百分之九十四点七）: the restatement in words belongs to the figure, not another one.
  if (unitWord && n.arabic) { const after = bracketedRestatement(s, end); if (after > 0) end = after; }
  if (!unitWord && kind !== 'fraction' && n.chinese && !n.arabic && isBareChineseWord(s, n, start, end)) return refuse(end, 'numeral inside a word');
  if (!unitWord && n.arabic && isAsciiLetter(s.charCodeAt(end))) return refuse(end, 'model or code');
  const prefix = readPrefixQualifier(s, start, floor);
  if (prefix) start = prefix.start;
  if (!prefix && !suffix && !inner && !range && low === null && isRateBase(s, start, end, value)) return refuse(end, 'base of a rate');
  const qualifiers: (Qualifier | null)[] = [round?.reading === 'over' || n.over || split ? 'over' : null, inner?.qualifier ?? null,
    suffix?.qualifier ?? null, prefix?.qualifier ?? null];
  const quantity = resolveBounds({ start, end, value, low: range || low !== null ? low : null, high, qualifiers, unit: unitWord, kind }, original);
  return { quantity, next: end, reason: null };
}

/** Numeral characters (and the words around them) a restatement in words may hold: 四千五百六十, 百分之九十四点七, 叁拾陆万元整. */
const RESTATEMENT = /^[零〇一二两三四五六七八九十百千万亿点壹贰叁肆伍陆柒捌玖拾佰仟萬億分之整元户人处家个项名次起台份]+$/;
const RESTATEMENT_MAX_CHARS = 16;

/** After `（…）` of numerals right at `at`, the position past its closing bracket; -1 when none. */
function bracketedRestatement(s: string, at: number): number {
  const open = s[at];
  if (open !== '（' && open !== '(') return -1;
  // A bounded look (no search to the end of the text: a run of 1（ must stay linear).
  const window = s.slice(at + 1, at + 2 + RESTATEMENT_MAX_CHARS);
  const offset = window.indexOf(open === '（' ? '）' : ')');
  if (offset <= 0) return -1;
  const close = at + 1 + offset;
  const inner = window.slice(0, offset);
  return RESTATEMENT.test(inner) && /[零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟萬]/.test(inner) ? close + 1 : -1;
}

/** `三八折` `五五折`: two digits read as one number before `折` (38, 55). */
function readDigitDiscount(s: string, original: string, n: BaseNumber): ReadResult | null {
  if (n.end - n.start !== 2 || s[n.end] !== '折') return null;
  const tens = DIGITS[s[n.start]!], ones = DIGITS[s[n.start + 1]!];
  if (tens === undefined || ones === undefined || tens === 0) return null;
  const value = tens * 10 + ones;
  const quantity = resolveBounds({ start: n.start, end: n.end + 1, value, low: null, high: null, qualifiers: [], unit: '%', kind: 'percent' }, original);
  return { quantity, next: n.end + 1, reason: null };
}

/** True when the character at `k` ends a word a sign cannot follow: `10-15`, `COVID-19`, `3%-`. */
function isWordEnd(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  return isAsciiDigit(c) || isAsciiLetter(c) || s[k] === '%' || s[k] === ')' || s[k] === '.';
}
