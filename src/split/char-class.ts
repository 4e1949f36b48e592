import {
  BRACKET_PAIRS, CLAUSE_END, CLOSERS, ELLIPSIS, HEADLINE_END_ONLY, NOT_IN_HEADLINE, SENTENCE_END,
} from './lexicon/punctuation.js';

/** Bit flags of one UTF-16 code unit, so the splitters test a character with one lookup. */
export const SENTENCE_END_FLAG = 1;
export const CLAUSE_END_FLAG = 2;
export const CLOSER_FLAG = 4;
export const ELLIPSIS_FLAG = 8;
export const SPACE_FLAG = 16;
export const BRACKET_FLAG = 32;
export const NOT_IN_HEADLINE_FLAG = 64;
export const HEADLINE_END_ONLY_FLAG = 128;

/** Flags of every code unit, built once from the punctuation lexicon; read only. */
export const CHAR_CLASS: Readonly<Uint8Array> = buildCharClass();

function buildCharClass(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const mark = (chars: string, flag: number) => {
    for (const ch of chars) table[ch.charCodeAt(0)]! |= flag;
  };
  mark(SENTENCE_END, SENTENCE_END_FLAG);
  mark(CLAUSE_END, CLAUSE_END_FLAG);
  mark(CLOSERS, CLOSER_FLAG);
  mark(ELLIPSIS, ELLIPSIS_FLAG);
  mark(' ', SPACE_FLAG);
  mark(BRACKET_PAIRS.join(''), BRACKET_FLAG);
  mark(NOT_IN_HEADLINE, NOT_IN_HEADLINE_FLAG);
  mark(HEADLINE_END_ONLY, HEADLINE_END_ONLY_FLAG);
  return table;
}
