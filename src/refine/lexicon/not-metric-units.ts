/**
 * Units whose figures are not report metrics by default: durations describe how
 * long, not how much was done (`连续14个月未发生…`, `24小时待命`, `奋战近50天`, `六年`);
 * ANNOTATION.md marks them optional at most.
 */
export const DURATION_UNITS: ReadonlySet<string> = new Set([
  '年', '个月', '月', '天', '日', '小时', '个小时', '分钟', '秒', '周', '宿', '晚', '夜', '个工作日', '工作日', '年度', '季度', '个季度', '岁', '周岁',
]);

/**
 * Chinese numerals below this value written without 万/亿 are kept only when a
 * metric rule names what they count: `一名光荣的共产党员`, `两队`, `一曲`, `三个校区`
 * are prose, `派出五个督导组` is a figure.
 */
export const SMALL_CHINESE_NUMERAL_MAX = 10;

/**
 * What a threshold figure grades: `死亡5人以上的重大道路交通事故`, `3级以上的地震` name a class of
 * events by a bound, not a count of anything (the class is counted elsewhere, if at all).
 */
export const THRESHOLD_CLASSES: readonly string[] = ['事故', '火灾', '灾害', '地震', '险情', '案件', '灾情'];
