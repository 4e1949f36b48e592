import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decideLayoutBreak, normalizeText } from '../../src/normalize/index.js';

/** Neighbouring lines → joined or not, with the reason `decideLayoutBreak` gives. */
const DECISIONS: { prev: string; next: string; join: boolean; reason: RegExp }[] = [
  { prev: '近日，位于古城街道小皮巷小区以及御河东路、文兴路等区域的几株树木因树龄较长、年久空心，被', next: '大风刮断后倒伏，严重影响交通出行。', join: true, reason: /mid-sentence/ },
  { prev: '据悉,按照省委、省政府部署要求,省应急管理厅多次召开专题会议,研判分析节日', next: '安全生产形势,就抓好安全防范工作落实。', join: true, reason: /mid-sentence/ },
  { prev: '供电人员建议社区将人员分成两队，按照工作部署和方案要求，分别对居民用户和个体工商户开展检查，并作出安全提示。重', next: '点检查居民用户表后开关是否完好或接触不良。', join: true, reason: /mid-sentence/ },
  { prev: '今年，刚刚被保送到清华大学的学姐们也来到毕业典礼现场与学弟', next: '学妹们分享学习经验，为学弟学妹们送上祝福。', join: true, reason: /mid-sentence/ },
  { prev: '组成了以共产党员服务队为主力的配电巡线队，每日', next: '行走在沿河、水库、低洼地段的配电网路上。', join: true, reason: /mid-sentence/ },
  { prev: '李富生指出，要守土有责、守土负责、', next: '守土尽责;要压实工作责任。', join: true, reason: /mid-sentence/ },
  { prev: '市委常委、常务副市长王有利应邀出席', next: '会议并讲话。', join: true, reason: /short sentence tail/ },
  { prev: '全市共排查各类安全隐患23.7万项，整改23万项，整改率97%。', next: '追根溯源 全面排查整治', join: false, reason: /sentence punctuation/ },
  { prev: '“站在教室窗前，校园的一草一木都映在眼前……”', next: '毕业生赵紫彤代表全体同学发言。', join: false, reason: /sentence punctuation/ },
  { prev: '纵深推进 久久为功', next: '本报记者 孟凡明', join: false, reason: /heading line/ },
  { prev: '“把心扎在这里,让居民永远有依靠”', next: '二道区东站街道十委社区是“小巷总理”起源之地。', join: false, reason: /heading line/ },
  { prev: '“站在教室窗前……”', next: '毕业生赵紫彤发言。', join: false, reason: /heading line/ },
  { prev: '长春扎实开展安全生产百日攻坚行动——', next: '纵深推进 久久为功', join: false, reason: /heading line/ },
  { prev: '本报记者 孟凡明', next: '安全生产是高质量发展的根基。', join: false, reason: /byline line/ },
  { prev: '为确保行动实效,全省各级公安机关全面启动社会面巡逻防控,排查整改各类安全隐患', next: '为确保行动实效,全省各级公安机关全面启动社会面巡逻防控,排查整改各类安全隐患', join: false, reason: /layout repeat/ },
  { prev: '不断加大辖区企业、单位现场作业安全管理力度，列出问题清单、追责', next: '区应急管理局工作人员联合专家对一加油站进行安全复查(岳伟 摄)', join: false, reason: /caption line/ },
  { prev: '近日，长春市首届古街文化节在巴蜀映巷正式开幕，吸引了众多游客', next: '本报记者 王萌 摄', join: false, reason: /caption line/ },
  { prev: '而这只是全市“幸福小区”创建工作中的一隅，从今年开始', next: '(上接第一版)', join: false, reason: /continuation line/ },
  { prev: '(上接第一版)', next: '以评促建 推动小区建设水平整体提升', join: false, reason: /continuation line/ },
  { prev: '为进一步做好辖区安全生产工作，各社区开展了', next: '## 迎宾街道开展安全宣传和隐患排查', join: false, reason: /markdown line/ },
  { prev: '为确保汛期安全可靠供电，国网长春供电公司提早行动，组织', next: '本报讯(记者柳青)今年6月是全国第22个“安全生产月”。', join: false, reason: /dateline/ },
  { prev: '为此，具体措施如下：', next: '一是加强检查，二是强化整改。', join: false, reason: /sentence punctuation/ },
];

describe('decideLayoutBreak', () => {
  it.each(DECISIONS)('$prev ⏎ $next → $join', ({ prev, next, join, reason }) => {
    const decision = decideLayoutBreak(prev, next);
    expect(decision.join).toBe(join);
    expect(decision.reason).toMatch(reason);
  });
});

describe('layout breaks in normalizeText', () => {
  it('removes the break and keeps original offsets', () => {
    const input = '几株树木年久空心，被\n\n大风刮断后倒伏。';
    const n = normalizeText(input);
    expect(n.text).toBe('几株树木年久空心，被大风刮断后倒伏。');
    const at = n.text.indexOf('被大风');
    expect(input.slice(n.offsets[at]!, n.offsets[at + 3]!)).toBe('被\n\n大风');
  });

  it('keeps a space between two Latin words', () => {
    expect(normalizeText('网络安全宣传周，活动名为safety\n\nweek，共3场。').text).toBe('网络安全宣传周，活动名为safety week，共3场。');
  });

  it.each([
    ['000_b00e09ce1b2c66a0', ['在全市道路加装视频监控', '与学弟学妹们', '每日行走在', '重点检查居民用户'], ['纵深推进 久久为功本报记者']],
    ['001_cc19d1a49521d0b9', ['研判分析节日安全生产形势', '公安机关全面启动社会面'], ['安全隐患面启动']],
    ['003_a1ace0c55873553a', ['年久空心，被大风刮断', '消除事故隐患，提升'], []],
  ])('seed %s joins its layout breaks', (doc, joined, notJoined) => {
    const text = normalizeText(readFileSync(new URL(`../../corpus/seeds/${doc}.txt`, import.meta.url), 'utf8')).text;
    for (const phrase of joined) expect(text).toContain(phrase);
    for (const phrase of notJoined) expect(text).not.toContain(phrase);
  });
});
