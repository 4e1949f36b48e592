import type { MetricFamily } from './types.js';

/**
 * Figures that are report metrics but fit no family of the taxonomy: they stay
 * facts with metric `other`, action and object still read (the verbs come from
 * rules/lexicon/report-verbs.ts).
 */
export const OTHER: MetricFamily = {
  rules: [],
  examples: [
    { text: '5月份全市共受理群众投诉举报1200余件', quantity: '1200余件', metric: 'other', action: '受理', object: '群众投诉举报' },
    { text: '平台运行以来，日均接报70件', quantity: '70件', metric: 'other', action: '接报' },
    { text: '投入资金近600万元', quantity: '近600万元', metric: 'other', action: '投入', object: '资金' },
    { text: '营救被困群众156人', quantity: '156人', metric: 'other', action: '营救', object: '被困群众' },
    { text: '接待游客近86万人次', quantity: '近86万人次', metric: 'other', action: '接待' },
    { text: '合格率为百分之九十一点五', quantity: '百分之九十一点五', metric: 'other', object: '合格率' },
    // A change is no whole its parts inherit: the share after 其中 is no trend.
    { text: '全年共处理救护召唤5.87万宗，按年上升4.6%。其中涉及65岁或以上长者的个案占46.8%', quantity: '46.8%', metric: 'other' },
  ],
  negatives: [
    { text: '挽回经济损失约3.2万元', quantity: '约3.2万元', metric: 'other', reason: 'a loss recovered is not an accident loss' },
  ],
};
