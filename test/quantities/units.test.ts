/** Units and classifiers from the data table, longest first; durations; 10千伏; 一名. */
import { runTable } from './harness.js';

runTable('units', [
  { in: '累计出动党员335人次', text: '335人次', value: 335, unit: '人次' },
  { in: '检查170矿次', text: '170矿次', value: 170, unit: '矿次' },
  { in: '检查3996家(次)', text: '3996家(次)', value: 3996, unit: '家(次)' },
  { in: '查获約5.6萬件（套）', text: '約5.6萬件（套）', value: 56000, qualifier: 'approx', unit: '件（套）' },
  { in: '出动检查组887次', text: '887次', value: 887, unit: '次' },
  { in: '布设监测单元2565套', text: '2565套', value: 2565, unit: '套' },
  { in: '出动船只24艘', text: '24艘', value: 24, unit: '艘' },
  { in: '抽检86批次', text: '86批次', value: 86, unit: '批次' },
  { in: '检查286个次', text: '286个次', value: 286, unit: '个次' },
  { in: '高速公路车流量达1580万辆次', text: '1580万辆次', value: 15800000, unit: '辆次' },
  { in: '车流量1580萬輛次', text: '1580萬輛次', value: 15800000, unit: '輛次' },
  { in: '开行旅客列车426列次', text: '426列次', value: 426, unit: '列次' },
  { in: '更换灭火器1200具', text: '1200具', value: 1200, unit: '具' },
  { in: '报告食物中毒32例', text: '32例', value: 32, unit: '例' },
  { in: '张贴宣传画560幅', text: '560幅', value: 560, unit: '幅' },
  { in: '更换电杆213基', text: '213基', value: 213, unit: '基' },
  { in: '巡查变电站126座次', text: '126座次', value: 126, unit: '座次' },
  { in: '连续14个月未发生', text: '14个月', value: 14, unit: '个月' },
  { in: '24小时随时待命', text: '24小时', value: 24, unit: '小时' },
  { in: '整个演练历时两个半小时', text: '两个半小时', value: 2.5, unit: '小时' }, // 个半 adds a half of the unit of time
  { in: '历时3个半月', text: '3个半月', value: 3.5, unit: '月' },
  { in: '在灶台边一站就是18年', text: '18年', value: 18, unit: '年' },
  { in: '當中逾半為65歲或以上長者', text: '65歲', value: 65, unit: '歲' }, // an age: a duration, dropped by refine
  { in: '年满18周岁的驾驶人', text: '18周岁', value: 18, unit: '周岁' },
  { in: '建成11万平方米的街区', text: '11万平方米', value: 110000, unit: '平方米' },
  { in: '巡查河道3260公里', text: '3260公里', value: 3260, unit: '公里' },
  { in: '降雨186毫米', text: '186毫米', value: 186, unit: '毫米' },
  { in: '改造10千伏线路', text: '10千伏', value: 10, unit: '千伏' },
  { in: '一名男子被困', text: '一名', value: 1, unit: '名' },
  { in: '发生一起较大事故', text: '一起', value: 1, unit: '起' },
  { in: '共检查 3 家', text: '3 家', value: 3, unit: '家' },
  { in: '抢险设备42台套', text: '42台套', value: 42, unit: '台套' },
  // A figure restated in words in brackets is one figure: before its unit, or after it.
  { in: '共入户检查4560（四千五百六十）户', text: '4560（四千五百六十）户', value: 4560, unit: '户' },
  { in: '其中敬信镇820户（八百二十户）', text: '820户（八百二十户）', value: 820, unit: '户' },
  { in: '罚款360000元（叁拾陆万元整）', text: '360000元（叁拾陆万元整）', value: 360000, unit: '元' },
  { in: '提出3点要求', text: '3点', value: 3, unit: '点' },
  { in: '46個', text: '46個', value: 46, unit: '個' },
]);
