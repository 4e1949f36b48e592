/**
 * Periods named by an event rather than a date, resolved later against the
 * article's dated sentences: 自百日攻坚行动开展以来, 平台运行以来, 在百日攻坚行动开展过程中,
 * 行动期间, 活动期间, 专项整治期间, 防火期内, 宣传周首日, 此次宣传周活动. The event name runs back
 * from the marker to the clause start (at most 12 characters).
 * Refuses: 今年以来 and 节日期间 (their own parsers win on the same span).
 */
import type { Draft } from './patterns.js';

export interface EventDraft extends Draft { start: number; end: number }

const MARKERS: { re: RegExp; anaphor: 'event' | 'event-first-day'; span: boolean }[] = [
  { re: /以来/g, anaphor: 'event', span: false },
  { re: /过程中/g, anaphor: 'event', span: false },
  { re: /期间/g, anaphor: 'event', span: true },
  { re: /(?<=期)内/g, anaphor: 'event', span: true }, // 防火期内: the 森林防火期 the lead dates
  { re: /首日/g, anaphor: 'event-first-day', span: true },
];
const CJK_RUN = /[\u4e00-\u9fff“”"]{2,12}$/;
const DATE_UNIT = /[日号月年]/;
const ANNOUNCED = /^(?:公布|通报|发布|介绍|披露)/;
const CHINESE_DATE = /[〇零一二三四五六七八九十]+(?:月份?|[日号])/g;
const OPENING_QUOTE = /[“"]/;
const YEAR_BEFORE_MARKER = /(?:今年|去年|本年|年初)$/;
const LEAD = /^(?:自|从|在|仅|截至)/;
const TRAIL = /(?:开展|启动|实施|运行|开通|开始|进行|举办)$/;

/** The event name of `raw` (自百日攻坚行动开展 → 百日攻坚行动), or '' when too short. */
export function eventKey(raw: string): string {
  const k = raw.replace(/[“”"]/g, '').replace(LEAD, '').replace(/^(?:此次|本次|这次)/, '').replace(TRAIL, '');
  return k.length >= 2 ? k : '';
}

export function findEventPeriods(text: string): EventDraft[] {
  const out: EventDraft[] = [];
  for (const { re, anaphor, span } of MARKERS) {
    for (const m of text.matchAll(re)) {
      const before = CJK_RUN.exec(text.slice(Math.max(0, m.index! - 12), m.index!));
      if (!before) continue;
      let start = m.index! - before[0].length;
      // 自3月15日启动…以来: the name starts after the date's 日, which belongs to the date (also 今（28）日公布…).
      if (DATE_UNIT.test(text.charAt(start)) && /[0-9〇一二三四五六七八九十）)]/.test(text.charAt(start - 1))) start++;
      // 消防局今（28）日公布应变期间救灾统计: what is announced is no part of the event's name.
      const announced = ANNOUNCED.exec(text.slice(start, m.index!));
      if (announced) start += announced[0].length;
      // 勞工處於五月至六月期間: a date in Chinese numerals belongs to the date (its own parser's); the name starts after it.
      let dateEnd = -1;
      for (const d of text.slice(start, m.index!).matchAll(CHINESE_DATE)) dateEnd = d.index! + d[0].length;
      if (dateEnd >= 0) start += dateEnd;
      // An opening quote before the name belongs to the quotation (“今年以来，…), not to the period.
      while (start < m.index! && OPENING_QUOTE.test(text.charAt(start))) start++;
      if (m.index! - start < 2) continue;
      // …分院今年以来: 今年以来 is its own parser's, and the words before it name who, not an event.
      if (YEAR_BEFORE_MARKER.test(text.slice(start, m.index!))) continue;
      const key = eventKey(text.slice(start, m.index!));
      if (!key) continue;
      out.push({ start, end: m.index! + m[0].length, rule: span ? 'event-span' : 'event-since', from: null, to: null, relativeYear: false, anaphor, key });
    }
  }
  for (const m of text.matchAll(/(?:此次|本次|这次)([\u4e00-\u9fff“”]{2,10}?)(?=[，,。；、]|中|期间)/g)) {
    const key = m[1]!.includes('的') ? '' : eventKey(m[1]!); // 此次“战役”的主力 names no event
    if (key) out.push({ start: m.index!, end: m.index! + m[0].length, rule: 'event-span', from: null, to: null, relativeYear: false, anaphor: 'event', key });
  }
  return out;
}
