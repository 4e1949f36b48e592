/** Money: the value in the currency written, 万/亿 applied; unit 元 for 万元/亿元. */
import { runNegatives, runTable } from './harness.js';

runTable('money', [
  { in: '行政处罚123.5万元', text: '123.5万元', value: 1235000, unit: '元', kind: 'money' },
  { in: '罚款21.7万元', text: '21.7万元', value: 217000, unit: '元', kind: 'money' },
  { in: '投入资金17.6亿元', text: '17.6亿元', value: 1760000000, unit: '元', kind: 'money' },
  { in: '直接经济损失846万元', text: '846万元', value: 8460000, unit: '元' },
  { in: '拨付一千一百余万元', text: '一千一百余万元', value: 11000000, min: 11000000, qualifier: 'over', unit: '元' },
  { in: '罚款超过300万元', text: '超过300万元', value: 3000000, min: 3000000, qualifier: 'over', unit: '元' },
  { in: '损失近600万元', text: '近600万元', value: 6000000, max: 6000000, qualifier: 'under', unit: '元' },
  { in: '約3.2萬元', text: '約3.2萬元', value: 32000, qualifier: 'approx', unit: '元' },
  { in: '进口额5000万美元', text: '5000万美元', value: 50000000, unit: '美元', kind: 'money' },
  { in: '奖励2000元', text: '2000元', value: 2000, unit: '元' },
]);

runNegatives('money look-alikes', [
  { in: '元旦期间', reason: '元 with no number' },
]);
