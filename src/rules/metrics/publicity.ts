import type { MetricFamily } from './types.js';

const EVENT_OBJECTS = ['宣传活动', '活动', '培训班', '培训', '演练', '演习', '宣传点', '咨询点', '咨询台', '宣传站', '讲座', '会议', '专项行动', '竞赛', '主题日', '宣讲', '咨询日', '轮训班', '课堂', '展览', '访谈', '公开课', '直播'];
const REACH_VERBS = ['宣传', '发放', '覆盖', '入户宣传', '培训', '参与', '解答', '参演', '受益', '受教育', '张贴', '悬挂', '播放', '引导', '接受教育', '发送', '受众', '印发', '培训人员', '参训', '受训', '观看', '吸引', '参加'];
const REACH_OBJECTS = ['宣传资料', '宣传品', '明白纸', '宣传单', '手册', '安全提示', '参与人数', '参加人数', '参训人数', '培训人数', '覆盖人数', '受益人数', '观看人数', '受教育人数', '浏览量', '资料', '传单', '短信', '标语', '横幅', '点击量', '观看', '受众', '阅读量', '播放量', '参训人员', '观看量', '承诺书', '咨询群众', '宣导民众', '受教育群众', '教育群众'];

/** Campaigns, trainings and drills held; people reached and materials handed out. */
export const PUBLICITY: MetricFamily = {
  rules: [
    // Messages pushed count people reached (推送安全提示1.5亿人次), not the items pushed (推送短视频一千余条 is other in the gold).
    { id: 'publicity.reach:push', metric: 'publicity.reach', verbs: ['推送'], units: ['人次', '人', '户次', '户'], kinds: ['count'], priority: 1 },
    { id: 'publicity.events:object', metric: 'publicity.events', objects: EVENT_OBJECTS, units: ['场', '场次', '期', '次', '个', '项', '次以上', '余场'], kinds: ['count'] },
    { id: 'publicity.events:verb+unit', metric: 'publicity.events', verbs: ['开展', '举办', '组织', '设置', '举行', '召开', '宣讲', '设立', '宣传'], units: ['场', '场次', '期'], kinds: ['count'], priority: -1 },
    // 发送道路旅客486万人次 carries passengers, it reaches no one.
    { id: 'publicity.reach:verb', metric: 'publicity.reach', verbs: REACH_VERBS, units: ['份', '册', '张', '人次', '户次', '人', '名', '万人次', '条', '本', '次', '户', '位'], kinds: ['count'], not: ['旅客', '乘客', '游客', '货物', '物资'] },
    { id: 'publicity.reach:object', metric: 'publicity.reach', objects: REACH_OBJECTS, kinds: ['count', 'number'], priority: -1 },
    // 服务群众2.4万余人次 reaches people; 服务860余次, 提供救助服务3400余次 count services given.
    { id: 'publicity.reach:served', metric: 'publicity.reach', verbs: ['服务'], units: ['人次', '户次', '人', '名', '万人次', '户', '位'], kinds: ['count'], not: ['旅客', '乘客', '游客', '货物', '物资'] },
  ],
  examples: [
    { text: '活动当天现场咨询群众2000余人', quantity: '2000余人', metric: 'publicity.reach' },
    { text: '组织沿河村民和学生家长签订安全承诺书68.5万份', quantity: '68.5万份', metric: 'publicity.reach' },
    { text: '全县共开展防火宣传236场次', quantity: '236场次', metric: 'publicity.events' },
    { text: '全年舉辦職安卡課程1,420班，共有3萬6千人次參加', quantity: '3萬6千人次', metric: 'publicity.reach' },
    { text: '青少年日、个人信息保护日等6个主题日相继举行', quantity: '6个', metric: 'publicity.events', object: '主题日' },
    { text: '通过短信、微信推送安全提示信息1.5亿人次', quantity: '1.5亿人次', metric: 'publicity.reach', action: '推送' },
    { text: '组织宣传活动2764场次', quantity: '2764场次', metric: 'publicity.events' },
    { text: '全省共设置宣传点2528个', quantity: '2528个', metric: 'publicity.events' },
    { text: '设置安全宣传咨询点86个', quantity: '86个', metric: 'publicity.events', action: '设置', object: '安全宣传咨询点' },
    { text: '开展应急演练6场', quantity: '6场', metric: 'publicity.events' },
    { text: '合共舉行消防疏散演習112場', quantity: '112場', metric: 'publicity.events' }, // Hong Kong and Macau say 演习 for 演练
    { text: '举办专题培训班六十余期', quantity: '六十余期', metric: 'publicity.events' },
    { text: '发放宣传资料28.6万份', quantity: '28.6万份', metric: 'publicity.reach', action: '发放', object: '宣传资料' },
    { text: '累计服务群众2.4万余人次', quantity: '2.4万余人次', metric: 'publicity.reach' },
    { text: '开展入户宣传50余万户次', quantity: '50余万户次', metric: 'publicity.reach' },
    { text: '综合覆盖人数超1000万人次', quantity: '超1000万人次', metric: 'publicity.reach' },
  ],
  negatives: [
    { text: '各地向户外作业人员发放防暑降温物资1.2万份', quantity: '1.2万份', metric: 'other', reason: 'relief goods handed out are no publicity' },
    { text: '全省累计发送道路旅客约486.3万人次，日均69.5万人次', quantity: '69.5万人次', metric: 'other', reason: 'passengers carried reach no one, also when elided' },
    { text: '国庆假期全省发送道路旅客约486.3万人次', quantity: '约486.3万人次', metric: 'other', reason: 'passengers carried, not people reached' },
    { text: '高速公路服务区累计服务860余次', quantity: '860余次', metric: 'other', reason: 'services given, not people reached' },
    { text: '收容中心最高收容人數為412人', quantity: '412人', metric: 'other', reason: 'a head count is no reach (人数 alone names no publicity)' },
  ],
};
