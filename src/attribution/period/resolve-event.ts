/**
 * Dates a period named by an event (行动期间, 此次宣传周活动, 自百日攻坚行动开展以来,
 * 平台运行以来, 宣传周首日): the first sentence of the article, up to the phrase, that
 * names the event with a date (5月17日，长春启动安全生产百日攻坚行动), by the last date
 * before the event's name there (else its first date); else the first such
 * sentence of the page (a jump-continued article) within PAGE_WINDOW characters of the
 * article, so that a huge input of many articles stays linear. Results are memoised per
 * event name.
 */
import { lastStartingBefore, spanAt } from '../spans.js';
import { findPeriods } from './find-periods.js';
import { isAnnouncingDay } from './choose-period.js';
import { toIso } from './iso.js';
import { CAMPAIGN_MONTHS, GENERIC_EVENT_KEYS } from './lexicon.js';
import { lastDayOfMonth } from './numbers.js';
import type { PeriodMention, ResolvedPeriod } from './types.js';

export interface EventContext {
  /** The page text; every offset is into it. */
  text: string;
  /** The article's sentences, and the page's. */
  sentences: { start: number; end: number }[];
  pageSentences: { start: number; end: number }[];
  referenceYear: number | null;
}

const QUOTES = /[“”"「」]/g;
const DATED_RULES = new Set(['day', 'day-range', 'month', 'month-range', 'since']);
const OWN_SENTENCE_LOOKBACK = 300;
/** How far from its article a jump-continued part is looked for: a newspaper page is under 10 000 characters. */
export const PAGE_WINDOW = 20_000;

interface Memo {
  dated: PeriodMention[]; inArticle: Map<string, PeriodMention | null>; onPage: Map<string, PeriodMention | null>;
  /** The article's first campaign month, once looked for. */
  campaign?: PeriodMention | null;
}
const memos = new WeakMap<EventContext, Memo>();

export function findEventDate(m: PeriodMention, mentions: PeriodMention[], ctx: EventContext): PeriodMention | null {
  const key = m.key;
  if (!key) return null;
  let memo = memos.get(ctx);
  if (!memo) { memo = { dated: mentions.filter((d) => DATED_RULES.has(d.rule) && !d.comparison), inArticle: new Map(), onPage: new Map() }; memos.set(ctx, memo); }
  const { dated } = memo;
  const firstDatedIn = (from: number, to: number) => {
    const d = dated[lastStartingBefore(dated, from) + 1];
    return d && d.end <= to ? d : null;
  };
  // The date that heads the event in its sentence: the last one before its name (记者9月10日从…获悉，自6月1日…开展“百日行动”以来 → 自6月1日…).
  const datedBefore = (at: number, from: number) => {
    const d = dated[lastStartingBefore(dated, at)];
    return d && d.start >= from ? d : null;
  };
  // … unless the event's own dates follow its name, in brackets: 2025年春运（1月14日至2月22日）.
  const datedAfter = (keyEnd: number) => {
    const d = dated[lastStartingBefore(dated, keyEnd + 2)];
    return d && d.start === keyEnd + 1 && /[（(]/.test(ctx.text.charAt(keyEnd)) ? d : null;
  };
  // The first earlier sentence of the article naming the event with a date …
  if (!memo.inArticle.has(key)) {
    let hit: PeriodMention | null = null;
    for (const sentence of ctx.sentences) {
      let d = firstDatedIn(sentence.start, sentence.end);
      // 10月11日，…通报全市燃气管道更新改造工作进展: the day of the report does not date the 改造; a date after it may.
      let from = sentence.start;
      if (d && isAnnouncingDay(d, ctx.text, ctx.sentences)) { from = d.end; d = firstDatedIn(d.end, sentence.end); }
      // The name as its key is, without quotes (开展“百日攻坚”行动 names 攻坚行动): an offset a quote or two early at most.
      const at = d ? ctx.text.slice(sentence.start, sentence.end).replace(QUOTES, '').indexOf(key) : -1;
      if (d && at >= 0) { hit = datedAfter(sentence.start + at + key.length) ?? datedBefore(sentence.start + at, from) ?? d; break; }
    }
    memo.inArticle.set(key, hit);
  }
  const own = spanAt(ctx.sentences, m.start);
  const hit = memo.inArticle.get(key)!;
  if (hit && (!own || hit.end <= own.start)) return hit;
  // … or the phrase's own sentence, before it (6月16日，长春开通了…平台，…平台运行以来).
  if (own) {
    const from = Math.max(own.start, m.start - OWN_SENTENCE_LOOKBACK);
    const d = firstDatedIn(from, m.start);
    if (d && ctx.text.slice(from, m.start).includes(key)) return d;
  }
  if (!memo.onPage.has(key)) memo.onPage.set(key, findOnPage(key, ctx));
  if (memo.onPage.get(key) || !GENERIC_EVENT_KEYS.has(key)) return memo.onPage.get(key)!;
  if (memo.campaign === undefined) memo.campaign = firstCampaignMonth(ctx);
  return memo.campaign && memo.campaign.start < m.start ? memo.campaign : null;
}

/** The first campaign month the article names (霍山县“安全生产月”活动综述 … 活动期间 → June), as a dated mention. */
function firstCampaignMonth(ctx: EventContext): PeriodMention | null {
  const from = ctx.sentences[0]?.start ?? 0;
  const to = ctx.sentences[ctx.sentences.length - 1]?.end ?? from;
  let first: PeriodMention | null = null;
  for (const [name, month] of Object.entries(CAMPAIGN_MONTHS)) {
    const found = ctx.text.indexOf(name, from);
    if (found < 0 || found >= to || (first && found >= first.start)) continue;
    first = { start: found, end: found + name.length, text: name, rule: 'month', relativeYear: true, anaphor: null, key: null, comparison: false, weak: false,
      from: { year: null, month, day: 1 }, to: { year: null, month, day: lastDayOfMonth(month, null) } };
  }
  return first;
}

function findOnPage(key: string, ctx: EventContext): PeriodMention | null {
  const own = ctx.sentences[0] ? { start: ctx.sentences[0].start, end: ctx.sentences[ctx.sentences.length - 1]!.end } : null;
  const page = ctx.pageSentences;
  const from = own ? lastStartingBefore(page, own.start - PAGE_WINDOW) + 1 : 0;
  const to = own ? own.end + PAGE_WINDOW : Infinity;
  for (let i = from; i < page.length && page[i]!.start < to; i++) {
    const sentence = page[i]!;
    if (own && sentence.start >= own.start && sentence.end <= own.end) continue;
    const body = ctx.text.slice(sentence.start, sentence.end);
    if (!body.includes(key)) continue;
    const dated = findPeriods(body, sentence.start).find((d) => DATED_RULES.has(d.rule) && !d.comparison);
    if (dated) return dated;
  }
  return null;
}

export function dateEvent(m: PeriodMention, dated: PeriodMention, referenceYear: number | null): ResolvedPeriod {
  // 去年11月以来，…开展专项整治 → 专项整治开展以来 starts last November.
  const year = dated.from?.year ?? (referenceYear === null ? null : referenceYear + (dated.yearOffset ?? 0));
  const start = toIso(dated.from, year);
  if (m.anaphor === 'event-first-day') return { text: m.text, start, end: start, isExplicitSince: false };
  return { text: m.text, start, end: m.rule === 'event-span' ? toIso(dated.to, year) : null, isExplicitSince: false };
}
