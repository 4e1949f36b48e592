import type { MetricFamily } from './types.js';

const ACCIDENT_OBJECTS = ['事故', '火灾', '火警', '起火原因', '经济损失', '财产损失', '财物损失', '伤亡', '遇难', '失踪', '死亡', '受伤', '重伤', '轻伤', '受灾', '亡人', '警情', '火情', '过火面积', '溺水', '溺亡',
  '意外', '中毒', '停电', '停水', '倒断杆', '倒杆', '断杆', '坍方', '塌方', '落石',
  '受旱', '重旱', '干枯', '饮水困难', '因旱']; // drought damage counts as 受灾 does
/** Devices and warnings that name fires or drowning without counting them (安装住宅用火灾警报器1050颗, 防溺水警示牌1420块). */
const DEVICES = ['警报器', '报警器', '探测器', '灭火器', '报警装置', '警示牌', '警示', '提醒', '短信', '宣传'];

const HOMES = ['房屋', '民房', '农房', '住房', '房'];
const AREA_UNITS = ['亩', '公顷', '平方米', '平方公里'];

/** Accidents, fires, deaths, injuries, losses. */
export const ACCIDENTS: MetricFamily = {
  rules: [
    { id: 'accidents:object', metric: 'accidents', objects: ACCIDENT_OBJECTS, kinds: ['count', 'money'], not: ['隐患', '挽回', '避免', '防止', '预防', '恢复', '转移', '安置', '撤离', '疏散', '预案', ...DEVICES] },
    // People an event caused to die or be hurt (上述案件共造成167人死亡、52人重伤): the cause's noun (案件) counts for nothing.
    { id: 'accidents:caused', metric: 'accidents', verbs: ['造成', '导致', '致使'], units: ['人', '名', '余人', '户', '余户'], kinds: ['count'], priority: 2 },
    // 亡2人、伤5人: the one-character forms, only with people counted.
    { id: 'accidents:short', metric: 'accidents', verbs: ['亡', '伤'], units: ['人', '名'], kinds: ['count'], priority: 1, not: ['避免', '防止', '预防'] },
    // Not 损坏: 设施损坏 describes hazards too.
    { id: 'accidents:verb', metric: 'accidents', verbs: ['死亡', '受伤', '遇难', '失踪', '受灾', '伤亡', '火灾扑救', '重伤', '轻伤', '倒塌', '损毁', '冲毁', '溺亡', '停电', '倒断杆', '断杆', '倒杆'], kinds: ['count'], priority: 1, not: ['避免', '防止'] },
    // … but homes counted in rooms are disaster damage (严重损坏房屋240余间, 一般损坏7.8万间 with 房屋 carried over);
    // 损坏 stays no verb of this family, so that 发现消防设施损坏…问题 keeps 发现.
    { id: 'accidents:damaged-homes', metric: 'accidents', objects: HOMES, units: ['间'], kinds: ['count'], priority: -1 },
    // Crops and forest lost to a disaster: 成灾3.1万亩, 绝收约6500亩, 受害森林面积约310公顷.
    { id: 'accidents:crop-loss', metric: 'accidents', verbs: ['成灾', '绝收', '受害'], units: AREA_UNITS, kinds: ['count'], priority: 1 },
    // 死亡人数58人, 火灾亡人数为0, 受伤人数由去年同期的11人降至4人: a count of people hurt (the count word 人数 alone is also publicity's).
    { id: 'accidents:people-count', metric: 'accidents', verbs: ['亡', '死亡', '受伤', '伤亡', '遇难', '失踪'], objects: ['人数'], kinds: ['count', 'number'], priority: 2 },
    { id: 'accidents:people-count-object', metric: 'accidents', objects: ['死亡人数', '受伤人数', '伤亡人数', '亡人数', '遇难人数', '失踪人数'], kinds: ['count', 'number'], priority: 2 },
    // A death or accident rate, written as a bare number: 亿元地区生产总值生产安全事故死亡率为0.028.
    { id: 'accidents:rate', metric: 'accidents', objects: ['死亡率', '事故率', '伤亡率', '亡人率'], kinds: ['number'], priority: 1 },
    { id: 'accidents:crop-loss-object', metric: 'accidents', objects: ['成灾面积', '绝收面积', '受害面积', '受害森林面积', '成灾', '绝收', '受损面积'], units: AREA_UNITS, kinds: ['count'], priority: 1 },
    // Money lost to a disaster, whatever was lost (农业损失1.62亿元, 基础设施损失1.95亿元, 农损逾2.3亿元); not a loss averted.
    { id: 'accidents:money-loss', metric: 'accidents', objects: ['损失', '农损', '灾损', '损失金额'], kinds: ['money'], not: ['挽回', '避免', '减少', '防止', '预防', '减损', '减轻'] },
  ],
  examples: [
    // A period word opening the noun is the period's, not what was counted.
    { text: '全年因灾直接经济损失2.1亿元', quantity: '2.1亿元', metric: 'accidents', object: '因灾直接经济损失' },
    { text: '消防处去年共处理火警3.4万宗，按年下跌5.2%', quantity: '3.4万宗', metric: 'accidents' },
    { text: '全市事故起数和死亡人数分别为42起、12人', quantity: '42起', metric: 'accidents', object: '事故起数' },
    { text: '道路运输行业发生较大事故一起，同比减少两起', quantity: '一起', metric: 'accidents' },
    { text: '造成12人死亡，财物损失约1亿3600万元', quantity: '约1亿3600万元', metric: 'accidents' },
    { text: '一辆货车侧翻，造成3人死亡、5人受伤', quantity: '3人', metric: 'accidents', action: '造成' },
    { text: '全年共接獲工作意外申報6,215宗，按年下降3.8%，涉及7人死亡', quantity: '7人', metric: 'accidents' },
    { text: '上述案件共造成167人死亡、52人重伤', quantity: '167人', metric: 'accidents', action: '造成' },
    { text: '台风共造成52.2万户用户停电，10千伏及以下线路倒断杆3420基', quantity: '3420基', metric: 'accidents' },
    { text: '台风共造成52.2万户用户停电，10千伏及以下线路倒断杆3420基', quantity: '52.2万户', metric: 'accidents' },
    { text: '全年共录得工业意外8917宗', quantity: '8917宗', metric: 'accidents' },
    { text: '供暖季全市发生一氧化碳中毒事件17起', quantity: '17起', metric: 'accidents' },
    { text: '全州农作物受旱面积86.4万亩，其中重旱21.3万亩；因旱饮水困难人口26.8万人', quantity: '26.8万人', metric: 'accidents' },
    { text: '全市共发生各类生产安全事故46起、死亡21人、受伤17人', quantity: '46起', metric: 'accidents', action: '发生' },
    { text: '全市共发生各类生产安全事故46起、死亡21人、受伤17人', quantity: '21人', metric: 'accidents', action: '死亡' },
    { text: '直接经济损失1268.4万元', quantity: '1268.4万元', metric: 'accidents', action: null, object: '直接经济损失' },
    { text: '全县直接经济损失4.37亿元，其中农业损失1.62亿元、基础设施损失1.95亿元', quantity: '1.95亿元', metric: 'accidents' },
    { text: '造成農作物受損面積3,652公頃', quantity: '3,652公頃', metric: 'accidents' },
    { text: '颱風期間全縣停水約1,500戶', quantity: '約1,500戶', metric: 'accidents' },
    { text: '縣道及鄉道發生坍方、落石34處', quantity: '34處', metric: 'accidents' },
    // A ranking with no verb: the noun it ranks names what the figures listed after 分别为 count.
    { text: '长沙市、衡阳市、邵阳市火灾起数居全省前三位，分别为468起、392起、351起', quantity: '392起', metric: 'accidents' },
    { text: '从区域分布看，鼓楼区、云龙区火灾起数居全市前两位，分别为28起和24起', quantity: '24起', metric: 'accidents' },
    // A clause of bare items after a figure no verb reported goes on counting what it counted.
    { text: '火災件數以新北市3,527件最多，臺中市3,061件、高雄市2,894件次之', quantity: '2,894件', metric: 'accidents' },
    // … and a ranking that announces its list at its end: fires counted by their causes.
    { text: '起火原因排首三位的分別為：燃放煙花爆竹17宗、煮食不慎9宗、棄置未熄滅煙蒂6宗', quantity: '9宗', metric: 'accidents' },
    { text: '接报道路交通事故4.3万起', quantity: '4.3万起', metric: 'accidents' },
    { text: '死亡人数58人、受伤人数367人', quantity: '367人', metric: 'accidents' },
    { text: '区消防救援支队共接警出动2311次，其中火灾扑救387起', quantity: '387起', metric: 'accidents' },
    { text: '各类自然灾害共造成约86.4万人次不同程度受灾', quantity: '约86.4万人次', metric: 'accidents', object: null },
    { text: '强降雨造成1.2万人不同程度受灾', quantity: '1.2万人', metric: 'accidents' },
    { text: '此次强降雨造成全市8.7万人受灾', quantity: '8.7万人', metric: 'accidents', object: null },
    { text: '强降雨共造成8市32个县（市、区）28.6万人受灾', quantity: '28.6万人', metric: 'accidents', action: '受灾' },
    { text: '农作物受灾面积1.3万公顷，倒塌房屋46间', quantity: '46间', metric: 'accidents', action: '倒塌' },
    { text: '损毁道路32公里', quantity: '32公里', metric: 'accidents' },
    { text: '发生较大火灾1起，亡2人、伤5人', quantity: '2人', metric: 'accidents' },
    { text: '发生较大火灾1起，亡2人、伤5人', quantity: '5人', metric: 'accidents' },
    { text: '全县发生森林火情3起，过火面积1.6公顷', quantity: '3起', metric: 'accidents' },
    { text: '全县发生森林火情3起，过火面积1.6公顷', quantity: '1.6公顷', metric: 'accidents' },
    { text: '冲毁道路12公里', quantity: '12公里', metric: 'accidents' },
    { text: '倒塌房屋96间，严重损坏房屋240余间', quantity: '240余间', metric: 'accidents', object: '房屋' },
    { text: '倒塌房屋2100余间，严重损坏3.6万间，一般损坏7.8万间', quantity: '7.8万间', metric: 'accidents' },
    { text: '农作物受灾面积5.7万亩，成灾3.1万亩，绝收约6500亩', quantity: '3.1万亩', metric: 'accidents' },
    { text: '农作物受灾面积5.7万亩，成灾3.1万亩，绝收约6500亩', quantity: '约6500亩', metric: 'accidents' },
    { text: '受害森林面积约310公顷', quantity: '约310公顷', metric: 'accidents' },
    { text: '电动自行车火灾亡人数为0', quantity: '0', metric: 'accidents' },
    { text: '受伤人数由去年同期的11人降至4人', quantity: '4人', metric: 'accidents' },
    { text: '亿元地区生产总值生产安全事故死亡率为0.028', quantity: '0.028', metric: 'accidents', object: '亿元地区生产总值生产安全事故死亡率' },
    { text: '工矿商贸就业人员十万人生产安全事故死亡率为0.85', quantity: '0.85', metric: 'accidents' },
  ],
  negatives: [
    { text: '成功预警并转移群众，避免可能伤亡46人', quantity: '46人', metric: 'other', reason: 'casualties avoided did not happen' },
    { text: '牵头制定大客流踩踏、火灾、极端天气等专项应急预案11项', quantity: '11项', metric: 'other', reason: 'plans for accidents are no accidents' },
    { text: '全市累计补助安装住宅用火灾警报器1050颗', quantity: '1050颗', metric: 'other', reason: 'alarms installed, not fires' },
    { text: '已恢复供电用户13.4万户', quantity: '13.4万户', metric: 'other', reason: 'power restored, not lost' },
    { text: '为企业挽回经济损失1500余万元', quantity: '1500余万元', metric: 'other', reason: 'a loss averted' },
    { text: '全县受灾人口12.83万人，紧急转移安置2.16万人，其中集中安置6420人', quantity: '2.16万人', metric: 'other', reason: 'people moved to safety, not hurt (the gold: 转移安置群众 is other), even with 受灾人口 carried over' },
    { text: '新增更换防溺水警示牌1420块，推送防溺水安全提醒短信12.4万条', quantity: '12.4万条', metric: 'publicity.reach', reason: 'warnings, not drownings' },
    { text: '发现消防设施损坏问题12处', quantity: '12处', metric: 'hazards.found', reason: 'damaged equipment found in an inspection is a hazard' },
  ],
};
