/** Percentages, percentage points, per mille, tenths (成) and discounts (折). */
import { runTable } from './harness.js';

runTable('percent', [
  { in: '整改率97%', text: '97%', value: 97, unit: '%', kind: 'percent' },
  { in: '整改率为９７％', text: '９７％', value: 97, unit: '％', kind: 'percent' },
  { in: '同比下降9.5%', text: '9.5%', value: 9.5, unit: '%' },
  { in: '整改率达百分之九十七', text: '百分之九十七', value: 97, unit: '%', kind: 'percent' },
  { in: '百分之九十一点五', text: '百分之九十一点五', value: 91.5, unit: '%' },
  { in: '上升了百分之2.2', text: '百分之2.2', value: 2.2, unit: '%' },
  { in: '百分之百完成', text: '百分之百', value: 100, unit: '%' },
  { in: '提高94.5个百分点', text: '94.5个百分点', value: 94.5, unit: '个百分点', kind: 'percentage_point' },
  { in: '下降0.6个百分点', text: '0.6个百分点', value: 0.6, unit: '个百分点', kind: 'percentage_point' },
  { in: '死亡率1.5‰', text: '1.5‰', value: 1.5, unit: '‰', kind: 'permille' },
  { in: '千分之一', text: '千分之一', value: 1, unit: '‰', kind: 'permille' },
  { in: '万分之三', text: '万分之三', value: 0.03, unit: '%', kind: 'percent' },
  { in: '九成以上企业', text: '九成以上', value: 90, min: 90, qualifier: 'over', unit: '%' },
  { in: '三成半', text: '三成半', value: 35, unit: '%' },
  { in: '占行人死亡人數近6成5（64.8%）', text: '近6成5', value: 65, max: 65, qualifier: 'under', unit: '%' }, // a second digit, Arabic
  { in: '约3成2家企业', text: '约3成', value: 30, qualifier: 'approx', unit: '%' }, // 2家 is a figure of its own
  { in: '打八点五折', text: '八点五折', value: 85, unit: '%' },
  { in: '增长236.5%', text: '236.5%', value: 236.5, unit: '%' },
]);
