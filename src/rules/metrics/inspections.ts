import { MEASURE_UNITS } from '../../quantities/lexicon/units.js';
import type { MetricFamily } from './types.js';

const INSPECT_VERBS = [
  '检查', '走访', '抽查', '核查', '排查', '巡查', '督导', '暗访', '明察暗访', '检查指导', '督促检查', '延伸巡察', '巡察', '考核',
  '执法检查', '走访检查', '摸排', '抽检', '检测', '督查', '巡检', '排查整治', '走访排查', '巡视', '检查了', '覆盖',
  '安全检查', '安全大检查', // jieba tags 安全检查 nr
  '安检', '入户安检', '稽查', '检验', '定期检验', '年度检验',
  '诊断', '安全诊断', '会诊', '明查暗访', '查验', // an inspection by another name (对83家危化品企业开展“全链条”诊断)
];
const TARGET_OBJECTS = [
  '企业', '单位', '场所', '门店', '县', '区', '乡镇', '街道', '部门', '项目', '工地', '景区', '码头', '店铺', '商铺', '网点', '用户',
  '广告', '点位', '场站', '线路', '商户', '小区', '学校', '医院', '村', '社区', '酒店', '民宿', '仓储点', '加油站', '市场', '矿山', '煤矿', '建筑',
];
/** People whose papers are checked: drivers, escorts, certified workers (核查从业驾驶员2347名). */
const CHECKED_PEOPLE = ['驾驶员', '驾驶人', '押运员', '从业人员', '特种作业人员', '持证人员', '装卸人员', '照管员'];
const TEAM_OBJECTS = ['检查组', '督导组', '工作组', '督查组', '暗访组', '巡查组', '巡察组', '工作专班', '专班', '指导组', '执法组', '小分队', '专家组', '检查小组', '督导小组', '工作小组', '督查小组', '巡查小组', '执法小组', '排查小组', '排查组', '核查组', '核查小组'];

/** Inspections: targets inspected, rounds carried out, teams sent. */
export const INSPECTIONS: MetricFamily = {
  rules: [
    // Not a length or an area walked (巡查林区3.2万公里): a measure, not the places.
    { id: 'inspections.targets:verb+object', metric: 'inspections.targets', verbs: INSPECT_VERBS, objects: TARGET_OBJECTS, notUnits: [...MEASURE_UNITS], kinds: ['count'] },
    { id: 'inspections.targets:verb+unit', metric: 'inspections.targets', verbs: INSPECT_VERBS, units: ['家', '户', '家次', '家(次)', '所', '座', '处', '个', '条', '栋', '辆', '台', '台(套)', '台套', '套', '艘', '辆次', '艘次', '台次', '户次', '架次', '批', '座次', '条次', '站次', '点次', '幢', '幢次', '栋次'], kinds: ['count'], priority: -1 },
    // Places visited (ANNOTATION.md: inspected or visited): 分赴17个乡镇指导…, 深入23家企业开展检查.
    { id: 'inspections.targets:visited', metric: 'inspections.targets', verbs: ['分赴', '深入', '走进', '赶赴', '前往'], objects: TARGET_OBJECTS, kinds: ['count'] },
    { id: 'inspections.targets:people', metric: 'inspections.targets', verbs: ['核查', '检查', '抽查', '查验', '审验', '排查'], objects: CHECKED_PEOPLE, units: ['名', '人', '人次'], kinds: ['count'], priority: 1 },
    // People screened at a gate (安检参赛选手和观众11.2万余人次, 安检乘客约3.05亿人次).
    { id: 'inspections.targets:screened', metric: 'inspections.targets', verbs: ['安检'], units: ['人次', '人', '名'], kinds: ['count'], priority: 1 },
    { id: 'inspections.rounds', metric: 'inspections.rounds', verbs: INSPECT_VERBS, units: ['次', '矿次', '个次', '轮次', '轮', '车次', '次以上'], kinds: ['count'], priority: 1 }, // 抽检产品86批次 counts products sampled: other (gold)
    // 开展夜间突击检查6次: a light verb, the inspection named as its object.
    // Breath tests of drivers (警务处进行酒精呼气测试逾7万6千次): checks carried out.
    { id: 'inspections.rounds:breath-tests', metric: 'inspections.rounds', verbs: ['测试', '呼气测试', '酒精测试', '酒测'], units: ['次', '人次'], kinds: ['count'], priority: 1 },
    { id: 'inspections.rounds:object', metric: 'inspections.rounds', objects: ['检查', '巡查', '督查', '抽查', '暗访', '排查'], units: ['次', '轮', '轮次', '个次'], kinds: ['count'] },
    { id: 'inspections.teams:object', metric: 'inspections.teams', objects: TEAM_OBJECTS, kinds: ['count'], priority: 1 },
    { id: 'inspections.teams:verb+object', metric: 'inspections.teams', verbs: ['派出', '组成', '组建', '成立', '出动', '抽调'], objects: TEAM_OBJECTS, kinds: ['count'], priority: 3 },
  ],
  examples: [
    { text: '警務處上半年共進行酒精呼氣測試逾7萬6千次', quantity: '逾7萬6千次', metric: 'inspections.rounds' },
    { text: '镇村两级组建排查小组二十八个', quantity: '二十八个', metric: 'inspections.teams' },
    { text: '园区对危化品运输车辆专用停车场开展夜间突击检查6次', quantity: '6次', metric: 'inspections.rounds' },
    // Ellipsis: a clause of bare items takes the verb of the clause before it.
    { text: '共抽查塔式起重机628台、施工升降机413台，深基坑工程57个、高大模板支撑系统82个', quantity: '57个', metric: 'inspections.targets' },
    // A和B分别为X和Y: the i-th subject before 分别 is what the i-th figure counts; the first one's verb is shared.
    { text: '全区检查企业和整改隐患数分别为1860家和5230项', quantity: '1860家', metric: 'inspections.targets', action: '检查', object: '企业' },
    { text: '全市检查电梯、锅炉、压力容器分别为8630台、412台、1570台', quantity: '412台', metric: 'inspections.targets', action: '检查', object: '锅炉' },
    // Short subjects with no verb share the last one's predicate (each place is the org of its figure: attribution).
    { text: '越城区、柯桥区、上虞区检查企业数分别为462家、598家、511家', quantity: '462家', metric: 'inspections.targets', action: '检查', object: '企业数' },
    // A place jieba tags as a verb (硚口区/v, a rare character) is no action.
    { text: '江岸区、江汉区、硚口区分别检查用人单位162户、148户、131户', quantity: '131户', metric: 'inspections.targets', action: '检查', object: '用人单位' },
    { text: '稽查公共场所1140家次', quantity: '1140家次', metric: 'inspections.targets', action: '稽查' },
    { text: '联合检查危化品运输车辆1.86万辆次', quantity: '1.86万辆次', metric: 'inspections.targets', action: '联合检查' },
    { text: '检查特种设备319台（套），其中大型游乐设施148台（套）', quantity: '148台（套）', metric: 'inspections.targets' }, // full-width brackets in the unit
    { text: '共检验校车409辆', quantity: '409辆', metric: 'inspections.targets', action: '检验' },
    { text: '对全省112家化工企业开展全覆盖安全诊断', quantity: '112家', metric: 'inspections.targets' },
    { text: '查验入山车辆2.1万余辆次', quantity: '2.1万余辆次', metric: 'inspections.targets' },
    // A part in brackets counts what its whole counted; a list announced by 分别为： reads the predicate before it.
    { text: '检查生产经营单位2374家（其中规上工业企业416家），发现问题隐患1.47万项', quantity: '416家', metric: 'inspections.targets' },
    { text: '各区检查生产经营单位数量分别为：顺德区812家、南海区735家', quantity: '735家', metric: 'inspections.targets' },
    // A breakdown opener names the verb of its bare items (从检查对象看); one naming none (从行业类型看) leaves them other.
    { text: '从检查对象看，工贸企业1426家（占60.1%）、危险化学品企业213家', quantity: '213家', metric: 'inspections.targets' },
    { text: '对全省17个市（州）开展明查暗访', quantity: '17个', metric: 'inspections.targets' },
    { text: '上半年巡查樓宇1萬8,420幢次', quantity: '1萬8,420幢次', metric: 'inspections.targets' },
    { text: '核查从业驾驶员2347名、押运员1980名', quantity: '1980名', metric: 'inspections.targets', action: '核查' },
    { text: '组成3个检查组分赴17个乡镇指导58座小型水库安全度汛', quantity: '17个', metric: 'inspections.targets', action: '分赴' },
    { text: '工作组分赴各县区检查企业120家', quantity: '120家', metric: 'inspections.targets', action: '检查', object: '企业' },
    { text: '全年组织开展安全生产大检查4轮', quantity: '4轮', metric: 'inspections.rounds' },
    { text: '对全县12个乡镇开展节前安全检查', quantity: '12个', metric: 'inspections.targets', action: '安全检查' },
    { text: '累计检查28个县(市、区)、40个行业部门、85户企业(单位)', quantity: '28个', metric: 'inspections.targets', action: '检查', object: '县(市、区)' },
    { text: '累计检查28个县(市、区)、40个行业部门、85户企业(单位)', quantity: '85户', metric: 'inspections.targets', action: '检查', object: '企业(单位)' },
    { text: '检查674家单位', quantity: '674家', metric: 'inspections.targets', action: '检查', object: '单位' },
    // Later items of a list keep the verb of the first, also when jieba tags the item a verb (超市/v).
    { text: '全市共检查企业38家、超市207家、加油站15座', quantity: '207家', metric: 'inspections.targets', action: '检查', object: '超市' },
    { text: '全市共检查企业38家、超市207家、加油站15座', quantity: '15座', metric: 'inspections.targets', action: '检查', object: '加油站' },
    { text: '全市累计检查企业1.2万余家', quantity: '1.2万余家', metric: 'inspections.targets', action: '检查', object: '企业' },
    { text: '每个区县抽查企业3至5家', quantity: '3至5家', metric: 'inspections.targets', action: '抽查' },
    { text: '在煤矿领域检查170矿次', quantity: '170矿次', metric: 'inspections.rounds', action: '检查' },
    { text: '对易涝隐患点摸排普查18次', quantity: '18次', metric: 'inspections.rounds' },
    { text: '省应急管理厅和业务处室组成的21个检查组', quantity: '21个', metric: 'inspections.teams' },
    { text: '消防救援队伍累计派出309个检查组', quantity: '309个', metric: 'inspections.teams', action: '派出', object: '检查组' },
    { text: '此次检查共组成联合检查组8个', quantity: '8个', metric: 'inspections.teams' },
    { text: '各镇街按照“一园一组”要求，共组建检查小组412个', quantity: '412个', metric: 'inspections.teams' },
    { text: '从科研院所遴选专家，共组建专家组126个', quantity: '126个', metric: 'inspections.teams' },
    // A sentence opening with what the sentence before counted, then 中, lists its parts (its verb, not the sentence's first).
    { text: '全县共组建联合检查组12个，检查“九小场所”3127家。“九小场所”中，小商店1240家、小餐饮862家', quantity: '862家', metric: 'inspections.targets' },
    { text: '本次检查共派出督查组5个', quantity: '5个', metric: 'inspections.teams', action: '派出' },
    { text: '入户安检62.3万户', quantity: '62.3万户', metric: 'inspections.targets', action: '安检' },
    { text: '共检查船舶2.3万艘次，滞留船舶126艘', quantity: '2.3万艘次', metric: 'inspections.targets', action: '检查' },
    { text: '抽查电梯等特种设备1860台次', quantity: '1860台次', metric: 'inspections.targets', action: '抽查' },
    { text: '全区各部门共出动检查组887次', quantity: '887次', metric: 'inspections.teams', action: '出动', object: '检查组' },
    { text: '派出督导组8个', quantity: '8个', metric: 'inspections.teams' },
    { text: '区安委办牵头组成8个督查组，对全区29个街道（镇）开展安全生产大检查', quantity: '29个', metric: 'inspections.targets', action: '检查' },
    { text: '对全区18个街道办事处和18个区直单位开展了年度安全生产考核', quantity: '18个', metric: 'inspections.targets', action: '考核' },
  ],
  negatives: [
    { text: '全县护林员累计巡查林区3.2万公里', quantity: '3.2万公里', metric: 'other', reason: 'a distance patrolled, not places' },
    { text: '区市场监管局抽检燃气灶具、连接软管等产品86批次', quantity: '86批次', metric: 'other', reason: 'products sampled, not inspections (gold)' },
    { text: '从行业类型看，工贸企业1426家、危险化学品企业213家', quantity: '213家', metric: 'other', reason: 'the opener names no verb' },
  ],
};
