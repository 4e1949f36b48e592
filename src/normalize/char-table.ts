import { FULLWIDTH_PUNCTUATION, FULLWIDTH_RANGES, NEWLINE_LIKE, SPACE_LIKE } from './lexicon/fullwidth.js';
import { TRADITIONAL_PAIRS } from './lexicon/traditional.js';
import { DERIVED_TRADITIONAL_PAIRS } from './lexicon/traditional-derived.js';

/**
 * One UTF-16 code unit in, one out: the table behind every one-for-one edit
 * (full-width → ASCII, 萬 → 万, 應急管理廳 → 应急管理厅, U+3000 → space,
 * control characters and NUL → space). Built once from the lexicons; read only.
 */
export const CHAR_TABLE: Readonly<Uint16Array> = buildCharTable();

function buildCharTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < table.length; c++) table[c] = c;
  // C0 controls other than \n and \r (NUL included) and DEL read as a space.
  for (let c = 0; c < 0x20; c++) if (c !== 0x0a && c !== 0x0d) table[c] = 0x20;
  table[0x7f] = 0x20;
  for (const [from, to] of FULLWIDTH_RANGES) {
    for (let c = from; c <= to; c++) table[c] = c - 0xfee0;
  }
  for (const ch of FULLWIDTH_PUNCTUATION) table[ch.charCodeAt(0)] = ch.charCodeAt(0) - 0xfee0;
  for (const ch of SPACE_LIKE) table[ch.charCodeAt(0)] = 0x20;
  for (const ch of NEWLINE_LIKE) table[ch.charCodeAt(0)] = 0x0a;
  // OpenCC's pairs (scripts/build-traditional.ts), then the hand-checked ones over them.
  for (const pair of (DERIVED_TRADITIONAL_PAIRS + ' ' + TRADITIONAL_PAIRS).split(/\s+/)) {
    if (pair.length !== 2) continue;
    table[pair.charCodeAt(0)] = pair.charCodeAt(1);
  }
  return table;
}
