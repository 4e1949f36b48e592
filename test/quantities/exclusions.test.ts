/**
 * Not quantities (corpus/gold/ANNOTATION.md, "Not annotated"): dates and times,
 * ordinals, numerals in names, slogans and idioms, list markers, codes.
 */
import { runNegatives, runTable } from './harness.js';

runNegatives('dates and times', [
  { in: '5月17日', reason: 'a date' },
  { in: '截至今天20时', reason: 'a time of day' },
  { in: '2022年', reason: 'a year' },
  { in: '二〇二二年', reason: 'a year in numerals' },
  { in: '2023届毕业生', reason: 'a class year' },
  { in: '9月份', reason: 'a month' },
  { in: '一季度', reason: 'a quarter is a period' },
  { in: '四季度', reason: 'a quarter is a period' },
  { in: '上半年', reason: 'a half year is a period' },
  { in: '20:30', reason: 'a clock time' },
  { in: '2022-05-17', reason: 'an ISO date' },
  { in: '2023/5/17', reason: 'a slashed date' },
  { in: '八点半', reason: 'a clock time in numerals' },
  { in: '建国70周年', reason: 'an anniversary' },
  { in: '80后', reason: 'a generation' },
  { in: '周一', reason: 'a weekday' },
  { in: '每晚8点到11点安排两人一组轮流巡查', none: '11点', reason: 'the end of a span of hours' },
  { in: '每晚8点到11点安排两人一组轮流巡查', none: '8点', reason: 'a time of day' },
  { in: '她每天早上8点出门检查', none: '8点', reason: 'a time of day' },
  { in: '福州市、泉州市、厦门市罚款金额居全省前三位', none: '三位', reason: 'a rank' },
]);

runNegatives('ordinals', [
  { in: '第22个“安全生产月”', reason: 'an ordinal' },
  { in: '第四巡察组', reason: 'an ordinal' },
  { in: '第3轮', reason: 'an ordinal' },
  { in: '本年度第三次', reason: 'an ordinal' },
  { in: '（上接第一版）', reason: 'page furniture' },
]);

runNegatives('names, slogans and idioms', [
  { in: '百日攻坚行动', reason: 'a campaign name' },
  { in: '三年专项整治', reason: 'a campaign name' },
  { in: '“五化”闭环工作法', reason: 'a slogan' },
  { in: '两行动一检查', reason: 'a slogan' },
  { in: '一梯一策', reason: 'a slogan: the numeral repeats' },
  { in: '一户一档', reason: 'a slogan: the numeral repeats' },
  { in: '12345热线', reason: 'a hotline' },
  { in: '12350热线', reason: 'a hotline' },
  { in: '拨打12345', reason: 'a number to call' },
  { in: '千家万户', reason: 'an idiom' },
  { in: '一成不变', reason: 'an idiom' },
  { in: '五台山', reason: 'a place name' },
]);

runNegatives('list markers', [
  { in: '（一）加强组织领导', reason: 'a list marker' },
  { in: '一、总体要求', reason: 'a list marker' },
  { in: '1.加强领导', reason: 'a list marker' },
  { in: '(2)落实责任', reason: 'a list marker' },
  { in: '注：1.本表统计范围为工矿商贸领域；2.死亡人数含失踪人数', reason: 'a list marker after the ：/； closing the item before' },
]);

runNegatives('the base of a rate', [
  { in: '每十万人口火灾死亡率0.12', none: '十万人', reason: 'after 每' },
  { in: '每10万人拥有消防员3.2人', none: '10万人', reason: 'after 每, in digits' },
  { in: '工矿商贸就业人员十万人生产安全事故死亡率为0.85', none: '十万人', reason: 'before the rate it divides' },
  { in: '煤矿百万吨死亡率为0.05', none: '百万吨', reason: 'before the rate it divides' },
  { in: '工矿商贸就业人员十万人生产安全事故死亡人数0.98人', none: '十万人', reason: 'before the per-base count it divides' },
]);

// … but a count in digits before a rate is a count, and the rate's own value is a figure.
runTable('counts and values next to a rate', [
  { in: '抽检样品1000批次合格率98%', text: '1000批次', value: 1000, unit: '批次' },
  { in: '检查企业100家，合格率98%', text: '100家', value: 100, unit: '家' },
  { in: '煤矿百万吨死亡率为0.05', text: '0.05', value: 0.05, unit: null },
  // 一起 closing its clause after what it counts is one, not `together`
  { in: '道路运输行业发生较大事故一起，同比减少两起', text: '一起', value: 1, unit: '起' },
]);
