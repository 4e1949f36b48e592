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
  { in: '连续14个月未发生', text: '14个月', value: 14, unit: '个月' },
  { in: '24小时随时待命', text: '24小时', value: 24, unit: '小时' },
  { in: '在灶台边一站就是18年', text: '18年', value: 18, unit: '年' },
  { in: '建成11万平方米的街区', text: '11万平方米', value: 110000, unit: '平方米' },
  { in: '巡查河道3260公里', text: '3260公里', value: 3260, unit: '公里' },
  { in: '降雨186毫米', text: '186毫米', value: 186, unit: '毫米' },
  { in: '改造10千伏线路', text: '10千伏', value: 10, unit: '千伏' },
  { in: '一名男子被困', text: '一名', value: 1, unit: '名' },
  { in: '发生一起较大事故', text: '一起', value: 1, unit: '起' },
  { in: '共检查 3 家', text: '3 家', value: 3, unit: '家' },
  { in: '提出3点要求', text: '3点', value: 3, unit: '点' },
  { in: '46個', text: '46個', value: 46, unit: '個' },
]);
