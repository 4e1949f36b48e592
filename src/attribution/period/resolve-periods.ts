/**
 * Turns the period phrases of one article into ISO ranges, in text order so an
 * anaphor can lean on what came before:
 * - the year is the phrase's own (2024年一季度), else the reference year, else none (--MM-DD);
 * - 截至5月30日 / 截至9月底 start at the year's first day when 今年(以来) precedes it in
 *   the paragraph, else at an earlier 自6月1日…以来 or 11月以来 of the paragraph, else null; 截至目前 starts at an earlier 自6月14日以来, else null;
 * - 全年: the whole year named last before it (去年全年…。全年，…), else the one the article's lead names, else the reference year (the year before in a January or
 *   February report: a year review);
 * - 同期 copies the previous period (去年同期, a base of comparison, a year earlier); 当天 the previous single day (null after 近日);
 * - 行动期间 / 自百日攻坚行动开展以来 / 宣传周首日: see resolve-event.ts; an event since-period no date names
 *   (灾情发生以来) runs from an explicit since-period in the article's first two paragraphs, if any;
 * - 节日期间 / 国庆假期 take the dates in brackets after the holiday's name (春節假期（2月16日至22日）), else the holiday
 *   table's dates for the year (none without a year); 节前 ends the day before the holiday begins; a season (今年汛期（5月1日至9月30日）)
 *   takes the dates in brackets after one of its mentions, for all of them;
 * - 上周 / 本周 / 上月: the dates in brackets after its first mention (本周（11月16日至22日）), else (本周) a week the lead
 *   dates, else the week (Monday to Sunday) or month before or of the publication day (publication-relative.ts);
 * - 截至… also starts at a campaign's dated span earlier in its paragraph (行动期间…。截至11月8日), and at the start of the
 *   weather event the lead dates when it is named again right after (截至6月19日17时，此轮强降雨共造成…).
 */
import { spanAt } from '../spans.js';
import { holidayRange, type HolidayName } from './holidays.js';
import { dateEvent, findEventDate, type EventContext } from './resolve-event.js';
import { toIso } from './iso.js';
import { publicationRelative } from './publication-relative.js';
import { lastDayOfMonth } from './numbers.js';
import type { PeriodMention, ResolvedPeriod } from './types.js';
export { toIso } from './iso.js';

export interface PeriodContext extends EventContext {
  paragraphs: { start: number; end: number; isHeading?: boolean }[];
  /** ISO publication date: a holiday not yet begun by then is last year's (国庆 in a January report). */
  publishedAt?: string | null;
  /** A whole year the article's lead names (2024年工作综述, 通报2024年…情况): what 全年 means. */
  statedYear?: number | null;
  /** A month the article's lead names (关于10月份…情况的通报): what 本月 means. */
  statedMonth?: { year: number | null; month: number } | null;
}

/** How many period mentions back a 当天 may reach for its day. */
const SAME_DAY_REACH = 3;

/** Reports published in these months that speak of 全年 with no year stated review the year before. */
const YEAR_REVIEW_MONTHS = 2;

/** A weather event or its damage, dated by the lead's span when no date names it (强降雨发生以来, 灾情发生以来; not 入汛以来). */
const WEATHER_EVENT = /降雨|暴雨|降水|台风|洪水|洪涝|灾情|地震|险情|雪灾|冰冻|寒潮|大风/;

/**
 * The span of the work just counted (巡查期间, as normalised from 巡查期間): the period it was counted in. A campaign's or a typhoon's
 * span with no dates (專項整治期間) stays undated, as the synthetic gold has it.
 */
const WORK_SPAN = /^(?:此次|本次|在)?(?:巡查|检查|督查|排查|抽查|核查|暗访|走访|督导|执法)期间$/;

const LAST_YEAR_BEFORE = /(?:去年|上年)$/;

/** 截至…，此轮强降雨 / 本次台风…: the weather event the article opened with, named again right after the until. */
const THIS_EVENT_AFTER = new RegExp(`^(?:\\d{0,2}[时点](?:\\d{1,2}分)?许?)?[，,]?(?:此轮|本轮|这轮|此次|本次|这次|该轮)[^，,。；;]{0,6}?(?:${WEATHER_EVENT.source})`);
/** How far after the until THIS_EVENT_AFTER looks. */
const EVENT_REACH = 16;

/** The ISO date a year earlier (2025-02-28 → 2024-02-28; 2024-02-29 → 2023-02-28); --MM-DD and null unchanged. */
function yearEarlier(iso: string | null): string | null {
  if (!iso || !/^\d{4}-/.test(iso)) return iso;
  const y = Number(iso.slice(0, 4)) - 1;
  const md = iso.slice(4) === '-02-29' ? '-02-28' : iso.slice(4);
  return `${y}${md}`;
}

/** A dated span of seven days (9月7日至13日). */
function isWeek(r: ResolvedPeriod): boolean {
  if (!r.start || !r.end || !/^\d{4}-/.test(r.start) || !/^\d{4}-/.test(r.end)) return false;
  return Date.parse(`${r.end}T00:00:00Z`) - Date.parse(`${r.start}T00:00:00Z`) === 6 * 86_400_000;
}

/** The ISO day before an ISO day (2026-04-04 → 2026-04-03). */
function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** 截至20日: that day of the month the last resolved period names (2025-06-19 → 2025-06-20), else null. */
function dayInLastMonth(out: readonly ResolvedPeriod[], day: number): string | null {
  for (let i = out.length - 1; i >= 0; i--) {
    const iso = out[i]!.end ?? out[i]!.start;
    const ym = iso ? /^(\d{4}-|--)(\d{2})/.exec(iso) : null;
    if (ym) return `${ym[1]}${ym[2]}-${String(day).padStart(2, '0')}`;
  }
  return null;
}

const THIS_YEAR = /今年(?!\d|第|[一二三四五六七八九十]+月)/g;

/**
 * Days named without their month (15日至16日) take the month last named before them, else the publication's
 * (the month before when the first day is after the publication's day).
 */
function withDayMonths(mentions: PeriodMention[], publishedAt: string | null | undefined): PeriodMention[] {
  if (!mentions.some((m) => m.dayOnly && m.rule === 'day-range')) return mentions;
  const publication = publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt)
    ? { year: Number(publishedAt.slice(0, 4)), month: Number(publishedAt.slice(5, 7)), day: Number(publishedAt.slice(8, 10)) } : null;
  let last: { year: number | null; month: number } | null = null;
  return mentions.map((m) => {
    if (m.dayOnly && m.rule === 'day-range') {
      let named = last;
      if (!named && publication) {
        const before = m.from!.day! > publication.day;
        named = !before ? { year: null, month: publication.month }
          : publication.month === 1 ? { year: publication.year - 1, month: 12 } : { year: null, month: publication.month - 1 };
      }
      return named ? { ...m, dayOnly: false, from: { ...m.from!, ...named }, to: { ...m.to!, ...named } } : m;
    }
    const dated = m.to?.month !== undefined && !m.dayOnly && !m.comparison ? m.to : m.from && !m.dayOnly && !m.comparison ? m.from : null;
    if (dated && m.rule !== 'until-day') last = { year: dated.year, month: dated.month };
    return m;
  });
}

export function resolvePeriods(found: PeriodMention[], ctx: PeriodContext): ResolvedPeriod[] {
  const mentions = withDayMonths(found, ctx.publishedAt);
  const out: ResolvedPeriod[] = [];
  const none = (m: PeriodMention): ResolvedPeriod => ({ text: m.text, start: null, end: null, isExplicitSince: false });
  const firstThisYear = new Map<number, number>(); // paragraph start → offset of its first 今年
  let previous = -1; // last mention that is neither a comparison nor a bare 今年
  let lastDay = -1; // last single day named (11月1日), for 当天
  let leadRange = -1; // the first dated range of the first two paragraphs (3月1日至5月31日), for an undated 行动期间
  let since: ResolvedPeriod | null = null; // last 自6月14日以来
  let sinceAt = -1; // … and its offset
  let dateline = -1;
  let holiday: string | null = null; // last holiday named
  const weekDays = new Map<string, { start: string; end: string }>(); // 本周 → the dates its brackets give
  const holidayDays = new Map<string, { start: string; end: string }>(); // 春节 → the dates its brackets give
  const seasonDays = new Map<string, { start: string; end: string }>(); // 汛期 → the dates its brackets give
  /** A mention's year: its own, else the reference year (a year earlier for 去年…). */
  const yearOf = (m: PeriodMention): number | null => m.from?.year ?? m.to?.year ?? (ctx.referenceYear === null ? null : ctx.referenceYear + (m.yearOffset ?? 0));
  /** The dates in brackets right after mention i (本周（11月16日至22日）, 春節假期（2月16日至22日）), or null. */
  const glossAfter = (i: number): { start: string; end: string } | null => {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    if (!next || next.start !== m.end + 1 || !'（('.includes(ctx.text[m.end]!) || !next.from || !next.to || next.dayOnly) return null;
    const y = yearOf(next);
    const start = toIso(next.from, y);
    const end = toIso(next.to, y);
    return start && end ? { start, end } : null;
  };
  // The seasons' dates, from the first brackets after one (a headline's 春运 takes the body's 2025年春运（1月14日至2月22日）).
  mentions.forEach((m, i) => {
    const glossed = m.rule === 'season' && !seasonDays.has(m.key!) ? glossAfter(i) : null;
    if (glossed) seasonDays.set(m.key!, glossed);
  });
  let lastYear = -1; // last whole year named (2025年, 去年全年), for 全年
  let campaign: string | null = null; // the start of the last dated event span (行动期间), for a 截至 after it in its paragraph
  let campaignAt = -1; // … and its offset
  // The lead: the first two paragraphs of body text (past a bulletin's header lines).
  const leadEnd = ctx.paragraphs.filter((p) => !p.isHeading)[1]?.end ?? ctx.paragraphs[1]?.end ?? Infinity;
  const publication = ctx.publishedAt && /^\d{4}-\d{2}/.test(ctx.publishedAt) ? { year: Number(ctx.publishedAt.slice(0, 4)), month: Number(ctx.publishedAt.slice(5, 7)) } : null;

  mentions.forEach((m, i) => {
    const year = yearOf(m);
    let r: ResolvedPeriod;
    switch (m.anaphor) {
      case 'year-to-date': {
        const para = spanAt(ctx.paragraphs, m.start);
        const upTo = spanAt(ctx.sentences, m.start)?.end ?? m.end;
        let first = para ? firstThisYear.get(para.start) : undefined;
        if (para && first === undefined) {
          THIS_YEAR.lastIndex = para.start;
          const hit = THIS_YEAR.exec(ctx.text);
          first = hit && hit.index < para.end ? hit.index : Infinity;
          firstThisYear.set(para.start, first);
        }
        // 自6月1日…以来，截至9月8日: the until ends a since-period opened earlier in its paragraph. In a later
        // paragraph it stands alone, as the gold's 截至5月30日 (null start): composed reports disagree on this.
        // … and so does a campaign's span named earlier in its paragraph (行动期间，…。截至11月8日，已整改…).
        const sinceHere = since && para && sinceAt >= para.start ? since.start : campaign && para && campaignAt >= para.start ? campaign : null;
        const end = m.dayOnly ? dayInLastMonth(out, m.to!.day!) : toIso(m.to, year);
        // 6月16日以来…普降暴雨。…截至6月19日17时，此轮强降雨共造成…: the damage of the event the lead dates, from its start.
        const eventStart = THIS_EVENT_AFTER.test(ctx.text.slice(m.end, m.end + EVENT_REACH)) ? (since && sinceAt < leadEnd ? since.start : null) ?? (leadRange >= 0 ? out[leadRange]!.start : null) : null;
        r = { ...none(m), start: first !== undefined && first < upTo ? toIso({ year: null, month: 1, day: 1 }, year) : sinceHere ?? eventStart, end };
        break;
      }
      case 'to-now': {
        // 截至今天20时 in a 本报9月12日讯 article ends on the dateline's day. It starts at a since of its paragraph or of the
        // lead, not at one heading another section (▶ 6月1日入汛以来 … ▶ 物资储备（截至目前）).
        const para = spanAt(ctx.paragraphs, m.start);
        const sinceOwn = since && (sinceAt < leadEnd || (para !== null && sinceAt >= para.start)) ? since.start : null;
        r = { ...none(m), start: sinceOwn, end: /今天|今日/.test(m.text) && dateline >= 0 ? out[dateline]!.start : null };
        break;
      }
      case 'article-year': {
        const month = publication?.month ?? 0;
        // 去年全年，全县共发生… 全年，全县共检查…: the whole year named last, else the lead's, else the reference year.
        if (lastYear >= 0) { r = { ...out[lastYear]!, text: m.text, isExplicitSince: false }; break; }
        const y = ctx.statedYear ?? (ctx.referenceYear === null ? null : month >= 1 && month <= YEAR_REVIEW_MONTHS ? ctx.referenceYear - 1 : ctx.referenceYear);
        r = { ...none(m), start: toIso({ year: null, month: 1, day: 1 }, y), end: toIso({ year: null, month: 12, day: 31 }, y) };
        break;
      }
      case 'that-month':
        if (previous >= 0 && mentions[previous]!.rule === 'month') { r = { ...out[previous]!, text: m.text }; break; }
      // falls through: with no month named before, 这个月 is the article's month, as 本月 is
      case 'article-month': {
        const named = ctx.statedMonth ?? publication;
        const y = named ? named.year ?? ctx.referenceYear : null;
        r = named ? { ...none(m), start: toIso({ year: null, month: named.month, day: 1 }, y), end: toIso({ year: null, month: named.month, day: lastDayOfMonth(named.month, y) }, y) } : none(m);
        break;
      }
      case 'past-years': {
        // The N whole years before the article's year (its stated year's, else the reference year's).
        const n = Number(m.key);
        const y = ctx.referenceYear;
        r = y === null ? none(m) : { ...none(m), start: toIso({ year: y - n, month: 1, day: 1 }, null), end: toIso({ year: y - 1, month: 12, day: 31 }, null) };
        break;
      }
      case 'last-week': case 'this-week': case 'last-month': {
        // 本周（11月16日至22日）: the dates in brackets right after say which week, here and for every later 本周.
        const glossed = glossAfter(i);
        if (glossed) weekDays.set(m.anaphor, glossed);
        // 本报讯 9月7日至13日，…。 … 大队本周共检查…: a week the lead dates is the article's 本周.
        const leadWeek = m.anaphor === 'this-week' && leadRange >= 0 && isWeek(out[leadRange]!) ? { start: out[leadRange]!.start!, end: out[leadRange]!.end! } : null;
        const span = weekDays.get(m.anaphor) ?? leadWeek ?? publicationRelative(m.anaphor, ctx.publishedAt);
        r = span ? { ...none(m), ...span } : none(m);
        break;
      }
      case 'previous': {
        r = previous >= 0 ? { ...out[previous]!, text: m.text } : none(m);
        // 去年同期 as a base of comparison: the same dates a year earlier (when the year is known).
        if (m.comparison && LAST_YEAR_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 2), m.start))) {
          r = { ...r, text: ctx.text.slice(m.start - 2, m.end), start: yearEarlier(r.start), end: yearEarlier(r.end) };
        }
        break;
      }
      // 当天: the last single day named (11月1日，…开跑。…赛事期间…当天共投入…), past any span named since; none after 近日.
      case 'same-day': r = lastDay >= 0 && lastDay >= previous - SAME_DAY_REACH ? { ...out[lastDay]!, text: m.text } : none(m); break;
      case 'holiday': {
        const named = m.key ?? holiday;
        const publishedAt = m.from?.year == null ? ctx.publishedAt ?? null : null;
        // 春節假期（2月16日至22日）: the dates in brackets say which days, here and for every later 假期.
        const glossed = named ? glossAfter(i) : null;
        if (glossed) holidayDays.set(named!, glossed);
        const said = named ? holidayDays.get(named) : undefined;
        let range: readonly [string, string] | null = said ? [said.start, said.end] : named && year !== null ? holidayRange(year, named as HolidayName) : null;
        if (!said && range && year !== null && publishedAt && range[0] > publishedAt.slice(0, 10)) range = holidayRange(year - 1, named as HolidayName);
        r = { ...none(m), start: range?.[0] ?? null, end: range?.[1] ?? null };
        break;
      }
      case 'season': {
        // 今年汛期（5月1日至9月30日）: the dates in brackets say which days, for every 汛期 of the article (see datedSeasons).
        const said = seasonDays.get(m.key!);
        r = { ...none(m), start: said?.start ?? null, end: said?.end ?? null };
        break;
      }
      case 'before-holiday': {
        // 清明节假期（4月4日至6日）…。节前，…: up to the day before the holiday named last begins.
        const said = holiday ? holidayDays.get(holiday) : undefined;
        const first = said?.start ?? (holiday && year !== null ? holidayRange(year, holiday as HolidayName)?.[0] : null);
        r = { ...none(m), end: first ? dayBefore(first) : null };
        break;
      }
      case 'event': case 'event-first-day': {
        const dated = findEventDate(m, mentions, ctx);
        // 6月16日以来…普降暴雨 … 灾情发生以来: an undated event since-period runs from the article's explicit since.
        const leadSince = since && sinceAt < leadEnd ? since : null;
        // 专项行动期间 with the campaign named only in the lead, next to its dates (3月1日至5月31日，…): the lead's span.
        const spanOfLead = m.rule === 'event-span' && leadRange >= 0 ? out[leadRange]! : null;
        // 7月11日20时至13日8时，…普降暴雨 … 强降雨发生以来: an undated weather event's since-period runs from the lead's
        // dated span (not 入汛以来, a season's, nor a campaign's).
        const leadStart = leadSince?.start ?? (leadRange >= 0 && WEATHER_EVENT.test(m.text) ? out[leadRange]!.start : null);
        r = dated ? dateEvent(m, dated, ctx.referenceYear) : m.rule === 'event-since' && leadStart ? { ...none(m), start: leadStart }
          : spanOfLead ? { ...spanOfLead, text: m.text }
          // 2025年全年，勞工局共進行巡查11,826次。巡查期間共發現…: the work just counted ran within the period before.
            : m.rule === 'event-span' && previous >= 0 && !mentions[previous]!.comparison && out[previous]!.start && out[previous]!.end && WORK_SPAN.test(m.text)
              ? { ...out[previous]!, text: m.text } : none(m);
        break;
      }
      default: {
        // A month or day with no year that would fall after publication belongs to the year the lead states (a January
        // review of 2025 whose table runs 1月…12月), not to the publication's.
        const stated = m.from?.year == null && m.to?.year == null && !/今年|本年|去年|上年|明年/.test(m.text) && ctx.statedYear != null && ctx.referenceYear !== null
          && ctx.statedYear < ctx.referenceYear && ctx.publishedAt && (toIso(m.to, year) ?? toIso(m.from, year) ?? '') > ctx.publishedAt.slice(0, 10) ? ctx.statedYear : null;
        const y = stated ?? year;
        r = { text: m.text, start: toIso(m.from, y), end: toIso(m.to, y), isExplicitSince: m.rule === 'since' && m.from?.month != null };
      }
    }
    out.push(r);
    if (!m.comparison && !m.weak) previous = i;
    if (!m.comparison && m.rule === 'day' && !m.anaphor) lastDay = i;
    else if (!m.comparison && m.rule === 'vague') lastDay = -1; // 近日 … 当天: no day is meant
    if (r.isExplicitSince) { since = r; sinceAt = m.start; }
    if (m.rule === 'event-span' && r.start && r.end) { campaign = r.start; campaignAt = m.start; }
    if (leadRange < 0 && !m.comparison && (m.rule === 'day-range' || m.rule === 'month-range') && r.start && r.end && m.start < leadEnd) leadRange = i;
    if (m.rule === 'dateline') dateline = i;
    if (m.rule === 'holiday' && m.key) holiday = m.key;
    // … not a year a value is given for (113年為12.6人: the year before's rate, beside the article's).
    if (!m.comparison && (m.rule === 'year' || m.rule === 'last-year' || m.rule === 'whole-year') && r.start?.endsWith('-01-01') && r.end?.endsWith('-12-31')
      && !/^[为為]/.test(ctx.text.charAt(m.end))) lastYear = i;
  });
  return out;
}
