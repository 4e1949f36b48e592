import { CHAR_TABLE } from '../normalize/char-table.js';

const CHUNK = 0x2000;

/**
 * The text folded one code unit for one through the shared character table, so
 * offsets stay the caller's: `２３．７萬` → `23.7万`, `９７％` → `97%`, `約` → `约`,
 * `（次）` → `(次)`. Readers match the folded text and slice the original.
 * Linear; chunks keep `String.fromCharCode` off the stack limit.
 */
export function foldText(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n && CHAR_TABLE[text.charCodeAt(i)] === text.charCodeAt(i)) i++;
  if (i === n) return text; // already folded, as normalised text is
  const units = new Uint16Array(n);
  for (let j = 0; j < n; j++) units[j] = CHAR_TABLE[text.charCodeAt(j)]!;
  let out = '';
  for (let j = 0; j < n; j += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(j, j + CHUNK) as unknown as number[]);
  }
  return out;
}

/** True for a CJK ideograph (BMP blocks), the test for "a word goes on". */
export function isIdeograph(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Full-width digit in the caller's text (`１２`), for the `，` thousands separator test. */
export const isFullwidthDigit = (c: number): boolean => c >= 0xff10 && c <= 0xff19;
