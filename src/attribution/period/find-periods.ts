/**
 * Every period phrase of a text: the parsers of patterns.ts and find-events.ts,
 * then two refiners — overlaps (longer span, then earlier parser) and
 * comparisons (去年同期, 与去年四季度相比 are marked, never chosen).
 *
 * @example
 * findPeriods('截至5月30日，公主岭市共检查户外广告260余个')[0]?.rule; // 'until'
 */
import { findEventPeriods } from './find-events.js';
import { PERIOD_PARSERS } from './patterns.js';
import { readSmallNumber } from './numbers.js';
import type { PeriodMention } from './types.js';

interface Candidate extends PeriodMention { priority: number }

/** The rest of a meeting's name right after a period (四季度…形势分析会, 2026年度安全生产工作会议), with no verb or scope between. */
const MEETING_NAME_AFTER = /^(?![全各我本该])[^，,。；;：:召开举行组织的]{0,12}?(?:形势分析会|分析会|推进会|部署会|座谈会|调度会|例会|工作会议|专题会议)/;
const BRACKETED_THEN_COMMA = /^[（(][^（()）]{1,20}[）)][，,]/;
const COMPARISON_BEFORE = /(?:与|较|比|同比|环比|和)[\u4e00-\u9fff]{0,4}$/;
const COMPARISON_AFTER = /^[\u4e00-\u9fff]{0,3}(?:相比|相较|比较|均值|持平)/;
const CHANGE_AFTER = /^[\u4e00-\u9fff]{0,2}?(?:提高|提升|下降|减少|增加|增长|上升|降低|回落|扩大|缩小|持平)/;
const SUPERLATIVE_AFTER = /^(?:最|首次|首度|首个|第一)/;
/** A period of the year before the article's: 去年10月以来, 自去年11月起. */
const LAST_YEAR = /^[自从]?(?:去年|上年)/;
const LAST_YEAR_COMPARED_BEFORE = /(?:较|比|与|同|和|跟|对比|低于|高于|多于|少于|超过)$/;
const PAST = /^(?:去年|上年|前年|上季度|上月|上一年)/;
/** What stands before a phrase that opens a clause: nothing, a clause break or a paragraph break. */
/** 一年前的, 两年前, 3年前的 right before a date. */
const YEARS_AGO_BEFORE = /([一两二三四五六七八九十]|\d{1,2})年前的?$/;
const CLAUSE_START = /(?:^|[，,。；;：:！？!?\n]\s*)$/;

export function findPeriods(text: string, base = 0): PeriodMention[] {
  const all: Candidate[] = [];
  PERIOD_PARSERS.forEach((p, priority) => {
    if (!p.cues.some((c) => text.includes(c))) return;
    for (const m of text.matchAll(p.re)) {
      const d = p.extract(m as RegExpExecArray);
      if (!d) continue;
      const yearOffset = p.id === 'year-before-last' ? -2 : LAST_YEAR.test(m[0]) ? -1 : 0;
      all.push({ ...d, yearOffset, start: m.index!, end: m.index! + m[0].length, text: m[0], comparison: false, weak: d.weak ?? false, priority });
    }
  });
  for (const e of findEventPeriods(text)) {
    all.push({ ...e, text: text.slice(e.start, e.end), comparison: false, weak: false, priority: PERIOD_PARSERS.length });
  }
  all.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  // Overlaps: the longer span wins, then the earlier parser (a taken-character mask keeps this linear).
  const taken = new Uint8Array(text.length);
  const kept: Candidate[] = [];
  for (const c of all) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  const titled = bookTitleMask(text);
  const out: PeriodMention[] = [];
  for (const c of kept) {
    if (titled[c.start]) continue;
    // 召开四季度水上交通安全形势分析会: the period names a meeting, it dates no figure.
    if (c.rule !== 'year' && MEETING_NAME_AFTER.test(text.slice(c.end, c.end + 16))) continue; // a year still names the article's (2025年度总结会议)
    const before = text.slice(Math.max(0, c.start - 8), c.start);
    const after = text.slice(c.end, c.end + 6);
    // 本报9月12日讯, 2023年11月2日讯: the dateline's date, never an event's.
    if (/^讯/.test(text.slice(c.end, c.end + 1))) { c.rule = 'dateline'; c.anaphor = null; }
    // 今年入汛以来最强降雨, 有记录以来首次, 近10年来首度: the phrase scopes a superlative; it is not the period of a figure.
    // 去年同期, 去年上半年 are bases of comparison; 去年10月以来 runs to now and is a period.
    // 去年上半年，全市发生事故20起 opens its clause with a comma: the period of the figures after it.
    // …, with its dates in brackets before the comma: 去年“五一”假期（5月1日至5日），
    const fronted = CLAUSE_START.test(before) && (/^[，,]/.test(after) || BRACKETED_THEN_COMMA.test(text.slice(c.end, c.end + 24)));
    // A bare 去年/上月 is the period of its figures unless compared with (较去年, 比上月, 与去年相比, 去年的2倍).
    const relative = c.rule === 'last-year' || c.rule === 'last-month';
    const lastYearCompared = relative && (LAST_YEAR_COMPARED_BEFORE.test(before) || COMPARISON_AFTER.test(after) || /^的/.test(after) || /环比$/.test(before));
    const comparison = /(?:去年|上年|前年)$/.test(before) || (relative ? lastYearCompared : PAST.test(c.text.replace(/^[自从]/, '')) && c.rule !== 'since' && !fronted) || (COMPARISON_BEFORE.test(before) && COMPARISON_AFTER.test(after))
      || (/(?:以来|年来)$/.test(c.text) && SUPERLATIVE_AFTER.test(after))
      // 较一季度提高1.7个百分点, 比4月减少12起: the base of a change, not the period of its figure.
      || (/(?:较|比)$/.test(before) && CHANGE_AFTER.test(after))
      // 较2024年的52人减少15人: a base with its value (the 52人 keeps it as its own period, see comparisonBaseIndex).
      || (/(?:较|比|由|从)$/.test(before) && /^的/.test(after));
    const { priority: _p, ...mention } = c;
    // The dates in brackets right after a period of last year (去年“五一”假期（5月1日至5日）) are last year's too.
    // 一年前的3月18日, 两年前的今天: a date that many years before the article's.
    const ago = YEARS_AGO_BEFORE.exec(before);
    if (ago && !mention.from?.year && !mention.yearOffset && (c.rule === 'day' || c.rule === 'month')) mention.yearOffset = -readSmallNumber(ago[1]!.replace('两', '二'));
    const prev = out[out.length - 1];
    if (prev && prev.yearOffset && !mention.yearOffset && !mention.from?.year && prev.end === c.start + base - 1 && /[（(]/.test(text.charAt(c.start - 1))) mention.yearOffset = prev.yearOffset;
    out.push({ ...mention, comparison, start: c.start + base, end: c.end + base });
  }
  return mergeDateWithEvent(out, text, base);
}

/**
 * 7月15日至17日强降雨期间: the date and the event are one period, dated by the date.
 * 自6月1日全省部署开展“夏季百日行动”以来, 自2024年5月…专项整治以来, 今年4月…整治行动开展以来 (the date opening its
 * clause): a since-period from that day or month (one clause from the date to 以来).
 */
function mergeDateWithEvent(list: PeriodMention[], text: string, base: number): PeriodMention[] {
  const out: PeriodMention[] = [];
  for (const m of list) {
    const prev = out[out.length - 1];
    if (prev && m.anaphor === 'event' && m.rule !== 'event-since' && prev.end === m.start && prev.from && !prev.anaphor) {
      out[out.length - 1] = { ...prev, end: m.end, text: prev.text + m.text };
      continue;
    }
    const opener = prev ? text.charAt(prev.start - base - 1) : '';
    if (prev && m.rule === 'event-since' && (prev.rule === 'day' || prev.rule === 'month') && !prev.comparison
      && (opener === '自' || opener === '从' || CLAUSE_START.test(text.slice(Math.max(0, prev.start - base - 2), prev.start - base)) || opensLine(text, prev.start - base))
      && !/[，,。；;！？!?\n]/.test(text.slice(prev.end - base, m.start - base))) {
      const start = opener === '自' || opener === '从' ? prev.start - 1 : prev.start;
      out[out.length - 1] = { ...prev, rule: 'since', to: null, start, end: m.end, text: text.slice(start - base, m.end - base) };
      continue;
    }
    out.push(m);
  }
  return out;
}

/** A line's opening up to a date: spaces, a bullet or an emoji, spaces (▶ 6月1日入汛以来). */
const BULLET_ONLY = /^[ \t]*(?:[●○◆◇■□▶►▪▫★☆✔✓•·]|\p{Extended_Pictographic}\uFE0F?)?[ \t]*$/u;
/** How far back opensLine looks: a line break, a bullet, its variation selector and two spaces. */
const BULLET_REACH = 6;

/** True when `at` opens a line of `text`, past a bullet if any (▶ 6月1日入汛以来). */
function opensLine(text: string, at: number): boolean {
  const from = Math.max(0, at - BULLET_REACH);
  const before = text.slice(from, at);
  const lineBreak = before.lastIndexOf('\n');
  return (lineBreak >= 0 || from === 0) && BULLET_ONLY.test(before.slice(lineBreak + 1));
}

/** Characters inside 《…》: 《关于切实做好中秋节期间安全防范工作的通知》 holds no period of a figure. */
function bookTitleMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const m of text.matchAll(/《[^《》]*》/g)) mask.fill(1, m.index!, m.index! + m[0].length);
  return mask;
}

/**
 * The mentions of an article without its undated seasons: a season (汛期, 暑期) is a period only where the article gives
 * its dates in brackets after naming it (今年汛期（5月1日至9月30日）); elsewhere the dates around it say more.
 */
export function datedSeasons(mentions: PeriodMention[], text: string): PeriodMention[] {
  if (!mentions.some((m) => m.rule === 'season')) return mentions;
  const glossed = new Set<string>();
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (m.rule === 'season' && next && next.start === m.end + 1 && /[（(]/.test(text.charAt(m.end)) && next.from && next.to) glossed.add(m.key!);
  });
  return mentions.filter((m) => m.rule !== 'season' || glossed.has(m.key!));
}
