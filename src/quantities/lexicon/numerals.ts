/**
 * Chinese numeral characters as data. Text is folded first (`萬` → `万`, `兩` →
 * `两`, full-width digits → ASCII, see `fold-text.ts`), so only the simplified
 * and financial forms are listed here, plus the few traditional forms the
 * shared character table does not fold (`貳`, `倆`).
 */

/** Digits: `三千五百` `两万` `壹佰伍拾` `〇` `零`. */
export const CHINESE_DIGITS = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
  '壹': 1, '贰': 2, '貳': 2, '叁': 3, '参': 3, '肆': 4, '伍': 5, '陆': 6, '柒': 7, '捌': 8, '玖': 9, '倆': 2, '俩': 2,
} as const;

/** Units inside a section: `三千五百` = 3×1000 + 5×100; financial `拾佰仟`. */
export const SMALL_MULTIPLIERS = {
  '十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000,
} as const;

/** Section units: `23.7万` = 237000, `1.2亿` = 1.2e8, `4.78万亿` = 4.78e12, `五兆` = 5e12 (peer reading). */
export const BIG_MULTIPLIERS = {
  '万': 1e4, '亿': 1e8, '兆': 1e12,
} as const;

/** Words read as a sign before a number: `负三十二`, `-10000`, `－1２２％` (folded to `-`). */
export const SIGN_WORDS = { '负': -1, '-': -1, '+': 1 } as const;

/** Inside a number before a multiplier: `1420多万`, `50余万`, `十余万`, `二十几万` (over). */
export const INNER_OVER_CHARS = '余多几' as const;

/** Decimal point in Chinese numerals: `九十一点五`, `两千万点五五四四` (refuses `八点`, `一点两小时`). */
export const CHINESE_POINT = '点' as const;

/** "Several" before a multiplier: `数百`, `几十`, `数十万` → range 2×…9× (`十几` is `over`, see qualifiers). */
export const SEVERAL_WORDS = ['数', '几'] as const;

/** Before a bare multiplier: `上百`, `上千`, `上万` → over 100 / 1000 / 10000. */
export const ROUND_OVER_WORDS = ['上'] as const;

/** Every character a base number can start with, for the fast skip to candidates. */
export const NUMBER_START_CHARS =
  '0123456789' + Object.keys(CHINESE_DIGITS).join('') + Object.keys(SMALL_MULTIPLIERS).join('') + '半.';
