/** A month and day, with a year only when one is known (stated or from publishedAt). */
export interface PartialDate {
  year: number | null;
  month: number;
  /** null: the whole month (从6月开始 → --06). */
  day: number | null;
}

/**
 * A period phrase found in the text. Dates are what the phrase itself says; the
 * anaphors (同期, 当天, 行动期间, 节日期间, 自百日攻坚行动开展以来) are resolved later
 * against the article (resolve-periods.ts).
 */
export interface PeriodMention {
  start: number;
  end: number;
  text: string;
  /** The parser that found it, e.g. 'day-range', 'holiday'. */
  rule: string;
  from: PartialDate | null;
  to: PartialDate | null;
  /** 今年以来/今年上半年: its year is the article's, not stated. */
  relativeYear: boolean;
  /** 去年10月以来: the year before the article's (-1); 0 or absent otherwise. */
  yearOffset?: number;
  anaphor: 'event' | 'event-first-day' | 'holiday' | 'previous' | 'same-day' | 'to-now' | 'year-to-date' | 'article-year' | 'article-month'
    | 'last-week' | 'this-week' | 'last-month' | 'past-years' | 'that-month' | 'before-holiday' | 'season' | null;
  /** The event or holiday named by an anaphor (百日攻坚行动, 宣传周, 中秋). */
  key: string | null;
  /** 去年同期, 与去年四季度相比: a base of comparison, never the period of a figure. */
  comparison: boolean;
  /** Bare 今年: yields to a more precise period in the same sentence. */
  weak: boolean;
  /** 截至20日8时: a day with no month; the month is the one the article last named (`to.month` is a placeholder). */
  dayOnly?: boolean;
}

/** What a figure gets: the phrase as written and ISO dates (YYYY-MM-DD, --MM-DD or --MM). */
export interface ResolvedPeriod {
  text: string;
  start: string | null;
  end: string | null;
  /** An explicit since-period (自6月14日以来, 11月以来), for 截至 and 截至目前 reaching back to it. */
  isExplicitSince: boolean;
}
