/**
 * Qualifier words and the bounds they give (corpus/gold/ANNOTATION.md):
 * over → min = value; under → max = value; approx → no bounds.
 */

/** Before the number: `约516万元` `近百场` `超1000万人次` `超过750平方米` `不少于60%` `不足400起` `逾`. */
export const PREFIX_QUALIFIERS = {
  '不少于': 'over', '不低于': 'over', '不小于': 'over', '超过': 'over', '多于': 'over', '高于': 'over', '大于': 'over', '至少': 'over', '超': 'over', '逾': 'over',
  '不足': 'under', '不到': 'under', '少于': 'under', '低于': 'under', '小于': 'under', '不超过': 'under', '不大于': 'under', '不高于': 'under', '最多': 'under', '将近': 'under',
  '接近': 'under', '近': 'under',
  '大约': 'approx', '大概': 'approx', '近似': 'approx', '约为': 'approx', '约': 'approx', '大致': 'approx',
} as const;

/** Between number and unit: `2.8万余个` `1600多位` `十几个` (over); `二十来人` (approx). */
export const INNER_QUALIFIERS = { '余': 'over', '多': 'over', '几': 'over', '来': 'approx' } as const;

/** After the unit: `1500人以上` `15次以上` `96%左右` `2个百分点左右` `50人上下` `不足…以下`. */
export const SUFFIX_QUALIFIERS = {
  '以上': 'over', '之多': 'over', '有余': 'over', '多': 'over', '余': 'over',
  '以下': 'under', '以内': 'under',
  '左右': 'approx', '上下': 'approx',
} as const;

/**
 * Suffix words that only qualify a duration or a measure (`1年多`, `3个月余`, `1米多`); after `3家`
 * the `多` starts the next word (`3家多部门`), so it is refused there.
 */
export const TIME_ONLY_SUFFIXES = ['多', '余'] as const;

/** Range separators: `10至15家` `10-15人` `10～15` `10到15` `3—5年`. */
export const RANGE_SEPARATORS = ['至', '到', '-', '~', '～', '〜', '—', '–', '－'] as const;
