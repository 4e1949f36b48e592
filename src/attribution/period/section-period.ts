/**
 * The period a section title names for the lines under it: a short line with no clause
 * punctuation above a list or paragraphs (`▶ 6月1日入汛以来`, `二、上月执法检查`,
 * `（一）1至9月事故情况`) dates every figure of its section that names no period of its own.
 * It stands between a paragraph's own period and the article's opening one.
 *
 * @example
 * // 今年以来，全市…。\n二、上月执法检查\n• 检查企业 318 家 → 318 家 is 上月's
 */
import { lastStartingBefore, type Span } from '../spans.js';
import type { PeriodMention } from './types.js';

/** How many lines above a figure its section title may stand. */
const MAX_SECTION_LINES = 40;
/** The longest line read as a section title. */
const MAX_TITLE_LENGTH = 30;
/** Clause punctuation: a line holding any is body text, not a title. */
const CLAUSE_PUNCTUATION = /[，,。；;！!？?]/;
/** A figure left in a line once its period phrases are taken out (• 检查企业 318 家): a list item, not a title. */
const DIGIT = /[0-9０-９]/;

/**
 * Index in `mentions` of the period the section title above paragraph `at` of `paragraphs` names, through `stand`
 * (see standInPeriods); -1 when the first title above names none, or when the walk reaches the lead (`leadEnd`).
 */
export function sectionPeriodIndex(mentions: readonly PeriodMention[], text: string, paragraphs: readonly Span[], at: number, leadEnd: number, stand: Int32Array): number {
  for (let k = at - 1; k >= 0 && k >= at - MAX_SECTION_LINES; k--) {
    const p = paragraphs[k]!;
    if (p.end <= leadEnd) return -1;
    const line = text.slice(p.start, p.end).trim();
    if (line.length > MAX_TITLE_LENGTH || CLAUSE_PUNCTUATION.test(line.replace(/[。：:]$/, ''))) continue;
    const inLine: number[] = [];
    for (let i = lastStartingBefore(mentions, p.end); i >= 0 && mentions[i]!.start >= p.start; i--) inLine.unshift(i);
    let rest = text.slice(p.start, p.end);
    for (const i of inLine) rest = rest.replace(mentions[i]!.text, '');
    if (DIGIT.test(rest)) continue;
    const named = inLine.find((i) => !mentions[i]!.comparison && !mentions[i]!.weak && mentions[i]!.rule !== 'dateline' && mentions[i]!.rule !== 'vague');
    return named === undefined ? -1 : stand[named]! >= 0 ? stand[named]! : named;
  }
  return -1;
}
