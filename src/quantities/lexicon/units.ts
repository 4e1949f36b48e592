/**
 * Units and classifiers that may follow a number, as data: a new unit is one
 * line here. Matched longest first (`个百分点` before `个`, `人次` before `人`,
 * `平方公里` before `公里`), against folded text, so `個` `處` `項` `（次）` match
 * too; the unit returned is the caller's characters.
 */

/** Counted things and actions: `23.7万项` `4251家` `335人次` `170矿次` `2272余人(次)` `約5.6萬件（套）`. */
export const COUNT_UNITS = [
  '人(次)', '家(次)', '户(次)', '件(套)', '个(次)', '台(套)', '台套', '幢次', '栋次', '人次', '户次', '台次', '家次', '矿次', '车次', '艘次', '架次',
  '个班次', '个车次', '个架次', '辆次', '趟次', '航次', '列次', '座次', '条次', '站次', '点次', '倍',
  '个次', '批次', '场次', '班次', '处次', '起次', '所次', '项次', '次', '项', '个', '处', '家', '户', '人', '名', '位',
  '台', '套', '栋', '幢', '座', '辆', '艘', '架', '起', '宗', '件', '条', '份', '场', '期', '支', '组', '册', '本',
  '张', '块', '根', '只', '头', '所', '间', '部', '种', '类', '大类', '轮', '遍', '趟', '宿', '双', '对', '队', '片',
  '口', '盏', '面', '枚', '顶', '床', '把', '基', '具', '例', '幅', '段', '罐', '盒', '包', '眼', '颗', '粒', '卷', '匹', '箱', '瓶', '袋', '桶', '车', '批', '篇', '章', '节', '课时', '门', '款', '株', '棵', '组次',
] as const;

/**
 * Durations: `14个月` `超过16个小时` `近50天` `18年` (a year like `2022年` is refused, see not-quantities), and ages
 * (`65岁或以上`, `年满18周岁`), which name a class of people, not a count (refine drops them as durations).
 */
export const TIME_UNITS = [
  '个工作日', '工作日', '个小时', '小时', '个月', '个季度', '周岁', '周', '天', '年', '分钟', '秒钟', '昼夜', '晚', '夜', '岁',
] as const;

/** Sizes and amounts: `11万平方米` `0.54平方公里` `3260公里` `约1.6吨` `186毫米`. */
export const MEASURE_UNITS = [
  '平方千米', '平方公里', '平方米', '立方米', '公里', '千米', '厘米', '毫米', '米', '公顷', '亩', '吨', '千克', '公斤',
  '克', '斤', '升', '毫升', '千瓦时', '千瓦', '兆瓦', '千伏', '伏', '瓦', '摄氏度', '℃', '度电', '方',
] as const;

/** Money: `123.5万元` → 1235000 元, `17.6亿元`; the value stays in the currency written. */
export const MONEY_UNITS = ['元', '美元', '欧元', '港元', '港币', '日元', '英镑', '澳元', '澳门元', '澳门币', '新台币', '台币', '块钱'] as const;

/** Percent-like units after a number: `97%` `94.5个百分点` `3‰`. */
export const PERCENT_UNITS = {
  '%': 'percent', '个百分点': 'percentage_point', '百分点': 'percentage_point', '‰': 'permille',
} as const;

/**
 * Units that begin with a multiplier character, tried before the multiplier so
 * `10千伏` is 10 千伏 (not 10000 伏) and `3百分点` is 3 百分点.
 */
export const UNITS_STARTING_WITH_MULTIPLIER = ['千瓦时', '千瓦', '千伏', '千米', '千克', '百分点', '万千瓦'] as const;
