import type { MetricFamily } from './types.js';

/** Units of weight: goods seized by weight are not counted as actions (the gold's 收缴非法烟花爆竹约1.6吨 is other). */
const WEIGHT_UNITS = ['吨', '公斤', '千克', '斤', '克', '万吨'];
/** Units of goods counted by the piece (气瓶…只, 烟花…箱): seized goods are no action. */
const GOODS_UNITS = ['只', '箱', '瓶', '盒', '袋', '桶', '罐'];
const FINE_WORDS = ['罚款', '处罚', '罚没', '罚没款', '行政处罚', '罚金', '经济处罚', '没收违法所得', '违法所得', '处以罚款', '罚锾', '处以罚锾'];
const ACTION_VERBS = [
  '行政处罚', '立案', '查处', '关闭取缔', '停产整顿', '责令', '约谈', '曝光', '挂牌督办', '移交', '处理处分', '处分', '查封', '扣押', '信用扣分',
  '刑事立案', '扣分', '责令停业', '问责', '拘留', '刑拘', '吊销', '处罚', '取缔', '下达执法文书', '联合惩戒', '停业整顿', '通报批评', '立案查处', '依法查处', '停业整改', '责令停业', '下达停业', '结案', '移送', '暂扣', '吊扣', '扣留', '没收', '行政拘留', '刑事拘留', '取缔',
  '捣毁', '破获', '抓获', '打掉', '处以罚款', '没收', '停工整改', '停产整改', '诫勉谈话', '列入黑名单', '限产停产', '停产限产', '关停', '查封扣押', '罚锾', '处以罚锾', '提请关闭', '依法关闭', '关闭退出',
  // Prosecution and trial: cases charged, people sentenced (提起公诉187件, 判处罪犯253人, 批准逮捕12人; Hong Kong 检控).
  '提起公诉', '公诉', '起诉', '检控', '提出检控', '批准逮捕', '批捕', '逮捕', '判处', '审结', '判决', '追究刑事责任', '移送司法机关', '适用缓刑', '不起诉',
  // Disciplinary sanctions on the people responsible (给予2人撤职处分, 记过6人).
  '撤职', '记过', '记大过', '降级', '开除', '免职', '警告处分', '党纪处分', '政务处分', '诫勉', '组织处理',
];

/** Penalties: money of fines, and cases, closures, orders, interviews. */
export const ENFORCEMENT: MetricFamily = {
  rules: [
    { id: 'enforcement.fines', metric: 'enforcement.fines', verbs: FINE_WORDS, kinds: ['money'], priority: 3 },
    { id: 'enforcement.fines:object', metric: 'enforcement.fines', objects: FINE_WORDS, kinds: ['money'], priority: 3 },
    { id: 'enforcement.actions:verb', metric: 'enforcement.actions', verbs: ACTION_VERBS, kinds: ['count'], priority: 1 },
    // 处罚违法人员14人, 抓获涉案人员12人: people punished, not people deployed (人员 is also a deployment object).
    { id: 'enforcement.actions:people', metric: 'enforcement.actions', verbs: ACTION_VERBS, units: ['人', '名', '人次', '余人'], kinds: ['count'], priority: 2 },
    { id: 'enforcement.actions:documents', metric: 'enforcement.actions', verbs: ['下达', '下发', '发出', '送达', '制发'], objects: ['文书', '通知书', '整改通知', '执法文书', '指令书', '决定书', '传票', '检察建议', '司法建议'], kinds: ['count'], priority: 2 },
    // Firms sent an order (对11家企业下发整改通知书, 向3家企业下达限期整改通知): the firms are the action's count; hazards under the
    // same order (下达限期整改通知546处) stay hazards.pending.
    { id: 'enforcement.actions:ordered-firms', metric: 'enforcement.actions', verbs: ['下发整改', '下达整改', '下发限期整改', '下达限期整改', '发出整改', '送达整改'], units: ['家', '户', '家次', '份', '张'], kinds: ['count'], priority: 4 },
    // Firms put on a list (将19家企业列入重点监管名单, 列入失信黑名单): the figure counts the firms, the list follows the verb.
    { id: 'enforcement.actions:listing', metric: 'enforcement.actions', verbs: ['列入', '纳入'], units: ['家', '户', '个'], kinds: ['count'], not: ['监测', '统计', '范围', '计划', '保障'] },
    // Vehicles impounded (查扣非法营运车辆142辆), like 暂扣/扣押. Confiscated contraband (收缴非法烟花爆竹约1.6吨 in the gold,
    // 1.2万箱 and 查扣非法气瓶3476只 in composed reports) stays other: goods counted by weight or by the piece.
    { id: 'enforcement.actions:seized', metric: 'enforcement.actions', verbs: ['查扣', '查没'], notUnits: [...WEIGHT_UNITS, ...GOODS_UNITS], kinds: ['count'], priority: 1 },
    // Not calls for help (受理救护案件1.3万件, 投诉案件, 受理災情案件2,316件): 案件 there is a case of service, not of a violation.
    { id: 'enforcement.actions:violations', metric: 'enforcement.actions', objects: ['违法行为', '违法违规行为', '案件', '酒驾', '醉驾', '违法犯罪', '定罪个案', '检控个案', '检控', '罪'], units: ['起', '宗', '件', '人'], kinds: ['count'], not: ['救护', '求助', '咨询', '投诉', '救援', '灾情', '警情'] },
    // Orders, warnings and summonses counted as documents (发出暂时停工通知书386份, 書面警告1,126份、停工令57份, 檢控傳票1,127張).
    { id: 'enforcement.actions:order-documents', metric: 'enforcement.actions', objects: ['停工通知书', '整改通知书', '改善通知书', '整改指令书', '处罚决定书', '执法文书', '清拆令', '停工令', '法定通知', '修葺令', '勘测令', '书面警告', '警告信', '传票', '罚款通知书', '告票', '罚单'], units: ['份', '张', '件'], kinds: ['count'], priority: 1 },
    // Ships detained (滞留船舶83艘次); stranded passengers are not.
    { id: 'enforcement.actions:detained-ships', metric: 'enforcement.actions', verbs: ['滞留'], units: ['艘', '艘次'], kinds: ['count'], priority: 2 },
  ],
  examples: [
    // A 其中 part counted by a verb no rule lists whole (责令停产整顿: the rule reads 停产整顿).
    { text: '责令停产整顿矿山214处，其中煤矿137处、非煤矿山77处', quantity: '77处', metric: 'enforcement.actions' },
    { text: '对报警处置率低于90%的11家企业下发整改通知书', quantity: '11家', metric: 'enforcement.actions' },
    { text: '向3家企业下达限期整改通知', quantity: '3家', metric: 'enforcement.actions' },
    { text: '对6名责任人给予党纪政务处分，其中撤职2人、记过6人', quantity: '6人', metric: 'enforcement.actions' },
    // A sentence opening with 其中 lists parts of the first figure of the sentence before it.
    { text: '全省共查处交通违法行为386.4万起。其中，酒驾1362起，客车超员12起，超速8.9万起', quantity: '8.9万起', metric: 'enforcement.actions' },
    { text: '发出暂时停工通知书386份', quantity: '386份', metric: 'enforcement.actions' },
    { text: '向違規機構發出書面警告1,126份、停工令57份', quantity: '57份', metric: 'enforcement.actions' },
    { text: '並就違例泊車發出定額罰款通知書逾91萬張', quantity: '逾91萬張', metric: 'enforcement.actions' },
    // An item of a 、-list in the same unit whose verb is no report verb counts as the item before it.
    { text: '查处客车超员96起、超速6.3万起、摩托车驾乘人员不戴头盔9.4万起', quantity: '9.4万起', metric: 'enforcement.actions' },
    { text: '檢控涉嫌酒後駕駛司機287人', quantity: '287人', metric: 'enforcement.actions' },
    { text: '另針對違規燃放爆竹煙火開立罰單3件', quantity: '3件', metric: 'enforcement.actions' },
    { text: '職業安全主任共發出暫時停工通知書142份及敦促改善通知書1,036份', quantity: '1,036份', metric: 'enforcement.actions' },
    { text: '勞工處上半年共提出檢控傳票1,127張，當中已被定罪的傳票958張', quantity: '958張', metric: 'enforcement.actions' },
    { text: '屋宇署上半年共發出清拆令5,312張', quantity: '5,312張', metric: 'enforcement.actions' },
    { text: '共滞留船舶83艘次', quantity: '83艘次', metric: 'enforcement.actions' },
    { text: '经审查提起公诉187件269人', quantity: '187件', metric: 'enforcement.actions', action: '提起公诉' },
    { text: '全市法院共审结危害生产安全刑事案件176件，判处罪犯253人', quantity: '253人', metric: 'enforcement.actions', action: '判处', object: '罪犯' },
    { text: '其中重大责任事故罪132件、重大劳动安全事故罪21件', quantity: '21件', metric: 'enforcement.actions' },
    { text: '针对监管漏洞制发检察建议37份', quantity: '37份', metric: 'enforcement.actions' },
    { text: '责令停产停业整顿企业7家，提请关闭2家', quantity: '2家', metric: 'enforcement.actions' },
    { text: '责令3套生产装置停产整改，将2家企业纳入联合惩戒对象名单', quantity: '2家', metric: 'enforcement.actions' },
    // Hong Kong usage: summonses (传票), convictions (定罪个案).
    { text: '劳工处全年发出传票1235张，定罪个案865宗', quantity: '1235张', metric: 'enforcement.actions' },
    { text: '劳工处全年发出传票1235张，定罪个案865宗', quantity: '865宗', metric: 'enforcement.actions' },
    { text: '责令停止使用设备、查封违规充装设施、约谈使用单位分别为67台、14处、29家', quantity: '14处', metric: 'enforcement.actions', action: '查封', object: '违规充装设施' },
    { text: '罚锾金额2438万元', quantity: '2438万元', metric: 'enforcement.fines' },
    { text: '对违规场所处以罚锾612件', quantity: '612件', metric: 'enforcement.actions' },
    { text: '罚款21.7万元', quantity: '21.7万元', metric: 'enforcement.fines', action: '罚款' },
    { text: '行政处罚123.5万元', quantity: '123.5万元', metric: 'enforcement.fines' },
    { text: '罚款金额达1.36亿元', quantity: '1.36亿元', metric: 'enforcement.fines' },
    { text: '责令停产整顿4家', quantity: '4家', metric: 'enforcement.actions' },
    { text: '关闭取缔3家，曝光2家', quantity: '2家', metric: 'enforcement.actions', action: '曝光' },
    { text: '责令立即整改153项', quantity: '153项', metric: 'enforcement.actions' },
    { text: '查处酒驾行为684起、醉驾行为113起', quantity: '113起', metric: 'enforcement.actions' },
    { text: '对违法行为立案处罚312起', quantity: '312起', metric: 'enforcement.actions' },
    // A change in brackets comments on its figure: neither it nor the next item of the list reads it.
    { text: '各区立案查处违法行为数量分别为：顺德区352宗（同比增长21.4%）、南海区318宗', quantity: '352宗', metric: 'enforcement.actions' },
    { text: '各区立案查处违法行为数量分别为：顺德区352宗（同比增长21.4%）、南海区318宗', quantity: '318宗', metric: 'enforcement.actions' },
    { text: '下达执法文书2.6万余份', quantity: '2.6万余份', metric: 'enforcement.actions' },
    { text: '约谈项目负责人34人次', quantity: '34人次', metric: 'enforcement.actions' },
    { text: '对9家企业予以信用扣分', quantity: '9家', metric: 'enforcement.actions' },
    { text: '查处酒驾违法行为2316起，暂扣驾驶证512本', quantity: '512本', metric: 'enforcement.actions', action: '暂扣' },
    { text: '对存在违法行为的企业依法实施行政处罚46起', quantity: '46起', metric: 'enforcement.actions' },
    { text: '立案查处10件，处理处分11人', quantity: '11人', metric: 'enforcement.actions', action: '处理处分' },
    { text: '给予党纪政务处分5人', quantity: '5人', metric: 'enforcement.actions', action: '处分' },
    { text: '捣毁制售假冒伪劣食品窝点2个', quantity: '2个', metric: 'enforcement.actions', action: '捣毁' },
    { text: '抓获犯罪嫌疑人35名', quantity: '35名', metric: 'enforcement.actions', action: '抓获' },
    { text: '没收违法所得3.2万元', quantity: '3.2万元', metric: 'enforcement.fines' },
    { text: '对3家企业处以罚款', quantity: '3家', metric: 'enforcement.actions' },
    { text: '将19家企业列入重点监管名单', quantity: '19家', metric: 'enforcement.actions' },
    { text: '下达停工整改通知书14份', quantity: '14份', metric: 'enforcement.actions' },
    { text: '对检查中发现问题较多的7家单位予以通报批评', quantity: '7家', metric: 'enforcement.actions', action: '通报批评' },
    { text: '对违规经营的14家企业依法处罚', quantity: '14家', metric: 'enforcement.actions', action: '处罚' },
    { text: '对无证经营的6家门店查封', quantity: '6家', metric: 'enforcement.actions', action: '查封' },
    { text: '处罚违法人员14人', quantity: '14人', metric: 'enforcement.actions', action: '处罚' },
    { text: '依法关停违法企业5家', quantity: '5家', metric: 'enforcement.actions', action: '关停' },
    { text: '约谈并责令限期整改企业8家', quantity: '8家', metric: 'enforcement.actions' },
    { text: '对12家企业实施限产停产', quantity: '12家', metric: 'enforcement.actions' },
    { text: '查扣非法改装、拼装及报废车辆2700多辆', quantity: '2700多辆', metric: 'enforcement.actions', action: '查扣' },
    // Q-O-V with a relative clause closed by 的 inside the counted noun: the verb after it acts.
    { text: '对3家问题突出的燃气经营企业约谈并责令停业整改', quantity: '3家', metric: 'enforcement.actions', action: '约谈', object: '问题突出的燃气经营企业' },
    { text: '全市共有12家违规经营的企业被处罚', quantity: '12家', metric: 'enforcement.actions', action: '处罚', object: '违规经营的企业' },
  ],
  negatives: [
    { text: '查扣非法气瓶3476只', quantity: '3476只', metric: 'other', reason: 'seized goods counted by the piece are other' },
    { text: '應變期間119共受理災情案件2,316件', quantity: '2,316件', metric: 'other', reason: 'reports of damage, not violations' },
    { text: '受理救护案件1.3万件', quantity: '1.3万件', metric: 'other', reason: 'calls for an ambulance, not violations' },
    { text: '全市纳入监测的48家A级旅游景区累计接待游客298万人次', quantity: '48家', metric: 'other', reason: 'put under monitoring is no penalty' },
    { text: '收缴非法烟花爆竹约1.6吨', quantity: '约1.6吨', metric: 'other', reason: 'confiscated contraband is other in the gold' },
    { text: '查扣违禁物品约2吨', quantity: '约2吨', metric: 'other', reason: 'goods counted by weight are other' },
  ],
};
