import type { MetricFamily } from './types.js';

const DEPLOY_VERBS = [
  '出动', '调派', '投入', '派出', '抽调', '安排', '动员', '落实', '选派', '在岗', '值守', '值班', '带班', '带队检查', '在岗值守',
  '在岗带班', '在岗值班', '组织', '调集', '增派', '加派', '部署', '出警', '下沉', '备勤', '带队', // jieba tags 带队 n
  '巡山护林', '巡护',
  '出勤', // Hong Kong and Taiwanese usage: 消防局累計出勤逾4,800人次 (people; 出勤1,236次 counts call-outs)
];
const PEOPLE_OBJECTS = [
  '警力', '执法人员', '检查人员', '工作人员', '干部', '民警', '党员', '队员', '志愿者', '巡查人员', '巡查责任人', '兵力', '人员', '力量', '领导', '网格员', '护林员',
];

/** People deployed or on duty. */
export const PERSONNEL: MetricFamily = {
  rules: [
    // Experts engaged or invited to help (聘请专家86名, 邀请省级冶金安全专家14人次): people put to the work.
    { id: 'personnel.deployed:experts', metric: 'personnel.deployed', verbs: ['聘请', '邀请', '抽调', '组织'], objects: ['专家'], units: ['人次', '人', '名', '余人', '位'], kinds: ['count'], priority: 2 },
    { id: 'personnel.deployed:verb+unit', metric: 'personnel.deployed', verbs: DEPLOY_VERBS, units: ['人次', '人', '名', '人(次)', '余人', '位'], kinds: ['count'] },
    // 撤离/转移/疏散 … 人员: people moved to safety are not people deployed.
    { id: 'personnel.deployed:object+unit', metric: 'personnel.deployed', objects: PEOPLE_OBJECTS, units: ['人次', '人', '名', '人(次)'], kinds: ['count'], priority: -1, not: ['撤离', '转移', '疏散', '安置', '营救', '被困', '救助', '遇险', '违法', '违规', '涉案', '嫌疑', '劝离', '进山', '游泳', '参训', '受训', '培训', '观看', '救起', '落水', '溺水', '垂钓', '避免', '搬离', '伤亡'] },
  ],
  examples: [
    { text: '聘请第三方机构和化工安全专家58人次', quantity: '58人次', metric: 'personnel.deployed' },
    { text: '每日加派約60名消防員及救護員駐守', quantity: '約60名', metric: 'personnel.deployed' },
    { text: '消防局累計出勤逾4,800人次', quantity: '逾4,800人次', metric: 'personnel.deployed' },
    { text: '累计出动警力6.2万人次', quantity: '6.2万人次', metric: 'personnel.deployed', action: '出动', object: '警力' },
    { text: '累计出动党员335人次', quantity: '335人次', metric: 'personnel.deployed' },
    { text: '出动执法人员2272余人(次)', quantity: '2272余人(次)', metric: 'personnel.deployed' },
    { text: '每日安排10-15人在岗值守', quantity: '10-15人', metric: 'personnel.deployed' },
    { text: '全省应急系统累计345人次领导在岗带班', quantity: '345人次', metric: 'personnel.deployed' },
    { text: '抽调工作人员600余名', quantity: '600余名', metric: 'personnel.deployed' },
    { text: '县领导带队检查28人次', quantity: '28人次', metric: 'personnel.deployed', action: '带队检查' },
    { text: '当地消防救援部门接警后共调派消防救援车辆23辆、指战员116名', quantity: '116名', metric: 'personnel.deployed', action: '调派' },
    { text: '全县护林员累计巡山护林2.3万人次', quantity: '2.3万人次', metric: 'personnel.deployed' },
  ],
  negatives: [
    { text: '提前撤离海上养殖作业人员约3700人', quantity: '约3700人', metric: 'other', reason: 'people evacuated, not deployed' },
    { text: '转移危险区域人员1200人', quantity: '1200人', metric: 'other', reason: 'people evacuated, not deployed' },
    { text: '巡河队员先后救起落水人员3人', quantity: '3人', metric: 'other', reason: 'people rescued, not deployed' },
    { text: '成功避险转移群众，避免人员伤亡1320余人', quantity: '1320余人', metric: 'other', reason: 'casualties avoided, not people deployed' },
  ],
};
