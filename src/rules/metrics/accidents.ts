import type { MetricFamily } from './types.js';

const ACCIDENT_OBJECTS = ['事故', '火灾', '经济损失', '财产损失', '伤亡', '遇难', '失踪', '死亡', '受伤', '受灾', '亡人', '警情', '火情', '过火面积', '溺水', '溺亡'];

/** Accidents, fires, deaths, injuries, losses. */
export const ACCIDENTS: MetricFamily = {
  rules: [
    { id: 'accidents:object', metric: 'accidents', objects: ACCIDENT_OBJECTS, kinds: ['count', 'money'], not: ['隐患', '挽回', '避免', '防止', '预防'] },
    // 亡2人、伤5人: the one-character forms, only with people counted.
    { id: 'accidents:short', metric: 'accidents', verbs: ['亡', '伤'], units: ['人', '名'], kinds: ['count'], priority: 1 },
    // Not 损坏: 设施损坏 describes hazards too.
    { id: 'accidents:verb', metric: 'accidents', verbs: ['死亡', '受伤', '遇难', '失踪', '受灾', '伤亡', '火灾扑救', '重伤', '轻伤', '倒塌', '损毁', '冲毁', '溺亡'], kinds: ['count'], priority: 1 },
  ],
  examples: [
    { text: '一辆货车侧翻，造成3人死亡、5人受伤', quantity: '3人', metric: 'accidents', action: '造成' },
    { text: '全市共发生各类生产安全事故46起、死亡21人、受伤17人', quantity: '46起', metric: 'accidents', action: '发生' },
    { text: '全市共发生各类生产安全事故46起、死亡21人、受伤17人', quantity: '21人', metric: 'accidents', action: '死亡' },
    { text: '直接经济损失1268.4万元', quantity: '1268.4万元', metric: 'accidents', action: null, object: '直接经济损失' },
    { text: '接报道路交通事故4.3万起', quantity: '4.3万起', metric: 'accidents' },
    { text: '死亡人数58人、受伤人数367人', quantity: '367人', metric: 'accidents' },
    { text: '区消防救援支队共接警出动2311次，其中火灾扑救387起', quantity: '387起', metric: 'accidents' },
    { text: '各类自然灾害共造成约86.4万人次不同程度受灾', quantity: '约86.4万人次', metric: 'accidents', object: null },
    { text: '强降雨造成1.2万人不同程度受灾', quantity: '1.2万人', metric: 'accidents' },
    { text: '此次强降雨造成全市8.7万人受灾', quantity: '8.7万人', metric: 'accidents', object: null },
    { text: '农作物受灾面积1.3万公顷，倒塌房屋46间', quantity: '46间', metric: 'accidents', action: '倒塌' },
    { text: '损毁道路32公里', quantity: '32公里', metric: 'accidents' },
    { text: '发生较大火灾1起，亡2人、伤5人', quantity: '2人', metric: 'accidents' },
    { text: '发生较大火灾1起，亡2人、伤5人', quantity: '5人', metric: 'accidents' },
    { text: '全县发生森林火情3起，过火面积1.6公顷', quantity: '3起', metric: 'accidents' },
    { text: '全县发生森林火情3起，过火面积1.6公顷', quantity: '1.6公顷', metric: 'accidents' },
    { text: '冲毁道路12公里', quantity: '12公里', metric: 'accidents' },
  ],
};
