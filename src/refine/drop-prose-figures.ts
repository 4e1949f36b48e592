import { MEASURE_UNITS } from '../quantities/lexicon/units.js';
import type { Quantity } from '../quantities/types.js';
import type { Metric } from '../schema/fact.js';
import type { DraftFact } from '../rules/types.js';
import type { OnDrop } from './types.js';
import { DURATION_UNITS, SMALL_CHINESE_NUMERAL_MAX, THRESHOLD_CLASSES } from './lexicon/not-metric-units.js';

const HAS_DIGIT = /[0-9０-９]/;
const MEASURES: ReadonlySet<string> = new Set(MEASURE_UNITS);
/** Bounds a requirement sets (不小于1.5米); 超过/不足 report a measure (超过750平方米). */
const SPECIFICATION_BOUND = /^(?:不小于|不大于|不低于|不高于|不宽于|不窄于|不少于|不超过)/;
/** A measure right before 范围内/以内的/之内 (周边300米范围内的…): the bound of an area. */
const WITHIN_AFTER = /^(?:范围)?[以之]?内/;
/** A rate right before a bare number: the number is its value (每千名工人的工业意外率为12.6). */
const RATE_BEFORE = /率(?:为|是|达|达到|：|:)?$/;
const HAS_MULTIPLIER = /[万萬亿億]/;
const OPENING_QUOTES = '“「『"‘';
const CLOSING_QUOTES = '”」』"’';
/** A bound and 的, then within a dozen characters of one clause the class it grades (死亡5人以上的重大道路交通事故), or the class right after it (一次死亡3人以上事故). */
const THRESHOLD_AFTER = new RegExp(`^(?:及?以[上下])?(?:的[^，,。；;！？\\n]{0,12}?|[^，,。；;！？\\n0-9]{0,4}?)(?:${THRESHOLD_CLASSES.join('|')})`);

/** Filter: drops the facts {@link proseReason} names a reason for. `text` is the text the offsets point into. */
export function dropProseFigures(facts: DraftFact[], text: string, onDrop?: OnDrop): DraftFact[] {
  return facts.filter((f) => {
    const reason = proseReason(f.quantity, f.metric, text);
    if (reason !== null) onDrop?.(f, reason);
    return reason === null;
  });
}

/**
 * Why a figure is prose rather than a metric, or null to keep it:
 * - durations (`24小时待命`, `奋战近50天`);
 * - 一 as an article (`一名干部表示`, `未发生一起事故`, `每一条线路`): a count of one is written 1, unless it closes its
 *   clause after the noun it counts (`发生较大事故一起，`);
 * - the start of a short quoted slogan (`“四个不摘”`, `“千亿斤粮食”工程`, `“三个必须”`);
 * - small Chinese numerals nobody counted (`分成两队`, `三个校区`) unless a rule named their
 *   metric (`派出五个督导组` stays);
 * - bare numbers without unit or multiplier, unless a rule named their metric or a rate names them (`意外率为12.6`);
 * - thresholds that grade a class of events (`未发生死亡5人以上的重大事故`) or a line first crossed (`首度降至2,900人以下`): a bound, not a count.
 */
export function proseReason(q: Quantity, metric: Metric, text: string): string | null {
  if (q.unit && DURATION_UNITS.has(q.unit)) return 'duration';
  const chineseOnly = !HAS_DIGIT.test(q.text);
  // … but 发生较大事故一起， counts: the figure closes its clause after the noun it counts.
  if (chineseOnly && q.value === 1 && !HAS_MULTIPLIER.test(q.text) && q.qualifier === 'exact' && !(metric !== 'other' && closesClause(text, q.end))) return 'one (一) as an article';
  if (isSloganStart(q, text)) return 'inside a quoted slogan';
  if (isThreshold(q, text)) return 'a threshold grading a class of events';
  // 通道宽度均不小于1.5米, 温度不高于28℃: a measure bounded by a requirement is a specification, not a figure reported.
  if (q.unit && MEASURES.has(q.unit) && SPECIFICATION_BOUND.test(q.text)) return 'a specification';
  // 学校周边300米范围内的食品经营户: a distance that bounds an area is a criterion, not a figure reported.
  if (q.unit && MEASURES.has(q.unit) && WITHIN_AFTER.test(text.slice(q.end, q.end + 5))) return 'a specification';
  if (metric !== 'other') return null;
  if (chineseOnly && q.value < SMALL_CHINESE_NUMERAL_MAX && !HAS_MULTIPLIER.test(q.text)) return 'small Chinese numeral in prose';
  if (q.unit === null && q.kind === 'number' && !HAS_MULTIPLIER.test(q.text) && !RATE_BEFORE.test(text.slice(Math.max(0, q.start - 4), q.start))) return 'bare number';
  return null;
}

/** Punctuation or the end of the text right after the figure. */
function closesClause(text: string, end: number): boolean {
  return end >= text.length || /[，,。；;、！？!?\n]/.test(text[end]!);
}

/**
 * 5人以上的重大事故, 3级及以上的地震: a bound (以上/以下, in the figure or right after it) followed by 的 and the class
 * of events it grades. A comparison bound (低于/高于/不低于/不高于) before 的 and a noun or a count is a criterion for
 * any class: 报警处置率低于90%的11家企业, 100米以上的高层建筑 … (the writer's 以上 with 的 and any noun too).
 */
function isThreshold(q: Quantity, text: string): boolean {
  const after = text.slice(q.end, q.end + 20);
  const bound = /以[上下]$/.test(q.text) || /^及?以[上下]/.test(after);
  const compared = COMPARISON_BOUND.test(text.slice(Math.max(0, q.start - 3), q.start)) || COMPARISON_BOUND.test(q.text.slice(0, 3));
  if (bound && THRESHOLD_AFTER.test(after)) return true;
  // 為近10年來首度降至2,900人以下: a milestone crossed, the line the count (2,816人, given before) fell below.
  if (bound && MILESTONE_BEFORE.test(text.slice(Math.max(0, q.start - 6), q.start))) return true;
  // 7座及以下小型客车: 及以上/及以下 right before a noun grades a class of anything.
  if (/^及以[上下][\u4e00-\u9fff]/.test(after) && !/^及以[上下](?:的|，)/.test(after)) return true;
  return (bound || compared) && CRITERION_AFTER.test(after);
}

/** A first crossing of a line: 首度降至, 首次跌破, 首次突破 (the figure after it is the line, with its 以下/以上). */
const MILESTONE_BEFORE = /(?:首次|首度|第一次)(?:降至|降到|跌破|突破|低于|高于|超过|升至)$/;

/** Words that make a figure a bound of comparison: 低于90%, 不低于95%, 超过1.2米 (…的野外水域), 不足30% (…的企业). */
const COMPARISON_BOUND = /(?:低于|高于|超过|不足|大于|小于)/;
/** 的 right after the figure (and its 以上/以下), then a noun, a count or a comma (降低到33℃以下的，…), or 时 (达到40℃以上时): the figure qualifies what follows or states a condition. */
const CRITERION_AFTER = /^(?:及?以[上下])?(?:的(?:[\u4e00-\u9fff]|[0-9]|[，,])|时)/;

/** The figure opens a quotation that closes within six characters (`“四个不摘”`, `“千亿斤粮食”`). */
function isSloganStart(q: Quantity, text: string): boolean {
  if (!OPENING_QUOTES.includes(text[q.start - 1] ?? '')) return false;
  for (let i = q.end; i < Math.min(text.length, q.end + 6); i++) if (CLOSING_QUOTES.includes(text[i]!)) return true;
  return false;
}
