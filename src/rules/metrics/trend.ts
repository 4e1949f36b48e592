import type { MetricFamily } from './types.js';

/**
 * Trend figures are recognised by the clause reader (a change verb after a
 * comparison: `同比下降`, `较去年提高`, or a change verb with % / 个百分点), which
 * sets the action; these rules then name the metric.
 */
export const TREND: MetricFamily = {
  rules: [
    { id: 'trend:percentage-point', metric: 'trend', kinds: ['percentage_point'], priority: 4 },
    { id: 'trend:change', metric: 'trend', verbs: ['同比', '环比', '按年', '增长', '下降', '上升', '提高', '减少', '增加', '降低', '下滑', '回落', '回升', '提升', '增多', '下跌', '上涨'], kinds: ['percent', 'percentage_point'], priority: 4 },
    // 降幅分别为6.9%及29.4%: the size of a change, named as a noun (年增率為-10.3%, 年減2.9% in Taiwanese usage).
    { id: 'trend:size-of-change', metric: 'trend', objects: ['降幅', '增幅', '减幅', '涨幅', '增速', '年增率', '年减率', '增长率', '年增', '年减'], kinds: ['percent', 'percentage_point'], priority: 4 },
    // A table's 同比（%） column: each cell is a change against a year before (-20.0, 100.0).
    { id: 'trend:column', metric: 'trend', objects: ['同比', '环比', '按年', '比上年', '同比增减', '增减'], kinds: ['percent', 'percentage_point'], priority: 3 },
    { id: 'trend:compared', metric: 'trend', verbs: ['同比', '环比', '按年'], priority: 6 }, // 按年: Hong Kong's 同比
  ],
  examples: [
    { text: '消防处去年共处理火警3.4万宗，按年下跌5.2%', quantity: '5.2%', metric: 'trend' },
    { text: '火灾件数较上年减少138件，死亡人数减少5人，降幅分别为6.9%及29.4%', quantity: '29.4%', metric: 'trend' },
    { text: '9月份救護出勤3,217件，年增率3.6%', quantity: '3.6%', metric: 'trend' },
    { text: '受傷人數51萬2,340人，年減2.9%', quantity: '2.9%', metric: 'trend' }, // 年減/年增: Taiwan's 同比下降/增长
    { text: '新北市、桃園市死亡人數分別年減11.2%及9.7%', quantity: '9.7%', metric: 'trend' },
    { text: '死亡人數為2,816人，較113年減少131人（-4.4%）', quantity: '-4.4%', metric: 'trend' }, // the change again, in percent
    { text: '同比增长9.5%', quantity: '9.5%', metric: 'trend' },
    { text: '事故起数和死亡人数同比分别下降14.8%和8.7%', quantity: '8.7%', metric: 'trend' },
    { text: '全市亿元GDP生产安全事故死亡率同比下降0.6个百分点', quantity: '0.6个百分点', metric: 'trend' },
    { text: '死亡人数同比减少3人', quantity: '3人', metric: 'trend' },
    { text: '较去年同期增加14个', quantity: '14个', metric: 'trend' },
    { text: '亡人事故起数下降9.4%', quantity: '9.4%', metric: 'trend' },
  ],
};
