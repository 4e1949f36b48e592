/**
 * The period that governs a figure: the nearest one before it in its clause, else
 * in its sentence (a bare 今年 yields to a more precise one there: 截至10月底，全省今年累计),
 * else the nearest adverbial one earlier in its paragraph, else the first adverbial one
 * of the article's opening paragraphs, else the dateline's date. Comparison bases (去年同期) never govern.
 */
import type { PeriodMention } from './types.js';

export interface Span { start: number; end: number }

/** A period that opens its clause and is followed by a comma: `今年以来，` `仅今年上半年，` — not `今年6月是…`. */
export function isAdverbial(m: PeriodMention, text: string): boolean {
  const after = text.slice(m.end, m.end + 1);
  const lead = text.slice(Math.max(0, m.start - 3), m.start);
  return /^[，,：:；;]/.test(after) && /(^|[，,。；;：:！？\s）)…”]|仅|在|自|从)$/.test(lead);
}

export function choosePeriodIndex(mentions: PeriodMention[], text: string, target: Span, clause: Span, sentence: Span, paragraph: Span, opening: Span[]): number {
  const usable = mentions.map((m, i) => ({ m, i })).filter(({ m }) => !m.comparison && m.rule !== 'dateline');
  const before = usable.filter(({ m }) => m.end <= target.start);
  const inSentence = before.filter(({ m }) => m.start >= sentence.start);
  const lastClause = before.filter(({ m }) => m.start >= clause.start).pop();
  const precise = inSentence.filter(({ m }) => !m.weak).pop();
  if (lastClause) return lastClause.m.weak && precise ? precise.i : lastClause.i;
  const lastSentence = inSentence.pop();
  if (lastSentence) return lastSentence.m.weak && precise ? precise.i : lastSentence.i;
  const inParagraph = before.filter(({ m }) => m.start >= paragraph.start && isAdverbial(m, text)).pop();
  if (inParagraph) return inParagraph.i;
  const first = usable.find(({ m }) => opening.some((o) => m.start >= o.start && m.end <= o.end) && isAdverbial(m, text));
  if (first) return first.i;
  // Last resort: the dateline's date (本报9月12日讯).
  return mentions.findIndex((m) => m.rule === 'dateline' && opening.some((o) => m.start >= o.start && m.end <= o.end));
}
