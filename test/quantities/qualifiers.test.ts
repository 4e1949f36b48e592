/** Qualifier words as bounds (corpus/gold/ANNOTATION.md): over, under, approx, and ranges. */
import { runNegatives, runTable } from './harness.js';

runTable('over', [
  { in: '排查问题隐患2.8万余个', text: '2.8万余个', value: 28000, min: 28000, qualifier: 'over', unit: '个' },
  { in: '覆盖群众50余万户次', text: '50余万户次', value: 500000, min: 500000, qualifier: 'over', unit: '户次' },
  { in: '服务1600多位老人', text: '1600多位', value: 1600, min: 1600, qualifier: 'over', unit: '位' },
  { in: '参与人数超1000万人次', text: '超1000万人次', value: 10000000, min: 10000000, qualifier: 'over', unit: '人次' },
  { in: '面积超过750平方米', text: '超过750平方米', value: 750, min: 750, qualifier: 'over', unit: '平方米' },
  { in: '比例不少于60%', text: '不少于60%', value: 60, min: 60, qualifier: 'over', unit: '%' },
  { in: '持续超过16个小时', text: '超过16个小时', value: 16, min: 16, qualifier: 'over', unit: '个小时' },
  { in: '检查15次以上', text: '15次以上', value: 15, min: 15, qualifier: 'over', unit: '次' },
  { in: '疏散1500人以上', text: '1500人以上', value: 1500, min: 1500, qualifier: 'over', unit: '人' },
  { in: '逾3000人参加', text: '逾3000人', value: 3000, min: 3000, qualifier: 'over', unit: '人' },
  { in: '整改2272余人(次)', text: '2272余人(次)', value: 2272, min: 2272, qualifier: 'over', unit: '人(次)' },
  { in: '处置2340餘處', text: '2340餘處', value: 2340, min: 2340, qualifier: 'over', unit: '處' },
  { in: '持续1个多月', text: '1个多月', value: 1, min: 1, qualifier: 'over', unit: '个月' },
  // Web text spaces its figures: a qualifier a space or two away still bounds them.
  { in: '参与人数超 3.6 万人次', text: '超 3.6 万人次', value: 36000, min: 36000, qualifier: 'over', unit: '人次' },
  { in: '现场咨询群众 2000 余人', text: '2000 余人', value: 2000, min: 2000, qualifier: 'over', unit: '人' },
  { in: '溪水一下子涨了1米多，我们连夜转移', text: '1米多', value: 1, min: 1, qualifier: 'over', unit: '米' }, // after a measure too
  { in: '发现逾三成单位存在违规，两成多企业未整改', text: '两成多', value: 20, min: 20, qualifier: 'over', unit: '%' }, // after tenths too
  { in: '通道宽度均不小于1.5米', text: '不小于1.5米', value: 1.5, min: 1.5, qualifier: 'over', unit: '米' },
]);

runTable('under', [
  { in: '累计参与人数近45万', text: '近45万', value: 450000, max: 450000, qualifier: 'under' },
  { in: '连续近50天', text: '近50天', value: 50, max: 50, qualifier: 'under', unit: '天' },
  { in: '发放图书近200万册', text: '近200万册', value: 2000000, max: 2000000, qualifier: 'under', unit: '册' },
  { in: '事故不足400起', text: '不足400起', value: 400, max: 400, qualifier: 'under', unit: '起' },
  { in: '不到20人', text: '不到20人', value: 20, max: 20, qualifier: 'under', unit: '人' },
  { in: '降至10%以下', text: '10%以下', value: 10, max: 10, qualifier: 'under', unit: '%' },
]);

runTable('approx', [
  { in: '直接经济损失约516万元', text: '约516万元', value: 5160000, qualifier: 'approx', unit: '元' },
  { in: '达到96%左右', text: '96%左右', value: 96, qualifier: 'approx', unit: '%' },
  { in: '下降2个百分点左右', text: '2个百分点左右', value: 2, qualifier: 'approx', unit: '个百分点' },
  { in: '約86.4萬人次', text: '約86.4萬人次', value: 864000, qualifier: 'approx', unit: '人次' },
  { in: '大约50人上下', text: '大约50人上下', value: 50, qualifier: 'approx', unit: '人' },
  { in: '约1.6吨', text: '约1.6吨', value: 1.6, qualifier: 'approx', unit: '吨' },
  { in: '服务群众约 4700 人次', text: '约 4700 人次', value: 4700, qualifier: 'approx', unit: '人次' },
  { in: '上述乡镇直接经济损失约占全县的六成', text: '六成', value: 60, qualifier: 'approx', unit: '%' }, // 约 before 占 bounds the share
  { in: '火警約佔四成', text: '四成', value: 40, qualifier: 'approx', unit: '%' },
  { in: '財物損失估計約新臺幣386萬元', text: '386萬元', value: 3860000, qualifier: 'approx', unit: '元' }, // 约 before the currency's name
]);

runTable('ranges', [
  { in: '每组10至15家', text: '10至15家', value: 10, min: 10, max: 15, qualifier: 'range', unit: '家' },
  { in: '每支队伍10-15人', text: '10-15人', value: 10, min: 10, max: 15, qualifier: 'range', unit: '人' },
  { in: '抽查3至5家', text: '3至5家', value: 3, min: 3, max: 5, qualifier: 'range', unit: '家' },
  { in: '罚款3至5万元', text: '3至5万元', value: 30000, min: 30000, max: 50000, qualifier: 'range', unit: '元' },
  { in: '控制在10～15', text: '10～15', value: 10, min: 10, max: 15, qualifier: 'range' },
  { in: '从10到15', text: '10到15', value: 10, min: 10, max: 15, qualifier: 'range' },
  { in: '增长10%-15%', text: '10%-15%', value: 10, min: 10, max: 15, qualifier: 'range', unit: '%' },
  { in: '三至五家', text: '三至五家', value: 3, min: 3, max: 5, qualifier: 'range', unit: '家' },
]);

runNegatives('qualifier look-alikes', [
  { in: '最近3天', none: '近', reason: '最近 is recently, not a bound' },
  { in: '签约3个项目', none: '约', reason: '签约 is a verb' },
  { in: '1至9月', reason: 'a range of months is a period' },
  { in: '9月9日至11日', reason: 'a range of days is a period' },
  { in: '2022—2023年', reason: 'a range of years' },
]);
