/**
 * Full-width forms turned into ASCII one for one, so `２３．７万`, `９７％`,
 * `（市、区）` read like `23.7万`, `97%`, `(市、区)`.
 *
 * Digits and Latin letters (U+FF10–FF19, FF21–FF3A, FF41–FF5A) are mapped by
 * range; the punctuation below is listed one by one. Chinese sentence and clause
 * marks (，。；：！？、“”) stay as written: they carry meaning for splitting.
 */
export const FULLWIDTH_RANGES: readonly (readonly [from: number, to: number])[] = [
  [0xff10, 0xff19], // ０–９
  [0xff21, 0xff3a], // Ａ–Ｚ
  [0xff41, 0xff5a], // ａ–ｚ
];

/** Full-width punctuation with an ASCII twin that numbers and units use. */
export const FULLWIDTH_PUNCTUATION = '％．（）＋－／＜＝＞＃＆＠';

/** Spaces of other widths become one ASCII space each (U+3000 indents `　　本报讯`). */
export const SPACE_LIKE = '\u3000\u00a0\u2002\u2003\u2009\u202f\t\v\f';

/** Line and paragraph separators read as newlines. */
export const NEWLINE_LIKE = '\u2028\u2029\u0085';

/**
 * Characters removed from the text (the offset map skips them): the byte-order
 * mark, which editors save at the start (`\uFEFF长春市…`), and zero-width
 * marks that would split a word like `隐\u200B患`.
 */
export const INVISIBLE = '\ufeff\u200b\u200c\u200d\u2060';
