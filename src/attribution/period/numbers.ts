/** Numbers inside date phrases: 9, 12, 九, 十二, 二〇二二. */
const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 9 → 9, 十二 → 12, 二十一 → 21; NaN when not a small number. */
export function readSmallNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? DIGIT[m[1]]! : 1) * 10 + (m[2] ? DIGIT[m[2]]! : 0);
  return s.length === 1 && s in DIGIT ? DIGIT[s]! : NaN;
}

/** 民国 years count from 1912: year 1 is 1912. */
const ROC_OFFSET = 1911;

/** 2022 → 2022, 二〇二二 → 2022, 115 (a 民国 year) → 2026; null outside 1990–2099. */
export function readYear(s: string): number | null {
  if (/^1[0-4]\d$/.test(s)) return Number(s) + ROC_OFFSET; // 民国 115年 = 2026
  const n = /^\d{4}$/.test(s) ? Number(s) : s.length === 4 && [...s].every((c) => c in DIGIT) ? Number([...s].map((c) => DIGIT[c]).join('')) : NaN;
  return n >= 1990 && n <= 2099 ? n : null;
}

/** Last day of a month; February has 28 days when the year is unknown. */
export function lastDayOfMonth(month: number, year: number | null): number {
  if (month === 2) return year !== null && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
