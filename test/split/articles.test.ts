import { describe, expect, it } from 'vitest';
import { splitDocument } from '../../src/split/index.js';
import { readPage } from './read-page.js';

/** Expected [title, dateline] of every article of each seed page, checked by eye. */
const SEED_ARTICLES: Record<string, [title: string | null, dateline: string | null][]> = {
  '000_b00e09ce1b2c66a0': [
    ['长春扎实开展安全生产百日攻坚行动', '本报记者 孟凡明'],
    ['汽开区坚持源头治理', '本报讯(记者孙红丽)'],
    ['长春市绿园区实施“三个突出” 助力干部教育培训提质增效', '本报讯(记者柳青)'],
    ['长春南湖实验中海小学举办2023届主题毕业典礼', '本报讯(记者王秋月)'],
    ['『老艾』和希望高中的同学们', '本报记者 徐岩'],
    ['国网长春供电公司：提早行动保汛期安全可靠供电', '本报讯(记者王焕照)'],
    ['国网农安县供电公司：开展用电安全隐患排查', '本报讯(记者柳青)'],
    ['公主岭市场监管局开展专项行动 整治户外广告 保护消费者权益', '本报讯(伊海龙 记者王焕照)'],
  ],
  '001_cc19d1a49521d0b9': [
    ['中秋节假期全省安全生产形势保持平稳', '本报9月12日讯(李成财 记者邱国强)'],
    ['全省公安机关第三次夏夜治安巡查宣防集中统一行动显成效', '本报讯(记者刘巍)'],
    ['同织安全网 共筑防火墙', '本报记者 刘帅'],
    ['小身躯释放“大能量”', '本报记者 孙红丽'],
    // Continued from page one: `(上接第一版)`; its first section heading stands as title.
    ['以评促建 推动小区建设水平整体提升', null],
  ],
  '002_4d1768eb9fa809d2': [
    ['北关区:全力构筑“安全网”', '□本报记者 王嘉晨'],
    ['压实工作责任 细化任务分工 区领导督导安全生产工作', '本报讯(记者 王嘉晨)'],
    ['彰北街道办事处 提升管理服务精准度', '本报讯(记者 王嘉晨)'],
    ['彰东街道办事处 举办主题演讲比赛 展示干部职工风采', '本报讯(记者 王嘉晨)'],
    ['黄家营小学 关注留守儿童 送上暖心礼物', '本报讯(记者 王嘉晨 通讯员 申海萍)'],
    ['防范网络诈骗 保护个人隐私', null],
    ['社区环境大改善 精神生活更丰富', '□本报记者 梁亚杰'],
  ],
  '003_a1ace0c55873553a': [
    ['园林部门排查危树除隐患', '本报讯(记者 尚丽)'],
    ['加强风险管控 压实责任链条 平城区多措并举全面筑牢安全生产防线', '本报记者 孙露'],
    ['平城区全方位提升人才干事创业激情', '本报讯(记者 邸东芳)'],
    ['确保“双减”工作落地落实', '本报讯(记者 丁亚琴)'],
    ['水泊寺街道开展市容环境综合整治', '本报讯(记者 杨昱郁)'],
    ['紧盯民生办实事', null],
    ['平城新语 安全防线背后的安全共识', null],
    ['公证服务入基层 普法宣传润人心', '本报讯(记者 郝雨)'],
    ['迎宾街道开展安全宣传和隐患排查', '本报讯(记者 有力)'],
    ['鹿苑街道暖“新”行动推进基层治理', '本报讯(记者 邸东芳)'],
  ],
  '004_057e40cda904afc8': [
    ['市政府召开常务会议', null],
    ['深入学习贯彻习近平总书记重要讲话精神 奋力推动新时代四平全面振兴全方位振兴', '本报讯(全媒体记者 刘爽)'],
    ['提高站位立足岗位 全力推进四平市人力资源服务产业园建设', '本报讯(全媒体记者 崔圣驰)'],
    ['压紧压实责任 守住安全底线', '本报讯(全媒体记者 崔圣驰 通讯员 刘万平)'],
    ['市政府召开常务会议', null],
    ['为党委政府分忧 为社会和谐稳定出力', '全媒体记者 杨佳'],
    ['架起连心桥 当好总客服', null],
  ],
};

describe('articles of the seed pages', () => {
  it.each(Object.entries(SEED_ARTICLES))('seeds/%s', (doc, expected) => {
    const page = readPage(`seeds/${doc}`);
    expect(page.articles.map((a) => [a.title, a.dateline])).toEqual(expected);
  });

  it.each(Object.keys(SEED_ARTICLES))('title and dateline spans point at their text: %s', (doc) => {
    const page = readPage(`seeds/${doc}`);
    for (const a of page.articles) {
      if (a.titleSpan) expect(page.text.slice(a.titleSpan.start, a.titleSpan.end)).toBe(a.title);
      if (a.datelineSpan) expect(page.text.slice(a.datelineSpan.start, a.datelineSpan.end)).toBe(a.dateline);
      if (a.titleSpan) expect(a.titleSpan.start >= a.start && a.titleSpan.end <= a.end).toBe(true);
    }
  });

  it('keeps kickers and subtitles apart from the title', () => {
    const [first, second] = readPage('seeds/000_b00e09ce1b2c66a0').articles;
    expect(first!.subtitle).toBe('纵深推进 久久为功');
    expect(second!.kicker).toBe('着力解决群众“急难愁盼”问题');
    expect(readPage('seeds/001_cc19d1a49521d0b9').articles[2]!.subtitle).toBe('二〇二二年吉林省网络安全宣传周活动综述');
    expect(readPage('seeds/003_a1ace0c55873553a').articles[3]!.kicker).toBe('平城区教育局');
  });

  it('keeps a table with its caption and header row inside its article', () => {
    const doc = splitDocument('株洲市4月份安全生产形势通报\n\n4月份，全市共发生事故21起。\n\n2026年4月份全市生产安全事故分行业统计\n行业　事故起数（起）　死亡人数（人）\n道路运输　9　8\n合计　21　17\n\n道路运输仍是事故多发领域。');
    expect(doc.articles).toHaveLength(1);
    // … while two headline lines before prose still open an article.
    expect(splitDocument('第一篇\n\n全市共发生事故21起。\n\n着力解决群众急难愁盼问题\n汽开区坚持源头治理\n\n全区共排查隐患12处。').articles).toHaveLength(2);
  });

  it('leaves a photo credit with the article before it (page 001)', () => {
    const page = readPage('seeds/001_cc19d1a49521d0b9');
    const credit = page.paragraphs.find((p) => page.text.slice(p.start, p.end) === '本报记者 王萌 摄')!;
    expect(credit.kind).toBe('caption');
    expect(credit.articleIndex).toBe(2);
    expect(page.articles[3]!.start).toBeGreaterThan(credit.end);
  });
});

const SYNTHETIC_ARTICLES: [doc: string, title: string | null, dateline: string | null][] = [
  ['s01', '绍兴市前三季度安全生产形势总体平稳', '记者从绍兴市应急管理局获悉'],
  ['s02', null, '2024年10月9日讯'],
  ['s03', '今年一季度全国安全生产形势总体稳定', '记者从有关部门获悉'],
  ['s04', '岳麓区扎实做好春节期间烟花爆竹安全监管', null],
  ['s05', '苏州市一季度道路交通事故数据发布', null],
  ['s06', null, '2024年5月6日讯'],
  ['s07', '河南省安全生产专项资金投入持续加大', null],
  ['s08', '兰陵县全力做好汛期防范应对', null],
  ['s09', '石家庄市上半年火灾形势平稳向好', null],
  ['s10', '汇川区燃气安全专项整治取得阶段性成效', null],
  ['s11', '西安市“安全生产月”活动圆满收官', null],
  ['s12', '蜀山区前三季度建筑施工安全监管综述', null],
  // Traditional briefs: the title reads simplified after normalisation.
  ['s13', '哈尔滨市春节假期安全形势平稳', null],
  ['s14', '甘肃省前三季度自然灾害损失同比减少', null],
  ['s15', null, '2023年11月2日讯'],
  ['s16', '阳朔县“五一”期间旅游安全工作扎实有序', null],
];

describe('articles of the synthetic briefs', () => {
  it.each(SYNTHETIC_ARTICLES)('synthetic/%s is one article', (doc, title, dateline) => {
    const page = readPage(`synthetic/${doc}`);
    expect(page.articles.map((a) => [a.title, a.dateline])).toEqual([[title, dateline]]);
  });
});

describe('report sections are not articles', () => {
  it.each([
    ['outline headings in a row', '全市安全生产工作总结\n\n一、总体情况\n\n(一)安全生产形势\n\n全市共排查隐患23项，整改20项。\n\n二、主要做法\n\n(一)加强组织领导\n\n成立工作专班3个。'],
    ['markdown outline sections', '# 全市安全生产工作总结\n\n## 一、总体情况\n\n全市共排查隐患23项。\n\n## 二、主要做法\n\n成立工作专班3个。'],
    ['a lone section heading', '长春扎实开展百日攻坚行动\n\n本报讯(记者孙红丽)全市共排查隐患23项。\n\n党政齐抓 全员联动攻坚\n\n成立工作专班3个。'],
    // A post's bracketed labels and bullet items: each item its own paragraph, never joined to the next.
    ['a social-media post', '🔥安全生产月｜滨江交出这份成绩单\n这个月，滨江应急人都在忙些啥？\n一起来看👇\n【数说】执法检查🔍\n👉 出动检查人员 826 人次\n👉 检查企业 1,035 家\n【数说】执法处罚⚖️\n👉 立案查处 17 起'],
  ])('%s', (_name, text) => {
    expect(splitDocument(text).articles).toHaveLength(1);
  });
});

describe('list items', () => {
  it('keeps every bullet line its own paragraph and sentence', () => {
    const doc = splitDocument('【数说】执法检查\n👉 出动检查人员 826 人次\n👉 检查企业 1,035 家\n👉 发现隐患 2,147 项');
    expect(doc.paragraphs.map((p) => p.kind)).toEqual(['heading', 'item', 'item', 'item']);
    expect(doc.sentences).toHaveLength(4);
  });
});

describe('headlines with a comma', () => {
  it('reads a short comma line before a dateline as a headline', () => {
    const doc = splitDocument('前文说明。\n\n坚守一线，守护万家平安\n\n本报讯(记者张三)全区共排查隐患23项。');
    expect(doc.articles.map((a) => a.title)).toEqual([null, '坚守一线，守护万家平安']);
    expect(doc.paragraphs[1]!.isHeading).toBe(true);
  });

  it('keeps a layout fragment with a comma as body text', () => {
    const doc = splitDocument('为确保行动实效,全省各级公安机关全\n\n报告显示，共排查隐患23项。');
    expect(doc.paragraphs.map((p) => p.kind)).toEqual(['body', 'body']);
  });
});
