import { describe, expect, it } from 'vitest';
import { extract, findQuantities } from '../../src/index.js';
import { normalizeText } from '../../src/normalize/index.js';
import { readTables } from '../../src/tables/read-tables.js';

/** The cells readTables finds in `raw` (normalised first, as the extractor does): [text, value, unit, column]. */
function cellsOf(raw: string): [string, number, string | null, string][] {
  const text = normalizeText(raw).text;
  const { cells } = readTables(text, findQuantities(text));
  return [...cells].map(([q, cell]) => [q.text, q.value, q.unit, cell.column]);
}

describe('readTables: bare cells take their column unit', () => {
  it.each([
    // [table, cells]
    ['月份　事故起数（起）　死亡人数（人）\n1月　14　13\n2月　9　8', [['14', 14, '起', '事故起数'], ['13', 13, '人', '死亡人数'], ['9', 9, '起', '事故起数'], ['8', 8, '人', '死亡人数']]],
    // A money column in 万元 is read in 元, as 12.5万元 would be; a column without a unit is left alone.
    ['地区　直接经济损失（万元）　备注\n柯城区　12.5　无', [['12.5', 125000, '元', '直接经济损失']]],
    ['单位 检查企业(家) 整改率(%)\n柯城区 318 96.5\n衢江区 1,204 88', [['318', 318, '家', '检查企业'], ['96.5', 96.5, '%', '整改率'], ['1,204', 1204, '家', '检查企业'], ['88', 88, '%', '整改率']]],
  ] as const)('%s', (table, expected) => {
    expect(cellsOf(table)).toEqual(expected);
  });

  it.each([
    ['a header naming no unit', '月份　事故起数　死亡人数\n1月　14　13'],
    ['a row with another number of cells', '月份　事故起数（起）　死亡人数（人）\n1月　14'],
    ['prose after the header', '月份　事故起数（起）\n全市共发生事故14起，同比下降5%。'],
    ['a bracket that is no unit', '项目　检查情况（详见附件）\n企业　14'],
  ])('reads no cell from %s', (_, table) => {
    expect(cellsOf(table)).toEqual([]);
  });
});

describe('extract: a table of monthly figures', () => {
  const report = [
    '2025年合肥市生产安全事故统计数据发布',
    '',
    '2025年，全市共发生生产安全事故163起、死亡141人。',
    '',
    '2025年合肥市生产安全事故分月统计表',
    '月份　事故起数（起）　死亡人数（人）',
    '1月　14　13',
    '12月　13　11',
    '',
    '注：1.本表统计范围为工矿商贸领域；2.死亡人数含失踪人数。',
  ].join('\n');
  const facts = extract(report, { publishedAt: '2026-01-22' }).facts;

  it('reads each cell as a fact of its column, dated by its row in the year the lead states', () => {
    const cell = facts.find((f) => f.text === '13' && f.object === '事故起数');
    expect(cell).toMatchObject({ value: 13, unit: '起', metric: 'accidents', periodStart: '2025-12-01', periodEnd: '2025-12-31' });
    expect(report.slice(cell!.start, cell!.end)).toBe('13');
    expect(facts.find((f) => f.text === '14')).toMatchObject({ unit: '起', metric: 'accidents', periodStart: '2025-01-01' });
  });

  it('reads the numbers of a note list as no figure', () => {
    expect(facts.filter((f) => f.text === '1' || f.text === '2')).toEqual([]);
  });
});

describe('extract: a column named by a report verb', () => {
  const report = [
    '青山湖区市场监管局开展燃气和食品安全专项整治',
    '',
    '今年6月以来，青山湖区市场监管局组织开展专项整治行动。各街道（镇）检查情况如下：',
    '',
    '街道（镇）　检查（家次）　发现问题（个）　立案（件）',
    '上海路街道　812　216　17',
    '京东镇　1047　281　24',
  ].join('\n');
  const facts = extract(report, { publishedAt: '2026-09-18' }).facts;

  it.each([
    ['1047', 'inspections.targets', '检查', null],
    ['281', 'hazards.found', null, '发现问题'],
    ['24', 'enforcement.actions', '立案', null],
  ])('%s → %s (%s / %s)', (text, metric, action, object) => {
    expect(facts.find((f) => f.text === text)).toMatchObject({ metric, action, object, org: '京东镇' });
  });
});

describe('extract: a column of changes', () => {
  const report = [
    '宿迁市5月份生产安全事故情况通报',
    '',
    '5月份，全市共发生生产安全事故13起。各县区情况如下：',
    '',
    '县区　事故起数（起）　同比（%）',
    '沭阳县　4　-20.0',
    '泗洪县　2　100.0',
  ].join('\n');
  const facts = extract(report, { publishedAt: '2026-06-05' }).facts;

  it.each([['-20.0', -20], ['100.0', 100]])('%s is a trend of %d %%', (text, value) => {
    expect(facts.find((f) => f.text === text)).toMatchObject({ metric: 'trend', value, unit: '%' });
  });
});
