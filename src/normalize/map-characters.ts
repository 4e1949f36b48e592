import { CHAR_TABLE } from './char-table.js';
import { INVISIBLE } from './lexicon/fullwidth.js';
import type { NormalizedText } from './types.js';

const REPLACEMENT = 0xfffd;
const TABLE = CHAR_TABLE; // a module-local copy for the hot loop

/** What a code unit needs beyond `CHAR_TABLE`, one lookup per unit: most need nothing. */
const ONE_FOR_ONE = 0;
const CARRIAGE_RETURN = 1;
const DROPPED = 2;
const HIGH_SURROGATE = 3;
const LOW_SURROGATE = 4;
const EDIT: Readonly<Uint8Array> = buildEditTable();

function buildEditTable(): Uint8Array {
  const table = new Uint8Array(0x10000); // ONE_FOR_ONE
  table[0x0d] = CARRIAGE_RETURN;
  for (const ch of INVISIBLE) table[ch.charCodeAt(0)] = DROPPED;
  table.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
  table.fill(LOW_SURROGATE, 0xdc00, 0xe000);
  return table;
}

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
    const edit = EDIT[c]!;
    if (edit === ONE_FOR_ONE) {
      offsets[k] = i; units[k++] = TABLE[c]!;
    } else if (edit === CARRIAGE_RETURN) {
      offsets[k] = i; units[k++] = 0x0a;
      if (original.charCodeAt(i + 1) === 0x0a) i++; // \r\n: one newline, at the \r
    } else if (edit === HIGH_SURROGATE) {
      const d = original.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        offsets[k] = i; units[k++] = c;
        offsets[k] = i + 1; units[k++] = d;
        i++;
      } else {
        offsets[k] = i; units[k++] = REPLACEMENT;
      }
    } else if (edit === LOW_SURROGATE) {
      offsets[k] = i; units[k++] = REPLACEMENT;
    } // else DROPPED: no unit, no offset
  }
  offsets[k] = n;
  // Nothing dropped (the usual case): the offsets are already the right length.
  return { original, text: decodeUnits(units.subarray(0, k)), offsets: k === n ? offsets : offsets.slice(0, k + 1) };
}

/**
 * Well-formed UTF-16 code units (lone surrogates were replaced above) to a
 * string. A native decode where the platform is little-endian, as `utf-16le`
 * reads the array's bytes; `ignoreBOM` keeps a leading U+FEFF, were the table
 * ever to produce one. Else in chunks, so a 10 MB text does not overflow the stack.
 */
function decodeUnits(units: Uint16Array): string {
  if (UTF16) return UTF16.decode(units);
  let out = '';
  for (let i = 0; i < units.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = LITTLE_ENDIAN ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;
const CHUNK = 0x2000;
