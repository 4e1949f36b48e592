import { CHAR_TABLE } from './char-table.js';
import { INVISIBLE } from './lexicon/fullwidth.js';
import type { NormalizedText } from './types.js';

const REPLACEMENT = 0xfffd;
const TABLE = CHAR_TABLE; // a module-local copy for the hot loop
const INVISIBLE_CODES = new Set([...INVISIBLE].map((ch) => ch.charCodeAt(0)));

/**
 * First pass of normalisation: every code unit through `CHAR_TABLE`, plus the
 * few edits that drop a unit and so go through the offset map:
 * - `\r\n` becomes one `\n` (mapped to the `\r`); a lone `\r` becomes `\n`;
 * - the byte-order mark and zero-width marks are dropped (`\uFEFF长春` → `长春`,
 *   whose first character still maps to original offset 1);
 * - a lone surrogate becomes U+FFFD, so the text is always well-formed UTF-16.
 * Linear in the length of `original`.
 */
export function mapCharacters(original: string): NormalizedText {
  const n = original.length;
  const units = new Uint16Array(n);
  const offsets = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if (c === 0x0d) {
      offsets[k] = i; units[k++] = 0x0a;
      if (original.charCodeAt(i + 1) === 0x0a) i++; // \r\n: one newline, at the \r
    } else if (INVISIBLE_CODES.has(c)) {
      continue;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const d = original.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        offsets[k] = i; units[k++] = c;
        offsets[k] = i + 1; units[k++] = d;
        i++;
      } else {
        offsets[k] = i; units[k++] = REPLACEMENT;
      }
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      offsets[k] = i; units[k++] = REPLACEMENT;
    } else {
      offsets[k] = i; units[k++] = TABLE[c]!;
    }
  }
  offsets[k] = n;
  return { original, text: decodeUnits(units.subarray(0, k)), offsets: offsets.slice(0, k + 1) };
}

const CHUNK = 0x2000;

/** UTF-16 code units to a string, in chunks so a 10 MB text does not overflow the stack. */
function decodeUnits(units: Uint16Array): string {
  let out = '';
  for (let i = 0; i < units.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return out;
}
