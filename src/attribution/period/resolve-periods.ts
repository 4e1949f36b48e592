/**
 * Turns the period phrases of one article into ISO ranges, in text order so an
 * anaphor can lean on what came before:
 * - the year is the phrase's own (2024年一季度), else the reference year, else none (--MM-DD);
 * - 截至5月30日 / 截至9月底 start at the year's first day when 今年(以来) precedes it in
 *   the paragraph, else null; 截至目前 starts at an earlier 自6月14日以来, else null;
 * - 同期 copies the previous period; 当天 the previous single day (null after 近日);
 * - 行动期间 / 自百日攻坚行动开展以来 / 宣传周首日 take the date of the first sentence of
 *   the article that names the event with a date (5月17日，长春启动安全生产百日攻坚行动);
 * - 节日期间 / 国庆假期 take the holiday table's dates for the year (none without a year).
 */
import { findPeriods } from './find-periods.js';
import { holidayRange, type HolidayName } from './holidays.js';
import type { PartialDate, PeriodMention, ResolvedPeriod } from './types.js';

export interface PeriodContext {
  /** The article's text span and its sentences and paragraphs (absolute offsets). */
  text: string;
  sentences: { start: number; end: number }[];
  /** Every sentence of the page: an event the article does not date may be dated in a jump-continued article. */
  pageSentences: { start: number; end: number }[];
  paragraphs: { start: number; end: number }[];
  referenceYear: number | null;
  /** ISO publication date: a holiday not yet begun by then is last year's (国庆 in a January report). */
  publishedAt?: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function toIso(d: PartialDate | null, year: number | null): string | null {
  if (!d) return null;
  const y = d.year ?? year;
  const md = d.day === null ? pad(d.month) : `${pad(d.month)}-${pad(d.day)}`;
  return y === null ? `--${md}` : `${y}-${md}`;
}

const DATED_RULES = new Set(['day', 'day-range', 'month', 'month-range', 'since']);

export function resolvePeriods(mentions: PeriodMention[], ctx: PeriodContext): ResolvedPeriod[] {
  const out: ResolvedPeriod[] = [];
  const within = (list: { start: number; end: number }[], at: number) => list.find((s) => s.start <= at && at < s.end) ?? null;
  const yearOf = (m: PeriodMention) => m.from?.year ?? m.to?.year ?? ctx.referenceYear;

  mentions.forEach((m, i) => {
    const year = yearOf(m);
    const plain = (): ResolvedPeriod => ({ text: m.text, start: toIso(m.from, year), end: toIso(m.to, year), isExplicitSince: m.rule === 'since' && m.from?.day != null });
    const previous = () => {
      for (let k = i - 1; k >= 0; k--) if (!mentions[k]!.comparison && !mentions[k]!.weak) return k;
      return -1;
    };
    let r: ResolvedPeriod;
    switch (m.anaphor) {
      case 'year-to-date': {
        const para = within(ctx.paragraphs, m.start);
        const sentence = within(ctx.sentences, m.start);
        const upTo = sentence ? sentence.end : m.end;
        const before = para ? ctx.text.slice(para.start, upTo) : '';
        const ytd = /今年(?!\d|[一二三四五六七八九十]+月)/.test(before);
        r = { text: m.text, start: ytd ? toIso({ year: null, month: 1, day: 1 }, year) : null, end: toIso(m.to, year), isExplicitSince: false };
        break;
      }
      case 'to-now': {
        const since = [...out].reverse().find((p) => p.isExplicitSince);
        // 截至今天20时 in a 本报9月12日讯 article ends on the dateline's day.
        const k = /今天|今日/.test(m.text) ? mentions.findIndex((d) => d.rule === 'dateline') : -1;
        r = { text: m.text, start: since?.start ?? null, end: k >= 0 && k < i ? out[k]!.start : null, isExplicitSince: false };
        break;
      }
      case 'previous': {
        const k = previous();
        r = k >= 0 ? { ...out[k]!, text: m.text } : { text: m.text, start: null, end: null, isExplicitSince: false };
        break;
      }
      case 'same-day': {
        const k = previous();
        const p = k >= 0 ? mentions[k]! : null;
        r = p && p.rule === 'day' ? { ...out[k]!, text: m.text } : { text: m.text, start: null, end: null, isExplicitSince: false };
        break;
      }
      case 'holiday': r = resolveHoliday(m, mentions.slice(0, i), year, m.from?.year == null ? ctx.publishedAt ?? null : null); break;
      case 'event': case 'event-first-day': r = resolveEvent(m, mentions, ctx); break;
      default: r = plain();
    }
    out.push(r);
  });
  return out;
}

function resolveHoliday(m: PeriodMention, before: PeriodMention[], year: number | null, publishedAt: string | null): ResolvedPeriod {
  const named = m.key ?? [...before].reverse().find((p) => p.rule === 'holiday' && p.key)?.key ?? null;
  let range = named && year !== null ? holidayRange(year, named as HolidayName) : null;
  if (range && year !== null && publishedAt && range[0] > publishedAt.slice(0, 10)) range = holidayRange(year - 1, named as HolidayName);
  return { text: m.text, start: range?.[0] ?? null, end: range?.[1] ?? null, isExplicitSince: false };
}

function resolveEvent(m: PeriodMention, all: PeriodMention[], ctx: PeriodContext): ResolvedPeriod {
  const none: ResolvedPeriod = { text: m.text, start: null, end: null, isExplicitSince: false };
  if (!m.key) return none;
  for (const sentence of ctx.sentences) {
    if (sentence.start > m.start) break;
    const limit = Math.min(sentence.end, m.start);
    if (!ctx.text.slice(sentence.start, limit).includes(m.key)) continue;
    const dated = all.find((d) => DATED_RULES.has(d.rule) && !d.comparison && d.start >= sentence.start && d.end <= limit);
    if (!dated) continue;
    return dateEvent(m, dated, ctx);
  }
  for (const sentence of ctx.pageSentences) {
    const body = ctx.text.slice(sentence.start, sentence.end);
    if ((sentence.start <= m.start && m.start < sentence.end) || !body.includes(m.key)) continue;
    const dated = findPeriods(body, sentence.start).find((d) => DATED_RULES.has(d.rule) && !d.comparison);
    if (dated) return dateEvent(m, dated, ctx);
  }
  return none;
}

function dateEvent(m: PeriodMention, dated: PeriodMention, ctx: PeriodContext): ResolvedPeriod {
  const year = dated.from?.year ?? ctx.referenceYear;
  const start = toIso(dated.from, year);
  if (m.anaphor === 'event-first-day') return { text: m.text, start, end: start, isExplicitSince: false };
  return { text: m.text, start, end: m.rule === 'event-span' ? toIso(dated.to, year) : null, isExplicitSince: false };
}
