/**
 * Section titles: a short line with no clause punctuation above a list or paragraphs
 * (`▶ 6月1日入汛以来`, `二、上月执法检查`, `（一）宿城区`). The period or the place a
 * title names governs every figure of its section that names none of its own; it
 * stands between a paragraph's own mentions and the article's opening ones.
 *
 * @example
 * // 今年以来，全市…。\n二、上月执法检查\n• 检查企业 318 家 → 318 家 is 上月's
 */
import { lastStartingBefore, type Span } from './spans.js';

/** How many lines above a figure its section title may stand. */
const MAX_SECTION_LINES = 40;
/** The longest line read as a section title. */
const MAX_TITLE_LENGTH = 30;
/** Clause punctuation: a line holding any (but a closing 。 or ：) is body text, not a title. */
const CLAUSE_PUNCTUATION = /[，,。；;！!？?]/;
/** A figure left in a line once its period phrases are taken out (• 检查企业 318 家): a list item, not a title. */
const DIGIT = /[0-9０-９]/;

/** Cells apart: a tab, an ideographic space or two spaces inside a line (市州　检查企业（家）　发现隐患（项）, a table's header). */
const CELL_GAP = /[\t\u3000]| {2}/;

/** The addressees of a notice (各市、州、直管市、神农架林区应急管理局：): whom it is sent to, not a section. */
const SALUTATION = /^(?:各|致|尊敬的)[^：:]*[：:]$/;

/** A line short enough and free of clause punctuation to title a section (figures not yet considered); not a table's row. */
export function isTitleLike(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= MAX_TITLE_LENGTH && !CLAUSE_PUNCTUATION.test(t.replace(/[。：:]$/, '')) && !CELL_GAP.test(t) && !SALUTATION.test(t);
}

/**
 * Position in `paragraphs` of the title of the section holding paragraph `at`: the first title-like line above it
 * that holds no figure but in its period phrases (`periods`, sorted); -1 when the walk reaches the lead (`leadEnd`).
 */
export function sectionTitleAbove(text: string, paragraphs: readonly Span[], at: number, leadEnd: number, periods: readonly (Span & { text: string })[]): number {
  for (let k = at - 1; k >= 0 && k >= at - MAX_SECTION_LINES; k--) {
    const p = paragraphs[k]!;
    if (p.end <= leadEnd) return -1;
    if (!isTitleLike(text.slice(p.start, p.end))) continue;
    let rest = text.slice(p.start, p.end);
    for (let i = lastStartingBefore(periods, p.end); i >= 0 && periods[i]!.start >= p.start; i--) rest = rest.replace(periods[i]!.text, '');
    if (DIGIT.test(rest)) continue;
    return k;
  }
  return -1;
}

/** Indexes of the items of `list` (sorted by start) within `span`, in text order. */
export function itemsWithin(list: readonly Span[], span: Span): number[] {
  const out: number[] = [];
  for (let i = lastStartingBefore(list, span.end); i >= 0 && list[i]!.start >= span.start; i--) out.unshift(i);
  return out;
}
