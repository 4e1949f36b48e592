/**
 * The period that governs a figure: the nearest one before it in its clause, else
 * in its sentence (a bare 今年 yields to a more precise one there: 截至10月底，全省今年累计),
 * else the nearest adverbial one earlier in its paragraph, else the first adverbial one
 * of the article's opening paragraphs, else the dateline's date. Comparison bases
 * (去年同期) never govern.
 */
import { lastStartingBefore, MAX_LOOKBACK, type Span } from '../spans.js';
import type { PeriodMention } from './types.js';

/**
 * A period that opens its clause and is followed by a comma or by the place it covers:
 * `今年以来，` `仅今年上半年，` `上半年全市共接报…` — not `今年6月是…`, nor a vague 目前全市… .
 */
export function isAdverbial(m: PeriodMention, text: string): boolean {
  // 今年暑期（7月1日至8月31日），: a period in brackets right after its name stands for it.
  const bracketed = /[（(]$/.test(text.slice(m.start - 1, m.start)) && /^[）)][，,：:；;]/.test(text.slice(m.end, m.end + 2));
  if (bracketed) return true;
  const after = text.slice(m.end, m.end + 2);
  const lead = text.slice(Math.max(0, m.start - 3), m.start);
  return (/^[，,：:；;]/.test(after) || (m.rule !== 'vague' && SCOPE_AFTER.test(after))) && /(^|[，,。；;：:！？\s）)…”]|仅|在|自|从)$/.test(lead);
}

/** The place a clause covers, right after its period: 上半年全市…, 今年以来我省…. */
const SCOPE_AFTER = /^(?:全[国省市区县州旗]|[我本][省市区县])/;

const usable = (m: PeriodMention) => !m.comparison && m.rule !== 'dateline';

/** The article's own period: first adverbial phrase of its opening paragraphs, else its dateline date; -1 if none. */
export function openingPeriodIndex(mentions: PeriodMention[], text: string, opening: Span[]): number {
  const inOpening = (m: PeriodMention) => opening.some((o) => m.start >= o.start && m.end <= o.end);
  const first = mentions.findIndex((m) => usable(m) && inOpening(m) && isAdverbial(m, text));
  return first >= 0 ? first : mentions.findIndex((m) => m.rule === 'dateline' && inOpening(m));
}

export function choosePeriodIndex(mentions: PeriodMention[], text: string, target: Span, sentence: Span, paragraph: Span, opening: number): number {
  let weak = -1;
  const stop = Math.max(0, lastStartingBefore(mentions, target.start) - MAX_LOOKBACK);
  for (let i = lastStartingBefore(mentions, target.start); i >= stop; i--) {
    const m = mentions[i]!;
    if (m.start < paragraph.start) break;
    if (m.end > target.start || !usable(m)) continue;
    if (m.start >= sentence.start) {
      if (!m.weak) return i; // the nearest in the clause, else in the sentence
      if (weak < 0) weak = i;
      continue;
    }
    if (weak >= 0) return weak;
    if (isAdverbial(m, text)) return i;
  }
  return weak >= 0 ? weak : opening;
}
