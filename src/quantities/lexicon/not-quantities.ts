/**
 * Words that make a number a date, a time, an ordinal or part of a name, so it
 * is not a quantity (corpus/gold/ANNOTATION.md, "Not annotated").
 */

/**
 * After the number, a date or time of day: `5月17日` `20时` `9月份` `一季度` `2023届`
 * `80后` `20:30` (`:` with a digit). `个月` `小时` `个季度` are units and are
 * matched before these, so `3个月` `24小时` stay quantities.
 */
export const DATE_WORDS_AFTER = [
  '月份', '年代', '年级', '年度', '月', '日', '号', '时', '季度', '届', '世纪', '年代', '后', '周年', '秒', '分', '级', '楼', '点', '·', '•',
] as const;

/**
 * `点` after a number is a time only with these around it (`8点半` `20点前`),
 * otherwise it counts items (`提出3点要求`).
 */
export const CLOCK_POINT_AFTER = ['钟', '整', '半', '前', '后', '到', '至', '许', '左右', '多', '时'] as const;

/** Before the number, an ordinal or a weekday: `第22个` `第四巡察组` `周一` `星期三` `初一`. */
export const ORDINAL_BEFORE = ['第', '星期', '礼拜', '周', '初'] as const;

/**
 * Names, slogans and idioms that hold numerals, refused as a whole where they
 * start: `百日攻坚` `三年专项整治` `12345热线` `二十大` `十四五` `一梯一策` (the
 * `一X一Y` pattern is a rule, see not-quantity.ts) `千家万户` `五台山`.
 */
export const NUMERAL_NAMES = [
  '百日攻坚', '百日行动', '百日会战', '百日专项', '三年行动', '三年专项', '三年攻坚', '十四五', '十三五', '十五五',
  '二十大', '十九大', '十八大', '二十届', '一带一路', '一网通办', '一网统管', '一条龙', '一次性', '一揽子', '一体化',
  '一把手', '一站式', '一盘棋', '一张网', '一张图', '一张蓝图', '一刀切', '一票否决', '一起', '一家人', '一门心思',
  '一点', '一批', '一线', '一对一', '千家万户', '千方百计', '千军万马', '万无一失', '三番五次', '三令五申', '五花八门',
  '四面八方', '四通八达', '七上八下', '一五一十', '十全十美', '一心一意', '九牛一毛', '三五成群', '一成不变', '一期工程',
  '二期工程', '三期工程', '五台山', '九台', '七台河', '三门峡', '二道', '一汽', '双台子', '万家灯火', '十字路口',
  '十佳', '百强', '百佳', '五星级', '三甲', '二甲', '一级响应', '二级响应', '三级响应', '四级响应', '半年', '半月',
  '一二三', '两会', '两新', '两个维护', '四个意识', '四个自信', '两个确立', '三会一课', '一岗双责', '党政同责',
] as const;

/** `一起` is `together` unless an accident or case follows: `一起较大事故`, `一起案件`. */
export const ONE_QI_COUNTED = ['事故', '案件', '案', '火灾', '较大', '重大', '特大', '一般', '生产安全', '交通', '违法', '刑事', '溺水', '爆炸'] as const;

/** Words just before digits that make them a phone number, a hotline or a code: `拨打12345`. */
export const CODE_WORDS_BEFORE = ['拨打', '致电', '电话', '热线', '号码', '手机', '传真', '邮编', '编号', '代码', '备案号', '工号', '证号'] as const;

/** Words just after digits that make them a name: `12345热线` `12350热线` `110报警`. */
export const CODE_WORDS_AFTER = ['热线', '平台', '服务热线', '报警', '急救', '指挥中心', '便民', '政务', '号线', '路公交'] as const;

/** Before a number, a list marker: `（一）` `(1)` `\n一、` `\n1.` — refused with the marker after. */
export const LIST_MARKER_AFTER = ['、', '.', ')', '）'] as const;

/** Year heads: an Arabic integer this long before `年` is a year (`2022年`), shorter is a duration (`18年`). */
export const YEAR_DIGITS = 4 as const;
