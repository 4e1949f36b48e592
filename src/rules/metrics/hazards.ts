import type { MetricFamily } from './types.js';
import { MEASURE_UNITS } from '../../quantities/lexicon/units.js';

/** Hazards are counted, never measured: 清理林下可燃物850公顷, 清理淤泥1200立方米 are other. */
const MEASURES: string[] = [...MEASURE_UNITS];

const HAZARD_OBJECTS = ['隐患', '问题', '风险点', '薄弱环节', '违法违规', '违规', '易涝点', '缺陷', '违章', '险情', '危房', '僭建物', '违建', '弃置招牌'];
const FIND_VERBS = ['排查', '发现', '查出', '检查出', '查找', '摸排', '查摆', '梳理', '排查出', '发现掌握', '查处出', '辨识', '发现并', '判定', '鉴定', '认定'];
/** Orders and deadlines are not fixes (`责令立即整改`, `限期整改`, `下达停业整改通知`, `拒不整改`). */
const NOT_FIXED = ['责令', '限期', '正在', '未', '通知', '停业', '拒不', '剩余', '剩下', '待', '下发', '下达'];
const FIX_VERBS = ['整改', '消除', '治理', '整治', '销号', '解决', '处理', '完成整治', '完成整改', '督促整改', '已整改', '当场整改', '整改到位', '消缺', '完成消缺', '已消缺', '移除', '清拆'];

/** Hazards found, fixed, pending, and the rectification rate. */
export const HAZARDS: MetricFamily = {
  rules: [
    // Not 编制判定标准 (对272项重大事故隐患编制判定标准: criteria written, nothing found); not 未发现隐患的企业 (firms where none was found).
    { id: 'hazards.found:verb+object', notUnits: MEASURES, metric: 'hazards.found', verbs: FIND_VERBS, objects: HAZARD_OBJECTS, kinds: ['count'], priority: 2, not: ['编制', '标准', '未发现', '没有发现'] },
    { id: 'hazards.found:object', notUnits: MEASURES, metric: 'hazards.found', objects: ['隐患', '问题隐患', '风险点位', '问题'], kinds: ['count'], noAction: true },
    // Hazards are counted, never priced: 用于地质灾害隐患治理4.5亿元 is money spent (other).
    { id: 'hazards.rectified:verb+object', notUnits: MEASURES, metric: 'hazards.rectified', verbs: FIX_VERBS, objects: HAZARD_OBJECTS, not: NOT_FIXED, kinds: ['count'], priority: 1 },
    { id: 'hazards.rectified:verb', notUnits: MEASURES, metric: 'hazards.rectified', verbs: ['整改', '已整改', '当场整改', '督促整改', '消除', '销号', '整改销号', '已治理', '治理', '整治', '消缺', '完成消缺', '已消缺'], kinds: ['count'], not: NOT_FIXED },
    { id: 'hazards.rectified:clear', notUnits: MEASURES, metric: 'hazards.rectified', verbs: ['拆除', '清理', '清除', '完成整治', '集中解决'], kinds: ['count'], not: NOT_FIXED, priority: -1 },
    { id: 'hazards.pending', notUnits: MEASURES, metric: 'hazards.pending', verbs: ['限期整改', '正在整改', '未整改', '正在限期整改', '跟踪督办', '跟踪落实', '督促整改中', '待整改', '挂账整改', '按期整改', '加紧整改', '正在按期整改', '正在加紧整改', '限期销号', '跟踪整改', '加快整改', '正在加快整改', '正在整治', '正在治理', '正在处置', '正在施工', '正在加固', '整改中', '治理中'], kinds: ['count'], priority: 3, not: ['责令'] }, // 责令限期整改 is an order (enforcement), as 责令立即整改 is
    // 发现“飞线充电”1380处, 查出堵塞消防通道等56项: what a finding verb counts in places or items is a problem found,
    // whatever the object names (not 发现被困人员3人, 发现线索12条).
    { id: 'hazards.found:verb+place-unit', metric: 'hazards.found', verbs: ['发现', '查出', '检查出', '排查出', '发现并'], units: ['处', '项'], kinds: ['count'], priority: -1, not: ['未发现', '没有发现'] },
    // Houses rated unsafe (鉴定为C级危房1874户, D级643户): hazards found.
    { id: 'hazards.found:rated-unsafe', metric: 'hazards.found', verbs: ['鉴定', '评定', '判定', '认定'], objects: ['C级', 'D级', '危房', '危险房屋'], kinds: ['count'], priority: 2 },
    // 剩余177项(重大事故隐患)全部挂牌督办: hazards under supervision are pending; firms 挂牌督办 are enforcement.
    // 重大事故隐患超期未整改23项: 未 before the verb, read into the object, says the work is not done.
    { id: 'hazards.pending:not-yet', notUnits: MEASURES, metric: 'hazards.pending', verbs: ['整改', '完成整改', '销号'], objects: ['超期未', '逾期未', '尚未', '仍未'], kinds: ['count'], priority: 4 },
    { id: 'hazards.pending:supervised', notUnits: MEASURES, metric: 'hazards.pending', verbs: ['挂牌督办'], objects: ['隐患'], kinds: ['count'], priority: 4, not: ['单位', '企业', '案件', '商户', '场所'] },
    // 查处各类隐患18.3万项: 查处 names an enforcement action, but with hazards as its object it finds them.
    { id: 'hazards.found:查处', notUnits: MEASURES, metric: 'hazards.found', verbs: ['查处'], objects: ['隐患', '问题隐患', '安全隐患'], kinds: ['count'], priority: 4 },
    { id: 'hazards.rectification_rate', metric: 'hazards.rectification_rate', objects: ['整改率', '消缺率', '整治率', '整改完成率', '销号率', '整改销号率'], kinds: ['percent'], priority: 5 },
    { id: 'hazards.rectification_rate:action', metric: 'hazards.rectification_rate', verbs: ['整改率'], kinds: ['percent'], priority: 5 },
  ],
  examples: [
    { text: '全省重大事故隐患超期未整改23项', quantity: '23项', metric: 'hazards.pending' },
    { text: '各网格员入户巡查时发现“飞线充电”1380处', quantity: '1380处', metric: 'hazards.found' },
    { text: '共查出堵塞消防通道、违规住人等56项', quantity: '56项', metric: 'hazards.found' },
    // A clause opening with 分别为 lists the figures of the predicate before it, past a ranking (位居前三).
    { text: '霸州市、固安县、永清县排查隐患数量位居前三，分别为96处、83处和71处', quantity: '83处', metric: 'hazards.found' },
    // A clause of a linking word and the figure counts what the clause before it named.
    { text: '分区看，禅城区隐患整改率最高，达98.7%', quantity: '98.7%', metric: 'hazards.rectification_rate' },
    // Ellipsis: a 其中 part is counted by the whole's verb and object, also when jieba finds a verb in it (支撑).
    { text: '发现安全隐患3412条，其中起重机械类1046条、基坑及模板支撑类587条', quantity: '587条', metric: 'hazards.found' },
    { text: '全市隐患整改完成率达98.5%，重大隐患销号率100%', quantity: '100%', metric: 'hazards.rectification_rate' },
    { text: '全市隐患整改完成率达98.5%，重大隐患销号率100%', quantity: '98.5%', metric: 'hazards.rectification_rate' },
    { text: '排查出的9处隐患已整改7处，剩下2处正在施工加固', quantity: '2处', metric: 'hazards.pending' },
    { text: '已整改853处，剩下347处正在整改', quantity: '347处', metric: 'hazards.pending' },
    { text: '全区检查企业和整改隐患数分别为1860家和5230项', quantity: '5230项', metric: 'hazards.rectified', action: '整改' },
    // A list closed by 等问题 names problems found by the list's first verb, whatever verbs its items hold (发放, 调整).
    { text: '发现未按规定发放高温津贴、未合理调整作息时间等问题单位97户', quantity: '97户', metric: 'hazards.found', action: '发现' },
    { text: '入户安检中发现燃气胶管老化、私接私改、使用非标灶具等隐患4.37万处', quantity: '4.37万处', metric: 'hazards.found', action: '发现' },
    { text: '对未整改的177项重大事故隐患全部挂牌督办', quantity: '177项', metric: 'hazards.pending' },
    { text: '業主自行移除僭建物約1萬2,600項', quantity: '約1萬2,600項', metric: 'hazards.rectified' },
    { text: '经安全鉴定，鉴定为C级危房的1874户、D级危房的643户', quantity: '1874户', metric: 'hazards.found' },
    { text: '共发现问题隐患296项，已当场整改241项，其余55项已下达限期整改通知。其中，储罐安全阀超期未检验的加气站7座', quantity: '7座', metric: 'hazards.found' },
    // A negation belongs to its verb: what was not fixed is pending.
    { text: '已整改1452项，整改率91.5%；未整改的135项已全部下达限期整改指令书', quantity: '135项', metric: 'hazards.pending', action: '未整改' },
    { text: '尚未整改隐患12处', quantity: '12处', metric: 'hazards.pending', action: '尚未整改', object: '隐患' },
    { text: '城东区、城西区整改隐患分别为86处、74处', quantity: '86处', metric: 'hazards.rectified', action: '整改', object: '隐患' },
    { text: '全市共排查各类安全隐患23.7万项', quantity: '23.7万项', metric: 'hazards.found', action: '排查' },
    { text: '发现问题隐患198个', quantity: '198个', metric: 'hazards.found', action: '发现', object: '问题隐患' },
    { text: '查出各类用电隐患214处', quantity: '214处', metric: 'hazards.found', action: '查出' },
    { text: '目前已销号21处，其余2处正在加快整改', quantity: '2处', metric: 'hazards.pending' },
    { text: '发现并整改隐患2422个', quantity: '2422个', metric: 'hazards.found' },
    { text: '排查治理隐患1268处', quantity: '1268处', metric: 'hazards.found' },
    { text: '全市共排查各类安全隐患23.7万项，整改23万项', quantity: '23万项', metric: 'hazards.rectified', action: '整改', object: null },
    { text: '发现一般隐患1807项，已整改1807项，限期整改31项', quantity: '31项', metric: 'hazards.pending', action: '限期整改' },
    { text: '督促整改火灾隐患1.9万处', quantity: '1.9万处', metric: 'hazards.rectified' },
    { text: '发现隐患3400多处，已治理2900多处', quantity: '2900多处', metric: 'hazards.rectified' },
    { text: '剩余17条正在限期整改', quantity: '17条', metric: 'hazards.pending' },
    // 对 + a relative clause + the figure, no verb after it: the relative clause's verb reports it.
    { text: '对发现的1200处隐患，已督促整改1100处', quantity: '1200处', metric: 'hazards.found', action: '发现', object: '隐患' },
    { text: '对排查出的23处重大隐患，市县两级全部实行挂牌督办', quantity: '23处', metric: 'hazards.found', action: '排查出', object: '重大隐患' },
    // Houses judged or certified unsafe are hazards found (判定存在安全隐患的房屋, 鉴定为C级危房).
    { text: '初步判定存在安全隐患的房屋1736栋', quantity: '1736栋', metric: 'hazards.found', action: '判定' },
    { text: '已完成鉴定1302栋，其中鉴定为C级危房418栋', quantity: '418栋', metric: 'hazards.found' },
    { text: '全县已整治存在安全隐患的自建房1589栋，整治率达91.5%', quantity: '91.5%', metric: 'hazards.rectification_rate' },
    // 由X提高到Y: the new value counts what the old one did.
    { text: '重大隐患整改率由90%提高到95%', quantity: '95%', metric: 'hazards.rectification_rate', object: '重大隐患整改率' },
    // 已 before the verb is not part of what was counted.
    { text: '其中45处自建房已完成整治', quantity: '45处', metric: 'hazards.rectified', action: '整治', object: '自建房' },
    { text: '整改23万项，整改率97%', quantity: '97%', metric: 'hazards.rectification_rate' },
    { text: '整改率为94.5%', quantity: '94.5%', metric: 'hazards.rectification_rate' },
    { text: '整改率达96%左右', quantity: '96%左右', metric: 'hazards.rectification_rate' },
    { text: '其中重大隐患6条', quantity: '6条', metric: 'hazards.found' },
    { text: '全年查处各类隐患18.3万项', quantity: '18.3万项', metric: 'hazards.found' },
    { text: '已整改468条，剩余142条正在按期整改', quantity: '142条', metric: 'hazards.pending' },
    { text: '其余24个限期销号', quantity: '24个', metric: 'hazards.pending' },
    { text: '共发现线路老化、食堂卫生不达标等问题隐患287个', quantity: '287个', metric: 'hazards.found', action: '发现' },
    { text: '排查线路老化、通道堵塞等隐患56处', quantity: '56处', metric: 'hazards.found', action: '排查' },
    { text: '发现消防设施损坏、疏散通道堵塞问题362个', quantity: '362个', metric: 'hazards.found', action: '发现' },
    { text: '完成消缺986处，消缺率94.5%', quantity: '986处', metric: 'hazards.rectified' },
    { text: '完成消缺986处，消缺率94.5%', quantity: '94.5%', metric: 'hazards.rectification_rate' },
  ],
  negatives: [
    { text: '搜救中发现被困人员3人', quantity: '3人', metric: 'other', reason: 'people found are no problem (the unit is no place or item)' },
    { text: '长春对12个重点行业领域272项重大事故隐患编制判定标准', quantity: '272项', metric: 'other', reason: 'criteria written for hazards: nothing was found' },
    { text: '合格率为百分之九十一点五', quantity: '百分之九十一点五', metric: 'other', reason: 'a pass rate is not the rectification rate' },
    { text: '其中用于地质灾害隐患治理4.5亿元', quantity: '4.5亿元', metric: 'other', reason: 'money spent on hazards, not hazards counted' },
    { text: '清理林下可燃物850公顷', quantity: '850公顷', metric: 'other', reason: 'an area cleared, not hazards counted' },
    { text: '清理河道淤泥1200立方米', quantity: '1200立方米', metric: 'other', reason: 'a volume cleared, not hazards counted' },
    { text: '检查企业40家，其中未发现隐患的企业12家', quantity: '12家', metric: 'inspections.targets', reason: 'a part of the firms inspected, where no hazard was found' },
  ],
};
