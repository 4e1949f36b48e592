/**
 * The period parsers, one pattern and one extract step each, tried in this order;
 * where two overlap the longer wins, then the earlier parser. Inputs they take are
 * in each comment; near-misses they must refuse are in test/attribution/period.test.ts.
 */
import { HOLIDAY_WORDS } from './holidays.js';
import { CAMPAIGN_MONTHS, SEASON_NAMES } from './lexicon.js';
import { lastDayOfMonth, readSmallNumber, readYear } from './numbers.js';
import type { PartialDate, PeriodMention } from './types.js';

export type Draft = Omit<PeriodMention, 'start' | 'end' | 'text' | 'comparison' | 'weak'> & { weak?: boolean };
export interface PeriodParser {
  id: string;
  /** Every match holds one of these: a text holding none is not scanned with `re` (most paragraphs hold no 季度, no 同期). */
  cues: readonly string[];
  re: RegExp;
  extract(m: RegExpExecArray): Draft | null;
}

// A year, 4 digits or (Taiwanese usage, before a month or a quarter) the 民国 year: 115年9月 is 2026年9月.
const Y = '(?:(?:民国)?(\\d{4}|[〇零一二三四五六七八九]{4}|1[0-4]\\d)年)?(今年|去年|上年)?';
const N = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const TO = '(?:至|到|—|-|~|－)';
/** An hour after a day (3月18日14时20分, 4月9日22时40分许): part of the day's phrase. */
const HOUR = '(?:\\d{1,2}时(?:\\d{1,2}分)?许?)?';
/** A part of a day after its 日 (15日晚间至16日清晨). */
const DAY_PART = '(?:晚间|晚上|夜间|夜里|深夜|午夜|夜晚|清晨|凌晨|早晨|早上|上午|中午|下午|白天|傍晚|晚)?';
const HOLIDAY = Object.keys(HOLIDAY_WORDS).sort((a, b) => b.length - a.length).join('|');
const HOLIDAY_CUES = Object.keys(HOLIDAY_WORDS);
const SEASONS = [...SEASON_NAMES].sort((a, b) => b.length - a.length).join('|');

const day = (year: number | null, month: string, d: string | null): PartialDate => ({ year, month: readSmallNumber(month), day: d === null ? null : readSmallNumber(d) });
const monthEnd = (year: number | null, month: string): PartialDate => { const m = readSmallNumber(month); return { year, month: m, day: lastDayOfMonth(m, year) }; };
const yearOf = (m: RegExpExecArray) => (m[1] ? readYear(m[1]) : null);
const base = (rule: string, from: PartialDate | null, to: PartialDate | null, relativeYear = false): Draft =>
  ({ rule, from, to, relativeYear, anaphor: null, key: null });
const valid = (d: PartialDate | null) => !d || (d.month >= 1 && d.month <= 12 && (d.day === null || (d.day >= 1 && d.day <= 31)));
const checked = (d: Draft): Draft | null => (valid(d.from) && valid(d.to) ? d : null);

const PART = '上中旬|中下旬|上旬|中旬|下旬|初|底|末';
/** First day of a part of a month (上旬 1, 中旬 and 中下旬 11, 下旬 21, 初 1, 底/末: the last days, from the 21st); no part: the 1st. */
const partStart = (year: number | null, month: string, part: string | null): PartialDate =>
  day(year, month, part === '中旬' || part === '中下旬' ? '11' : part === '下旬' || part === '底' || part === '末' ? '21' : '1');
/** Last day of a part of a month (上旬 10, 中旬 and 上中旬 20, 初 10, otherwise the month's end). */
const partEnd = (year: number | null, month: string, part: string | null): PartialDate =>
  part === '上旬' || part === '初' ? day(year, month, '10') : part === '中旬' || part === '上中旬' ? day(year, month, '20') : monthEnd(year, month);

/** The first year of each five-year plan. */
const FIVE_YEAR_PLANS: Record<string, number> = { 十三五: 2016, 十四五: 2021, 十五五: 2026 };

const QUARTERS: Record<string, [number, number]> = { 一: [1, 3], 二: [4, 6], 三: [7, 9], 四: [10, 12], 1: [1, 3], 2: [4, 6], 3: [7, 9], 4: [10, 12] };

export const PERIOD_PARSERS: PeriodParser[] = [
  // 9月9日至11日, 5月20日至6月30日, 7月15日至17日, 2024年11月1日至2025年4月30日 (a year on each end)
  { id: 'day-range', cues: ['月'], re: new RegExp(`${Y}${N}月${N}[日号]${DAY_PART}${HOUR}${TO}(?:(\\d{4})年)?(?:${N}月)?${N}[日号]${DAY_PART}${HOUR}`, 'g'),
    extract: (m) => {
      const endYear = m[5] ? readYear(m[5]) : yearOf(m);
      return checked(base('day-range', day(yearOf(m), m[3]!, m[4]!), day(endYear, m[6] ?? m[3]!, m[7]!), !!m[2]));
    } },
  // 15日至16日, 15日晚间至16日清晨 (bulletins): days of the month the article last named, else of the publication's
  { id: 'days-range', cues: ['日'],
    re: new RegExp(`(?<![月\\d])(\\d{1,2})日${DAY_PART}${HOUR}${TO}(\\d{1,2})日${DAY_PART}`, 'g'),
    extract: (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      return a >= 1 && a < b && b <= 31 ? { ...base('day-range', { year: null, month: 1, day: a }, { year: null, month: 1, day: b }), dayOnly: true } : null;
    } },
  // 1至9月, 1月份至7月份, 2024年1至9月, 今年1至9月, 11月至12月, 2023年1月至2026年9月 (a year on each end)
  { id: 'month-range', cues: ['月'], re: new RegExp(`${Y}(?<![\\d.])${N}(?:月份?)?${TO}(?:(\\d{4})年)?${N}月份?(?![\\d一二三四五六七八九十]+[日号])`, 'g'),
    extract: (m) => {
      const endYear = m[4] ? readYear(m[4]) : yearOf(m);
      return checked(base('month-range', day(yearOf(m), m[3]!, '1'), monthEnd(endYear, m[5]!), !!m[2]));
    } },
  // 4月中旬至6月底, 5月上旬至7月中旬, 6月下旬, 3月初至5月: parts of months (上旬 1–10, 中旬 11–20, 下旬 21–end)
  { id: 'month-part', cues: ['旬', '月初', '月底', '月末'], re: new RegExp(`${Y}${N}月(${PART})?(?:${TO}(?=(?:\\d{4}年)?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月|${PART})(?:(\\d{4})年)?(?:${N}月)?(${PART})?)?`, 'g'),
    extract: (m) => {
      if (!m[4] && !m[7]) return null; // no part of a month: the month parsers' business
      const y = yearOf(m);
      const endYear = m[5] ? readYear(m[5]) : y;
      const endMonth = m[6] ?? m[3]!;
      const from = partStart(y, m[3]!, m[4] ?? null);
      const to = m[7] !== undefined ? partEnd(endYear, endMonth, m[7]) : m[6] ? monthEnd(endYear, endMonth) : partEnd(y, m[3]!, m[4] ?? null);
      return checked(base('month-part', from, to, !!m[2]));
    } },
  // 截至5月30日, 截至9月底, 截至10月底, 截止到6月, 截至6月21日18时 (the hour is part of the phrase)
  { id: 'until', cues: ['月'], re: new RegExp(`(?:截至|截止到?|到)${Y}${N}月(?:${N}[日号]${HOUR}|(底|末|份))?`, 'g'),
    extract: (m) => checked({ ...base('until', null, m[4] ? day(yearOf(m), m[3]!, m[4]) : monthEnd(yearOf(m), m[3]!), !!m[2]), anaphor: 'year-to-date' }) },
  // 截至20日8时, 截至19日17时 (flood bulletins): a day of the month the article last named
  { id: 'until-day', cues: ['截至', '截止'], re: /(?:截至|截止到?)(?<![月\d])(\d{1,2})日(?=\d{1,2}时)/g,
    extract: (m) => { const d = Number(m[1]); return d >= 1 && d <= 31 ? { ...base('until-day', null, { year: null, month: 1, day: d }), anaphor: 'year-to-date', dayOnly: true } : null; } },
  // 截至2023年底, 到去年年末: the year's last day
  { id: 'until-year-end', cues: ['年'], re: /(?:截至|截止到?|到)(\d{4}|[〇零一二三四五六七八九]{4})年(?:年)?(?:底|末)/g,
    extract: (m) => { const y = readYear(m[1]!); return y ? { ...base('until-year-end', null, { year: y, month: 12, day: 31 }), anaphor: 'year-to-date' } : null; } },
  // 截至目前, 到目前, 截至今天20时
  { id: 'until-now', cues: ['目前', '今天', '今日', '当前', '现在', '发稿时'], re: /(?:截至|截止到?|到)(?:目前|今天|今日|当前|现在|发稿时)(?:\d{1,2}时)?(?:为止)?/g,
    extract: () => ({ ...base('until-now', null, null), anaphor: 'to-now' }) },
  // 自6月14日以来, 从6月开始, 自5月17日起, 4月中旬以来, 5月1日12时起
  { id: 'since', cues: ['月'], re: new RegExp(`(?:自|从)?${Y}${N}月(?:${N}[日号](?:\\d{1,2}时)?|(${PART}))?(?:以来|起|开始|至今)`, 'g'),
    extract: (m) => checked(base('since', m[5] ? partStart(yearOf(m), m[3]!, m[5]) : day(yearOf(m), m[3]!, m[4] ?? null), null, !!m[2])) },
  // 今年以来, 今年年初以来, 年初以来
  { id: 'year-to-date', cues: ['以来', '今年来'], re: /今年(?:年初)?以来|年初以来|今年来/g,
    extract: () => base('year-to-date', { year: null, month: 1, day: 1 }, null, true) },
  // 今年上半年, 上半年, 一季度, 前三季度, 2024年一季度, 第四季度
  // … and 一季度末, 上半年末: the day it ends, a point in time (null start)
  // … and 第二季 (Hong Kong and Taiwan usage for 第二季度)
  { id: 'half-quarter', cues: ['半年', '季度', '第一季', '第二季', '第三季', '第四季'], re: new RegExp(`${Y}(上半年|下半年|前三季度|第?[一二三四1-4]季度|第[一二三四1-4]季(?![度节]))(末|底)?`, 'g'),
    extract: (m) => {
      const p = m[3]!;
      const [a, b] = p === '上半年' ? [1, 6] : p === '下半年' ? [7, 12] : p === '前三季度' ? [1, 9] : QUARTERS[p.replace(/^第|季度?$/g, '')]!;
      return base('half-quarter', m[4] ? null : day(yearOf(m), String(a), '1'), monthEnd(yearOf(m), String(b)), !m[1]);
    } },
  // 国庆假期期间, “五一”假期, 中秋节假期, 2024年春节假期, 春节期间, 今年春节
  { id: 'holiday', cues: HOLIDAY_CUES, re: new RegExp(`${Y}[“"]?(${HOLIDAY})[”"]?(?:节)?(?:假期|长假|小长假|黄金周|期间|假日|节日)?(?:期间)?`, 'g'),
    extract: (m) => (m[0].length < 3 && !m[1] && !m[2] ? null : { ...base('holiday', null, null, !m[1]), anaphor: 'holiday', key: HOLIDAY_WORDS[m[3]!]!, from: m[1] ? { year: readYear(m[1]), month: 1, day: 1 } : null }) },
  // 安全生产月期间, “消防宣传月”活动期间: national campaign months, the same month every year (开展“消防宣传月”活动 names an activity, not a period)
  { id: 'campaign-month', cues: Object.keys(CAMPAIGN_MONTHS), re: new RegExp(`${Y}(?:第\\d{1,2}个)?[“"]?(${Object.keys(CAMPAIGN_MONTHS).join('|')})[”"]?(?:活动)?期间`, 'g'),
    extract: (m) => { const month = String(CAMPAIGN_MONTHS[m[3]!]!); return base('campaign-month', day(yearOf(m), month, '1'), monthEnd(yearOf(m), month), !m[1]); } },
  // 今年汛期, 汛期, 春运, 暑期: a season, dated by the brackets where the article first names it (今年汛期（5月1日至9月30日）);
  // not what comes before or after it (汛期前, 汛期到来之前, 汛期结束后), nor its own since or span (入汛以来, 汛期期间: events)
  { id: 'season', cues: SEASON_NAMES, re: new RegExp(`(?:今年|本年)?(${SEASONS})(?!前|之前|到来|来临|结束|后|过后|以来|期间|期内|内)`, 'g'),
    extract: (m) => ({ ...base('season', null, null), anaphor: 'season', key: m[1]! }) },
  // 节日期间, 假期间, 假期内, 假期7天, 节假日期间, 假期全省累计…
  { id: 'holiday-unnamed', cues: ['假', '节日'], re: /(?:节假日|节日|假日|假期)(?:期间|间|内)|假期\d{1,2}天|假期间|假期(?=全[国省市区县港澳]|累计|共)/g,
    extract: () => ({ ...base('holiday-unnamed', null, null), anaphor: 'holiday' }) },
  // 节前, 节日前, 假期前: the days before the holiday named last (节前（9月15日至24日） takes its brackets' dates; 节前及节日期间 is one span)
  { id: 'before-holiday', cues: ['节前', '节日前', '假期前', '节假日前'], re: /(?:节假日|节日|假期|节)前(?![及和、与（(节后])/g,
    extract: () => ({ ...base('before-holiday', null, null), anaphor: 'before-holiday' }) },
  // 9月份, 今年6月, 2022年8月; not 一月一 (一周一重点、一月一总结, 一月一次: each month)
  { id: 'month', cues: ['月'], re: new RegExp(`${Y}(?<![\\d.])(?!一月一)${N}月份?(?![\\d一二三四五六七八九十]+[日号])`, 'g'),
    extract: (m) => checked(base('month', day(yearOf(m), m[3]!, '1'), monthEnd(yearOf(m), m[3]!), !!m[2])) },
  // 5月17日, 2022年8月25日, 9月10日下午, 7月28日上午9时 (举行 dates an event; it announces nothing, unlike 召开/发布会)
  { id: 'day', cues: ['月'], re: new RegExp(`(?<![至止到])${Y}${N}月${N}[日号](?:(?:上午|下午|晚上?|凌晨|早上|中午)(?:\\d{1,2}[时点](?:\\d{1,2}分|半)?)?)?${HOUR}`, 'g'),
    extract: (m) => { const d = day(yearOf(m), m[3]!, m[4]!); return checked(base('day', d, d, !!m[2])); } },
  // 全年, 2024年全年: the whole year the article reports on (全年计划/目标/任务 name a plan, not a period)
  { id: 'whole-year', cues: ['全年'], re: /(?:(\d{4}|[〇零一二三四五六七八九]{4})年)?全年(?!计划|目标|任务)/g,
    extract: (m) => { const y = m[1] ? readYear(m[1]) : null; return { ...base('whole-year', y ? { year: y, month: 1, day: 1 } : null, y ? { year: y, month: 12, day: 31 } : null), anaphor: y ? null : 'article-year' }; } },
  // 二〇二二年, 2022年, 2023年度, 2023年以来; not 2026年第一次全体会议 (an ordinal names the meeting)
  // … and a 民国 year before the scope or part of the year it covers (114年全国共发生火灾…, 115年上半年), opening its clause before 为 (，113年為12.6人)
  // or after a comparison's 较 (較113年減少131人)
  { id: 'year', cues: ['年'], re: /(\d{4}|[〇零一二三四五六七八九]{4}|(?<!\d)1[0-4]\d(?=年(?:全|度|上半年|下半年|前三季度))|(?<=^|[，,。；;：:\s])1[0-4]\d(?=年[为為])|(?<=[较較比与與])1[0-4]\d(?=年))年(?!代|届|第[一二三四五六七八九十\d]+次)度?((?:年初)?以来)?/g,
    extract: (m) => { const y = readYear(m[1]!); return y ? base('year', { year: y, month: 1, day: 1 }, m[2] ? null : { year: y, month: 12, day: 31 }) : null; } },
  // 过去五年, 五年来, 近三年: the whole years before the article's (a 2026 work report's 过去五年 is 2021–2025)
  { id: 'past-years', cues: ['年来', '过去', '近二', '近两', '近三', '近四', '近五', '近六', '近七', '近八', '近九', '近十', '近2', '近3', '近4', '近5', '近6', '近7', '近8', '近9', '近1'], re: /(?:过去|近)([二两三四五六七八九十]|\d{1,2})年(?:来|间|中)?|([二两三四五六七八九十]|\d{1,2})年来/g,
    extract: (m) => { const n = readSmallNumber((m[1] ?? m[2]!).replace('两', '二')); return n >= 2 && n <= 10 ? { ...base('past-years', null, null), anaphor: 'past-years', key: String(n) } : null; } },
  // “十四五”期间, 十三五以来: the five-year plan's years
  { id: 'plan-period', cues: ['十三五', '十四五', '十五五'], re: /[“"]?(十[三四五]五)[”"]?(?:时期|期间|以来)/g,
    extract: (m) => { const y = FIVE_YEAR_PLANS[m[1]!]!; return base('plan-period', { year: y, month: 1, day: 1 }, /以来$/.test(m[0]) ? null : { year: y + 4, month: 12, day: 31 }); } },
  // 本月, 当月: the month a monthly bulletin reports on (关于10月份…情况的通报), else the month of publication
  { id: 'this-month', cues: ['本月', '当月'], re: /本月|当月/g, extract: () => ({ ...base('this-month', null, null), anaphor: 'article-month' }) },
  // 上周, 本周, 上月: relative to the day of publication (a weekly or monthly bulletin); 较上月/上周五 are not (find-periods.ts marks comparisons)
  { id: 'last-week', cues: ['上周'], re: /上周(?![一二三四五六日末])/g, extract: () => ({ ...base('last-week', null, null), anaphor: 'last-week' }) },
  { id: 'this-week', cues: ['本周'], re: /本周(?![一二三四五六日末])/g, extract: () => ({ ...base('this-week', null, null), anaphor: 'this-week' }) },
  { id: 'last-month', cues: ['上月', '上个月'], re: /上个?月(?!\d|[一二三四五六七八九十]|份?[底末初中])/g, extract: () => ({ ...base('last-month', null, null), anaphor: 'last-month' }) },
  // 去年, 去年全年 as the period of a figure (消防处去年共处理火警3.4万宗); 较去年, 比去年, 与去年相比 are comparisons (find-periods.ts)
  { id: 'last-year', cues: ['去年'], re: /去年(?:全年)?(?!同期|同月|以来|年初|年底|年末|底|末|上半年|下半年|前三季度|第?[一二三四1-4]季度|\d|[一二三四五六七八九十]+月|[“"]?(?:春节|国庆|五一|中秋|端午|清明|元旦))/g,
    extract: () => base('last-year', { year: null, month: 1, day: 1 }, { year: null, month: 12, day: 31 }, true) },
  // 前年 (the year before last; find-periods.ts sets its offset): （前年分别为26起、12人）; not 目前年均, 提前年度
  { id: 'year-before-last', cues: ['前年'], re: /(?<![目提之以此当日])前年(?:全年)?(?![度均初底末内中同以])/g,
    extract: () => base('year-before-last', { year: null, month: 1, day: 1 }, { year: null, month: 12, day: 31 }, true) },
  // 今年 (weak: 截至10月底，全省今年累计 keeps 截至10月底)
  // Not 今年第14号台风, 今年第二次: an ordinal names the thing, not a period.
  { id: 'this-year', cues: ['今年'], re: /今年(?!以来|年初|上半年|下半年|前三季度|第?[一二三四1-4]季度|第|\d|[一二三四五六七八九十]+月)/g,
    extract: () => ({ ...base('this-year', { year: null, month: 1, day: 1 }, null, true), weak: true }) },
  // 这个月, 该月: the month named just before (6月是全国第25个“安全生产月”…这个月，…), else the article's month
  { id: 'that-month', cues: ['这个月', '该月'], re: /这个月|该月/g, extract: () => ({ ...base('that-month', null, null), anaphor: 'that-month' }) },
  // 同期 (去年同期 is a comparison, marked later)
  // … and 去年同月 (Taiwanese and Hong Kong usage: 較去年同月的58件減少6件), the month named before, a year earlier
  { id: 'same-period', cues: ['同期', '同月'], re: /同期|(?<=去年|上年)同月/g, extract: () => ({ ...base('same-period', null, null), anaphor: 'previous' }) },
  // 当天, 当日
  { id: 'same-day', cues: ['当天', '当日'], re: /当天|当日/g, extract: () => ({ ...base('same-day', null, null), anaphor: 'same-day' }) },
  // 近日, 连日来, 目前, 每月 … : kept as written, no dates
  { id: 'vague', cues: ['近', '日前', '连日来', '目前', '当前', '前不久', '此前', '一周来', '每'], re: /近日|日前|连日来|近期|近来|目前|当前|近年来?|前不久|此前|一周来|每月|每年|每季度/g,
    extract: () => base('vague', null, null) },
];
