import { INNER_QUALIFIERS, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS, TIME_ONLY_SUFFIXES } from './lexicon/qualifiers.js';
import { buildMatcher } from './match-words.js';
import { valuesByCode } from './char-codes.js';
import type { Qualifier } from './types.js';

export interface QualifierWord { word: string; qualifier: Qualifier; start: number; end: number }

const PREFIX = buildMatcher(Object.keys(PREFIX_QUALIFIERS));
const SUFFIX = buildMatcher(Object.keys(SUFFIX_QUALIFIERS));
const PREFIX_OF: Readonly<Record<string, Qualifier>> = PREFIX_QUALIFIERS;
const SUFFIX_OF: Readonly<Record<string, Qualifier>> = SUFFIX_QUALIFIERS;
const INNER_OF = valuesByCode<Qualifier>(INNER_QUALIFIERS);
const LAI = '来'.charCodeAt(0);
const TIME_ONLY = new Set<string>(TIME_ONLY_SUFFIXES);

/** Characters before `近` or `约` that make a word, not a qualifier: `最近3天`, `附近`, `签约3个项目`, `节约`. */
const NOT_BEFORE_NEAR = '最附就临亲靠邻贴';
const NOT_BEFORE_ABOUT = '签节合预制公条契违履邀相隐';

/**
 * The qualifier word ending where the number starts: `约516万元` `近百场`
 * `超1000万人次` `超过750平方米` `不少于60%` `不足400起`. Refuses the tail of a
 * word: `最近3天` `附近`, `签约3个项目`. Never reaches before `floor` (the end
 * of the previous quantity).
 */
export function readPrefixQualifier(s: string, start: number, floor: number): QualifierWord | null {
  // Web text spaces its figures (`超 3.6 万人次`, `约 4700 人次`): up to MAX_SPACES spaces may stand between.
  const at = skipSpacesBack(s, start, floor);
  const word = PREFIX.before(s, at, floor);
  if (!word) return null;
  const from = at - word.length;
  const prev = s[from - 1] ?? '\n';
  if (word === '近' && NOT_BEFORE_NEAR.includes(prev)) return null;
  if (word === '约' && NOT_BEFORE_ABOUT.includes(prev)) return null;
  return { word, qualifier: PREFIX_OF[word]!, start: from, end: start };
}

/** `余` `多` `几` `来` right after the number: `20余家` `1600多位` `十几个`; `来` only before a unit (`二十来人`). */
export function readInnerQualifier(s: string, end: number, unitFollows: (s: string, at: number) => boolean): QualifierWord | null {
  const at = skipSpaces(s, end);
  const c = s.charCodeAt(at);
  const qualifier = INNER_OF.get(c);
  if (qualifier === undefined) return null;
  // After spaces (`2000 余人`) and for 来 (`二十来人`) only before a unit.
  if ((c === LAI || at > end) && !unitFollows(s, at + 1)) return null;
  return { word: s[at]!, qualifier, start: at, end: at + 1 };
}

/** Most ASCII spaces read between a figure and its qualifier. */
const MAX_SPACES = 2;

/** The position after up to MAX_SPACES spaces from `i`; `i` itself when there are more. */
function skipSpaces(s: string, i: number): number {
  let k = i;
  while (s[k] === ' ' && k - i < MAX_SPACES) k++;
  return s[k] === ' ' ? i : k;
}

/** The position before up to MAX_SPACES spaces ending at `i`, not below `floor`; `i` itself when there are more. */
function skipSpacesBack(s: string, i: number, floor: number): number {
  let k = i;
  while (k > floor && s[k - 1] === ' ' && i - k < MAX_SPACES) k--;
  return k > floor && s[k - 1] === ' ' ? i : k;
}

/**
 * After the unit: `1500人以上` `15次以上` `96%左右` `2个百分点左右` `50人上下`;
 * `多`/`余` only after a duration (`1年多`, `3个月余`), since `3家多部门` goes on.
 */
export function readSuffixQualifier(s: string, end: number, timeUnit: boolean): QualifierWord | null {
  const word = SUFFIX.at(s, end);
  if (!word) return null;
  if (TIME_ONLY.has(word) && !timeUnit) return null;
  return { word, qualifier: SUFFIX_OF[word]!, start: end, end: end + word.length };
}
