import { isAsciiDigit, isAsciiLetter, isFullwidthDigit } from './fold-text.js';

/** An Arabic number as written: `1,234` `23.7` `.5` `2e5` (no sign, no multiplier). */
export interface ArabicNumber {
  end: number;
  value: number;
  /** Digits before the point, separators excluded (`2022` → 4). */
  intDigits: number;
  decimal: boolean;
  leadingZero: boolean;
  grouped: boolean;
}

/**
 * Reads digits at `i` of the folded text `s`; linear, no regex.
 * - thousands groups `1,234` `1,050,000,000`, and `４，５６５` only between
 *   full-width digits of the caller's text (a Chinese `，` between ASCII digits
 *   separates clauses: `检查12，整改234`); refuses `1,2` and `1, 234` as groups;
 * - decimals `23.7` `.23456`, an exponent `2e5` `12.32e+14` when no letter follows,
 *   a power `2^5`, a thousands `k` (`40k`) when no letter follows (`5km` is refused later).
 * A run too long to be a figure still returns its end (value not finite), so the
 * caller skips it whole and the scan stays linear.
 */
export function readArabic(s: string, original: string, i: number): ArabicNumber | null {
  const n = s.length;
  let j = i;
  while (j < n && isAsciiDigit(s.charCodeAt(j))) j++;
  const intDigitsRaw = j - i;
  if (intDigitsRaw === 0 && !(s[i] === '.' && isAsciiDigit(s.charCodeAt(i + 1)))) return null;
  let digits = s.slice(i, j);
  if (intDigitsRaw >= 1 && intDigitsRaw <= 3) {
    while (isGroupSeparator(s, original, j) && isThousandsGroup(s, j + 1)) {
      digits += s.slice(j + 1, j + 4);
      j += 4;
    }
  }
  const intDigits = digits.length;
  let decimal = false;
  if (s[j] === '.' && isAsciiDigit(s.charCodeAt(j + 1))) {
    const from = j;
    j++;
    while (j < n && isAsciiDigit(s.charCodeAt(j))) j++;
    digits += s.slice(from, j);
    decimal = true;
  }
  const exp = readExponent(s, j);
  if (exp) { digits += s.slice(j, exp); j = exp; }
  let value = Number(digits);
  const power = exp ? 0 : readPower(s, j);
  if (power) { value **= Number(s.slice(j + 1, power)); j = power; }
  if ((s[j] === 'k' || s[j] === 'K') && !isAsciiLetter(s.charCodeAt(j + 1))) { value *= 1000; j++; }
  return { end: j, value, intDigits, decimal, leadingZero: intDigits >= 2 && digits[0] === '0' && !decimal, grouped: digits.length > 0 && intDigits > intDigitsRaw };
}

function isGroupSeparator(s: string, original: string, j: number): boolean {
  if (s[j] === ',') return true;
  return s[j] === '，' && isFullwidthDigit(original.charCodeAt(j - 1)) && isFullwidthDigit(original.charCodeAt(j + 1));
}

/** Exactly three digits at `k`, not followed by a fourth (`083` of `1,083`); the clause splitter asks it too. */
export function isThousandsGroup(s: string, k: number): boolean {
  return isAsciiDigit(s.charCodeAt(k)) && isAsciiDigit(s.charCodeAt(k + 1)) && isAsciiDigit(s.charCodeAt(k + 2))
    && !isAsciiDigit(s.charCodeAt(k + 3));
}

/** `^5` `^-1` `^+23` at `j` (the peer's power notation `2^5` = 32); returns the end or 0. */
function readPower(s: string, j: number): number {
  if (s[j] !== '^') return 0;
  let k = j + 1;
  if (s[k] === '+' || s[k] === '-') k++;
  const from = k;
  while (k < s.length && k - from < 3 && isAsciiDigit(s.charCodeAt(k))) k++;
  return k === from || isAsciiDigit(s.charCodeAt(k)) ? 0 : k;
}

/** `e5` `E+14` `e-1` at `j` when a digit follows and no letter after; returns the end or 0. */
function readExponent(s: string, j: number): number {
  if (s[j] !== 'e' && s[j] !== 'E') return 0;
  let k = j + 1;
  if (s[k] === '+' || s[k] === '-') k++;
  const from = k;
  while (k < s.length && k - from < 4 && isAsciiDigit(s.charCodeAt(k))) k++;
  if (k === from || isAsciiDigit(s.charCodeAt(k)) || isAsciiLetter(s.charCodeAt(k))) return 0;
  return k;
}
