/**
 * The period that governs a figure: the nearest one before it in its clause, else
 * in its sentence (a bare 今年 yields to a more precise one there: 截至10月底，全省今年累计),
 * else the nearest adverbial one earlier in its paragraph (a day opening an earlier sentence dates only its incident
 * when a span opened the paragraph before it), else the one its caller falls back on
 * (its section title's, else the first adverbial one of the article's opening paragraphs, else
 * the dateline's date). Comparison bases
 * (去年同期) never govern.
 */
import { lastStartingBefore, MAX_LOOKBACK, spanAt, type Span } from '../spans.js';
import { itemsWithin } from '../section-title.js';
import { ANNOUNCING_WORDS } from './lexicon.js';
import type { PeriodMention } from './types.js';

const ANNOUNCING = new RegExp(ANNOUNCING_WORDS.join('|'));
/** How far an opening sentence is read for its verb of announcing. */
const ANNOUNCEMENT_WINDOW = 120;

/**
 * A period that opens its clause and is followed by a comma or by the place it covers:
 * `今年以来，` `仅今年上半年，` `上半年全市共接报…` `全年共发生…` — not `今年6月是…`, nor a vague 目前全市… .
 */
export function isAdverbial(m: PeriodMention, text: string, quoteOpens = false): boolean {
  // 今年暑期（7月1日至8月31日），: a period in brackets right after its name stands for it.
  if (inBrackets(m, text) && /^[，,：:；;]/.test(text.slice(m.end + 1, m.end + 2))) return true;
  const after = text.slice(m.end, m.end + 2);
  // … or after 累计 (累計115年1至9月，); after a quotation's opening (“今年以来，我们站…) only for its own paragraph (quoteOpens).
  const lead = text.slice(Math.max(0, m.start - 3), m.start);
  // … a total after it (全年共发生…, 今年上半年署方共巡查…) when it opens its paragraph, its sentence or its clause.
  const opensParagraph = m.start === 0 || PARAGRAPH_START.test(text.slice(Math.max(0, m.start - 4), m.start)) || /[，,。；;！!？?]$/.test(lead);
  return (/^[，,：:；;]/.test(after) || (m.rule !== 'vague' && (SCOPE_AFTER.test(after) || NAMED_SPAN_AFTER.test(text.slice(m.end, m.end + 9))
    || (opensParagraph && TOTAL_AFTER.test(text.slice(m.end, m.end + 10))))))
    && (/(^|[，,。；;：:！？\s）)…”]|仅|在|自|从|累计)$/.test(lead) || (quoteOpens && /[“「]$/.test(lead)));
}

/** A period alone in brackets, the dates of the name before it: 暑期（7月1日至8月31日）, 2025年春运（1月14日至2月22日）. */
const inBrackets = (m: PeriodMention, text: string) => /[（(]$/.test(text.slice(m.start - 1, m.start)) && /^[）)]/.test(text.slice(m.end, m.end + 1));

/** The name of the span a period dates, then 期间/期内 and a comma: 2024年11月1日至2025年4月30日防火期内，…. */
const NAMED_SPAN_AFTER = /^[\u4e00-\u9fa5]{0,5}(?:期间|期内)[，,]/;

/** The place a clause covers, right after its period: 上半年全市…, 今年以来我省…, 去年全澳…. */
const SCOPE_AFTER = /^(?:全[国省市区县州旗港澳]|[我本][省市区县港澳])/;

/** A total after a period that opens its paragraph, its subject between: 全年共发生…, 1至9月累计…, 去年消防处共接获…. */
const TOTAL_AFTER = /^[^，,。；;：:！？\s]{0,10}?(?:共|累计)/;
/** The start of a paragraph, past its indent (　　去年…, normalised to spaces). */
const PARAGRAPH_START = /(?:^|\n)[ \t]*$/;

const usable = (m: PeriodMention) => !m.comparison && m.rule !== 'dateline';

/** Periods that span days and open a paragraph's account (专项行动开展以来, 1至9月, 今年以来): a day after them dates only its own sentence. */
const SPAN_RULES: ReadonlySet<string> = new Set(['since', 'event-since', 'year-to-date', 'day-range', 'month-range', 'month', 'half-quarter', 'year', 'whole-year', 'holiday', 'season', 'event-span', 'campaign-month']);

/**
 * For each mention, the one that stands for it when it governs later figures: itself, except a day that opens a
 * sentence announcing the figures (11月10日，…发布全省1—10月安全生产形势通报; 1月8日，…召开发布会，通报2024年…情况),
 * which yields to the period that sentence names after it (1—10月, 2024年); -1 for an announcing day that names
 * none (it stands only when no other adverbial phrase follows in the opening).
 */
export function standInPeriods(mentions: PeriodMention[], text: string, sentences: readonly Span[]): Int32Array {
  const stand = new Int32Array(mentions.length);
  for (let i = 0; i < mentions.length; i++) {
    stand[i] = i;
    const m = mentions[i]!;
    if (!isAnnouncingDay(m, text, sentences)) continue;
    stand[i] = namedAfter(mentions, i, announcementEnd(m, sentences), text);
  }
  return stand;
}

/** The rest of a mention's sentence, read at most ANNOUNCEMENT_WINDOW characters. */
const announcementEnd = (m: PeriodMention, sentences: readonly Span[]) => Math.min(spanAt(sentences, m.start)?.end ?? m.end, m.end + ANNOUNCEMENT_WINDOW);

/** A day opening a sentence that announces figures (10月11日，…通报全市…工作进展): the day of the report, not of its figures. */
export function isAnnouncingDay(m: PeriodMention, text: string, sentences: readonly Span[]): boolean {
  return m.rule === 'day' && usable(m) && isAdverbial(m, text) && ANNOUNCING.test(text.slice(m.end, announcementEnd(m, sentences)));
}

/**
 * The article's own period: first adverbial phrase of its opening paragraphs (or what stands for it, see
 * standInPeriods), else its dateline date; -1 if none. An announcing day that names no period stands only when
 * no adverbial phrase follows it in the opening.
 */
export function openingPeriodIndex(mentions: PeriodMention[], text: string, opening: Span[], stand: Int32Array): number {
  const inOpening = (m: PeriodMention) => opening.some((o) => m.start >= o.start && m.end <= o.end);
  let announced = -1;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (!usable(m) || !inOpening(m) || !isAdverbial(m, text)) continue;
    if (stand[i] === i) return i;
    if (stand[i]! >= 0) return stand[i]!;
    if (announced < 0) announced = i;
  }
  return announced >= 0 ? announced : mentions.findIndex((m) => m.rule === 'dateline' && inOpening(m));
}

/**
 * The period a sentence names after mention i, up to `end`: its first adverbial one (…获悉，今年以来，), else one in
 * brackets (2025年春运（1月14日至2月22日）40天), else its first dated one (发布全省1—10月…通报); -1 if none.
 */
function namedAfter(mentions: PeriodMention[], i: number, end: number, text: string): number {
  let bracketed = -1;
  let dated = -1;
  for (let k = i + 1; k < mentions.length && mentions[k]!.start < end; k++) {
    const m = mentions[k]!;
    if (!usable(m) || m.rule === 'vague' || m.weak) continue;
    if (isAdverbial(m, text)) return k;
    if (bracketed < 0 && inBrackets(m, text)) bracketed = k;
    if (dated < 0) dated = k;
  }
  return bracketed >= 0 ? bracketed : dated;
}


/**
 * The period of a figure at `target`; `stand` from standInPeriods: an announcing day earlier in the paragraph
 * governs through the period its sentence names.
 */
export function choosePeriodIndex(mentions: PeriodMention[], text: string, target: Span, sentence: Span, paragraph: Span, opening: number, stand: Int32Array): number {
  let weak = -1;
  let day = -1; // a day opening an earlier sentence (1月22日，县公安局…查获…): it yields to a span opening the paragraph
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
    if (!isAdverbial(m, text, true)) continue;
    const own = stand[i]! >= 0 ? stand[i]! : i;
    // 专项行动开展以来，…。1月22日，县公安局…查获…。县市场监管局对13家商户立案查处: the day dates its incident; the
    // paragraph's span goes on dating the totals after it.
    if (mentions[own]!.rule === 'day' && !mentions[own]!.anaphor) { if (day < 0) day = own; continue; }
    return day >= 0 && !SPAN_RULES.has(m.rule) ? day : own;
  }
  return weak >= 0 ? weak : day >= 0 ? day : opening;
}

/**
 * A base of comparison written right before the figure (由去年同期的11人降至4人 → 11人 is last year's; （前年分别为26起、12人）
 * → both are 前年's): its index when it resolved to dates, else -1. Only 的 or 为, and earlier items of a list, may stand between.
 */
const BASE_TO_FIGURE = /^(?:的|分别为|为|分别是|是)?(?:[0-9０-９.,约近余多万亿千百十]+[^\s，,。；;、和（）()0-9]{0,4}[、和])*$/;

export function comparisonBaseIndex(mentions: PeriodMention[], resolved: readonly { start: string | null; end: string | null }[], text: string, target: Span): number {
  const i = lastStartingBefore(mentions, target.start);
  const m = mentions[i];
  if (!m || !m.comparison || m.end > target.start || !BASE_TO_FIGURE.test(text.slice(m.end, target.start))) return -1;
  return resolved[i]?.start || resolved[i]?.end ? i : -1;
}

/** The period a section title names (▶ 上月执法检查, ▶ 6月1日入汛以来), through its stand-in; -1 for none (▶ 比一比). */
export function titlePeriodIndex(mentions: PeriodMention[], title: Span, stand: Int32Array): number {
  const named = itemsWithin(mentions, title).find((i) => usable(mentions[i]!) && !mentions[i]!.weak && mentions[i]!.rule !== 'vague');
  return named === undefined ? -1 : stand[named]! >= 0 ? stand[named]! : named;
}
