import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { removeOverlaps } from '../../src/refine/remove-overlaps.js';
import type { DraftFact } from '../../src/rules/types.js';

describe('dropProseFigures: figures that are prose, not metrics', () => {
  it.each([
    ['在灶台边一站就是18年', '18年', 'a duration'],
    ['保持24小时通讯畅通', '24小时', 'a duration'],
    ['她带领社区工作人员奋战近50天', '近50天', 'a duration'],
    ['行人死亡22人，當中逾半為65歲或以上長者', '65歲', 'a duration'], // an age names a class of people
    ['重点检查中小学校、幼儿园周边300米范围内的食品经营户', '300米', 'a specification'], // the bound of an area
    ['他通过组织考核，成为一名光荣的共产党员', '一名', 'a small Chinese numeral nobody counted'],
    ['供电人员建议社区将人员分成两队', '两队', 'a small Chinese numeral nobody counted'],
    ['全省未发生一次死亡5人以上的重大道路交通事故', '5人以上', 'a threshold grading a class of events'],
    ['全年未发生3人及以上的较大生产安全事故', '3人', 'a threshold grading a class of events'],
    // A bound of any class: 以上/以下 or 低于/高于 before 的 and what it qualifies.
    ['对动态监控平台报警处置率低于90%的11家企业下发整改通知书', '低于90%', 'a threshold grading a class of events'],
    ['检查100米以上的高层建筑236栋', '100米以上', 'a threshold grading a class of events'],
    ['对发生一次死亡3人以上事故的煤矿提请挂牌督办', '3人以上', 'a threshold grading a class of events'], // no 的 before the class
    ['不能采取有效措施将工作场所温度降低到33℃以下的，应当按月发放高温津贴', '33℃以下', 'a threshold grading a class of events'],
    ['日最高气温达到40℃以上时，应当停止当日室外露天作业', '40℃以上', 'a threshold grading a class of events'], // a condition
    ['死亡人數為2,816人，為近10年來首度降至2,900人以下', '2,900人以下', 'a threshold grading a class of events'], // a line first crossed
    ['水深超过1.2米的野外水域严禁未成年人单独前往', '超过1.2米', 'a threshold grading a class of events'],
    ['按规定，7座及以下小型客车享受免费通行政策', '7座', 'a threshold grading a class of events'],
    ['当24小时降雨量超过50毫米时，监测员须对隐患点加密巡查', '超过50毫米', 'a threshold grading a class of events'],
    ['货架间的通道已重新用黄线标出，宽度均不小于1.5米', '不小于1.5米', 'a specification'],
  ])('%s: drops %s (%s)', (text, figure) => {
    expect(extract(text).facts.map((f) => f.text)).not.toContain(figure);
  });

  it.each([
    ['西安市派出五个督导组', '五个', 'inspections.teams'],
    ['全市发现问题隐患198个', '198个', 'hazards.found'],
    ['处置举报线索1条', '1条', 'other'],
    ['发生死亡3人以上的较大事故2起', '2起', 'accidents'], // the class is counted: its count stays
    ['共抢救被困人员126人以上，疏散群众3000人', '126人以上', 'other'], // a bound without 的 + a class is a count
    ['每千名工人的工业意外率为12.6，按年下降0.9', '12.6', 'other'], // a rate's value, written as a bare number
    ['组建近5000人的救援队伍', '近5000人', 'emergency.resources'], // 近 with 的 sizes what follows: a count
    ['检查100米以上的高层建筑236栋', '236栋', 'other'], // the class is counted: its count stays
  ])('%s: keeps %s', (text, figure, metric) => {
    expect(extract(text).facts.find((f) => f.text === figure)?.metric).toBe(metric);
  });
});

describe('dropLayoutRepeats', () => {
  it('reports the facts of a paragraph printed twice once, from the first copy', () => {
    const para = '共检查场所2.8万余个，排查整改各类安全隐患3891处，查处酒驾行为684起。';
    const text = `${para}\n\n${para}\n\n`;
    const found = extract(text).facts.filter((f) => f.text === '684起');
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(para.indexOf('684起'));
  });
});

describe('removeOverlaps', () => {
  const draft = (start: number, end: number, metric: DraftFact['metric']): DraftFact => ({
    quantity: { text: 'x'.repeat(end - start), start, end, value: 1, min: null, max: null, qualifier: 'exact', unit: null, kind: 'count' },
    metric, action: null, object: null, rule: metric, clauseIndex: 0, sentenceIndex: 0, paragraphIndex: 0, articleIndex: 0,
  });
  it.each([
    ['longer span wins', [draft(0, 3, 'other'), draft(1, 6, 'other')], [[1, 6]]],
    ['named metric wins at equal length', [draft(0, 3, 'other'), draft(2, 5, 'accidents')], [[2, 5]]],
    ['earlier start wins at equal length and metric', [draft(2, 5, 'other'), draft(0, 3, 'other')], [[0, 3]]],
    ['disjoint facts all stay, sorted', [draft(5, 7, 'other'), draft(0, 3, 'other')], [[0, 3], [5, 7]]],
  ])('%s', (_name, input, spans) => {
    expect(removeOverlaps(input as DraftFact[]).map((f) => [f.quantity.start, f.quantity.end])).toEqual(spans);
  });
});

describe('explain', () => {
  it('lists every figure found but not reported, with the reason', () => {
    const { facts, dropped } = extract('保持24小时通讯畅通，累计出动党员335人次。', { explain: true });
    expect(facts.map((f) => f.text)).toEqual(['335人次']);
    expect(dropped).toEqual([expect.objectContaining({ text: '24小时', reason: 'duration', start: 2, end: 6 })]);
  });
  it('is off by default', () => {
    expect(extract('保持24小时通讯畅通。').dropped).toBeUndefined();
  });
});
