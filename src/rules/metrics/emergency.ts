import type { MetricFamily } from './types.js';

const RESOURCE_OBJECTS = [
  '救援队', '抢险队', '救援队伍', '抢险队伍', '应急队伍', '物资', '装备', '监测单元', '避难场所', '冲锋舟', '救生衣', '编织袋', '消防员',
  '发电机', '帐篷', '沙袋', '排水泵', '应急队', '储备库', '监测点', '监控点', '感知设备', '预警设施', '折叠床', '棉被', '被褥', '饮用水', '安置点', '安置场所', '避灾安置场所', '消防器材', '器材', '灭火器', '消防站', '应急消防站', '微型消防站', '消防救援站',
  '无人机', '搜救犬', '灭火机', '水泵', '储水罐', '呼吸器', '扑火队', '救护点', '医疗救护点', '医疗点', '救护车', '消防水池', '发电车', '避护场所', '应急避护场所', '救生设备', '救生圈', '救生杆', '救生绳', '庇护中心', '避难中心', '抢险设备', '救援设备',
];
const RESOURCE_VERBS = ['组建', '储备', '配备', '建成', '布设', '调拨', '招聘', '新建', '购置', '预置', '可容纳', '备足', '落实', '配置', '添置'];

/** Members of rescue and fire services counted as a stock. */
const STAFF_OBJECTS = ['专职消防队员', '消防队员', '专职队员', '救援队员', '队员', '指战员', '消防员', '专职消防队伍'];
/** Verbs that make staff people sent out, not a stock. */
const STAFF_DEPLOYED = ['出动', '调派', '投入', '派出', '抽调', '组织', '调集', '增派', '加派', '出警', '参与', '参加', '参战'];

/** Units of events (call-outs, cases) and of trips (出动冲锋舟186艘次), which a stock or a team is not counted in. */
const EVENT_UNITS = ['起', '次', '宗', '例', '艘次', '架次', '台次', '辆次', '车次'];

/** Rescue teams, staff, equipment and stock. */
export const EMERGENCY: MetricFamily = {
  rules: [
    // Not events: 消防救援队伍共接警出动21436起 counts call-outs of the teams, not teams.
    // Not the people sheltered (8600余名群众在安置点集中安置): they are not a resource; nor goods handed out (发放防暑降温物资1.2万份).
    { id: 'emergency.resources:object', notUnits: EVENT_UNITS, metric: 'emergency.resources', objects: RESOURCE_OBJECTS, kinds: ['count'], priority: 1, not: ['群众', '发放'] },
    // Stations a fire service has (消防處轄下共有消防局83間、救護站41間): in Hong Kong 消防局 is a station, counted by 间.
    { id: 'emergency.resources:stations', metric: 'emergency.resources', objects: ['消防局', '消防站', '救护站', '消防救援站'], units: ['间', '个', '座'], kinds: ['count'], priority: 2 },
    // Teams built, with their members: 建成应急救援队伍850支、队员2.1万人 (the 1304人 of 18支共1304人的应急抢险队).
    { id: 'emergency.resources:team+people', metric: 'emergency.resources', verbs: ['组建', '建成', '配备', '招聘', '成立'], units: ['人', '名', '余人'], kinds: ['count'], priority: 1 },
    // The value of a stock: 储备应急物资价值约9亿元, 防汛沙袋等物资价值约380万元.
    { id: 'emergency.resources:stock-value', metric: 'emergency.resources', objects: ['物资价值', '装备价值', '储备物资', '应急物资'], kinds: ['money'] },
    // Shelter capacity: 应急避难场所…可容纳群众近300万人 (jieba cuts 可/容纳 and tags 容纳 nr).
    { id: 'emergency.resources:capacity', metric: 'emergency.resources', verbs: ['容纳'], kinds: ['count'], priority: 1 },
    // Staff on the books (年末全市共有专职消防队员2316人); people sent out are personnel.deployed (出动队员300人, 队员三百多人次).
    { id: 'emergency.resources:staff', metric: 'emergency.resources', objects: STAFF_OBJECTS, units: ['人', '名', '余人'], kinds: ['count'], not: STAFF_DEPLOYED },
    // Staff on the establishment (综合性消防救援队伍编制人员1.2万人; jieba reads 编制 as a verb).
    { id: 'emergency.resources:establishment', metric: 'emergency.resources', verbs: ['编制'], units: ['人', '名', '余人', '万人'], kinds: ['count'], priority: 2 },
    { id: 'emergency.resources:verb+unit', metric: 'emergency.resources', verbs: RESOURCE_VERBS, units: ['支', '套', '艘', '台', '件', '件(套)', '台套', '台(套)', '顶', '吨', '张', '箱', '床', '把', '具', '立方米', '方', '架', '条'], kinds: ['count'], priority: -1 },
  ],
  examples: [
    { text: '消防處轄下共有消防局83間、救護站41間', quantity: '41間', metric: 'emergency.resources' },
    { text: '全省共有应急避难场所1.08万处', quantity: '1.08万处', metric: 'emergency.resources' },
    { text: '全年新建乡镇（街道）应急消防站28个', quantity: '28个', metric: 'emergency.resources' },
    { text: '年末全市共有消防救援站41个', quantity: '41个', metric: 'emergency.resources' },
    { text: '动用救援车辆310台、无人机46架、搜救犬18条', quantity: '46架', metric: 'emergency.resources' },
    { text: '设置医疗救护点8个', quantity: '8个', metric: 'emergency.resources' },
    // An item of a list of parts with no word of its own counts what the item before it counted.
    { text: '平台累计接入各类物联网监测点位12.4万个，其中燃气管网及场所监测点位5.8万个、供水管网2.1万个', quantity: '2.1万个', metric: 'emergency.resources' },
    { text: '在管道高后果区新增视频监控点位146个', quantity: '146个', metric: 'emergency.resources' },
    { text: '在重点林区前置风力灭火机20台、灭火水泵6台、储水罐15个', quantity: '15个', metric: 'emergency.resources' },
    { text: '配备正压氧气呼吸器260台', quantity: '260台', metric: 'emergency.resources' },
    { text: '储备块石约3000立方米、抢险设备42台套', quantity: '42台套', metric: 'emergency.resources' },
    { text: '组建70人的专业救援队', quantity: '70人', metric: 'emergency.resources', action: '组建', object: '专业救援队' },
    { text: '组建70人的专业救援队、18支共1304人的应急抢险队', quantity: '18支', metric: 'emergency.resources', object: '应急抢险队' },
    { text: '组建70人的专业救援队、18支共1304人的应急抢险队', quantity: '1304人', metric: 'emergency.resources', object: '应急抢险队' },
    { text: '布设燃气地下管网智能化监测单元2565套', quantity: '2565套', metric: 'emergency.resources' },
    { text: '储备编织袋12万条、救生衣3000余件、冲锋舟24艘', quantity: '24艘', metric: 'emergency.resources' },
    { text: '全省已建成应急避难场所1287个，可容纳群众近300万人', quantity: '近300万人', metric: 'emergency.resources' },
    { text: '新建的避难场所可容纳5000人', quantity: '5000人', metric: 'emergency.resources' },
    { text: '紧急调拨帐篷300顶、棉被2000床、折叠床1200张', quantity: '300顶', metric: 'emergency.resources' },
    { text: '紧急调拨帐篷300顶、棉被2000床、折叠床1200张', quantity: '2000床', metric: 'emergency.resources' },
    { text: '紧急调拨帐篷300顶、棉被2000床、折叠床1200张', quantity: '1200张', metric: 'emergency.resources' },
    { text: '全市已建成应急救援队伍850支、队员2.1万人', quantity: '2.1万人', metric: 'emergency.resources' },
    { text: '开放避灾安置场所126个', quantity: '126个', metric: 'emergency.resources' },
    { text: '全省储备应急物资价值约9亿元', quantity: '约9亿元', metric: 'emergency.resources' },
    { text: '年末全市共有专职消防队员2316人', quantity: '2316人', metric: 'emergency.resources' },
    { text: '全省综合性消防救援队伍现有指战员1.2万人', quantity: '1.2万人', metric: 'emergency.resources' },
    { text: '县级以上综合性消防救援队伍编制人员1.2万人', quantity: '1.2万人', metric: 'emergency.resources' },
    { text: '全市政府专职消防队伍2840人', quantity: '2840人', metric: 'emergency.resources' },
    { text: '设置救生杆、救生圈、救生绳等救生设备2360件', quantity: '2360件', metric: 'emergency.resources' },
  ],
  negatives: [
    { text: '民政部门投入资金860万元，为104家机构更新改造自动喷水灭火系统', quantity: '104家', metric: 'other', reason: 'institutions refitted; 灭火机 only straddles the parse of 灭火/机构' },
    { text: '南海区消防救援大队共接警出动73起，其中火灾扑救19起、抢险救援38起', quantity: '38起', metric: 'other', reason: 'an item with its own word (抢险救援) does not take the metric of the item before it' },
    { text: '全市仍有8600余名群众在安置点集中安置', quantity: '8600余名', metric: 'other', reason: 'people sheltered are not a resource' },
    { text: '出动冲锋舟、橡皮艇186艘次', quantity: '186艘次', metric: 'other', reason: 'trips of boats, not boats' },
    { text: '全市共出动消防队员1200人', quantity: '1200人', metric: 'personnel.deployed', reason: 'staff sent out are deployed, not a stock' },
    { text: '全市消防救援队伍共接警出动21436起', quantity: '21436起', metric: 'other', reason: 'call-outs of the teams are events, not teams' },
  ],
};
