import { describe, expect, it } from 'vitest';
import { classifyLine, findDateline, splitDocument, type LineKind } from '../../src/split/index.js';

/** One line of a page → its kind; every kind but `body` and `item` is `isHeading`. */
const LINES: [line: string, kind: LineKind][] = [
  ['党政齐抓 全员联动攻坚', 'heading'],
  ['国网长春供电公司：提早行动保汛期安全可靠供电', 'heading'],
  ['——二〇二二年吉林省网络安全宣传周活动综述', 'heading'],
  ['“把心扎在这里,让居民永远有依靠”', 'heading'],
  ['## 园林部门排查危树除隐患', 'markdown'],
  ['### 平城区教育局', 'markdown'],
  ['本报记者 孟凡明', 'byline'],
  ['□本报记者 王嘉晨', 'byline'],
  ['全媒体记者 杨佳', 'byline'],
  ['本报记者 王萌 摄', 'caption'],
  ['孙露摄(资料照片)', 'caption'],
  ['图为9月16日,北关区相关部门工作人员为往来群众发放宣传资料。(杨光明 摄)', 'caption'],
  ['(上接第一版)', 'continuation'],
  ['本版编辑 郭洪涛 程源', 'furniture'],
  ['www.dtnews.cn', 'furniture'],
  ['山西应急周刊·安全生产　2025年3月20日　星期四　第5版', 'furniture'],
  ['第3版：要闻', 'furniture'],
  ['第三版将刊发检查结果。', 'body'], // a sentence that names a page is no folio
  ['威力卿', 'name'],
  // Body text, including short tails and a dateline paragraph.
  ['会议还研究了其他事项。', 'body'],
  ['政治责任。', 'body'],
  ['本报讯(记者孙红丽)“感谢汽开区信访局和咱们街道的各位领导。”', 'body'],
  ['全市共排查各类安全隐患23.7万项，整改23万项，整改率97%。', 'body'],
  // List items of a social-media post: a bullet and a figure, or an arrow before a figure. A pictograph with no figure is a title.
  ['👉 检查企业 1,035 家', 'item'],
  ['✅ 组织各类应急演练 58 场', 'item'],
  ['● 发现隐患三十余处', 'item'],
  ['隐患数 ⬇️ 8.3%', 'item'],
  ['🔥安全生产月｜滨江交出这份“成绩单”👇', 'heading'],
  ['白兰台风救灾统计出炉 消防局累计出勤逾4,800人次', 'heading'], // a thousands comma is no clause break
  ['💡小编提醒', 'heading'],
  // A table row flattened into text: cells apart by runs of spaces, two figures or more.
  ['柯城区　　检查企业 318家　　发现隐患 842处', 'item'],
  ['全市排查隐患23.7万项 整改23万项', 'heading'], // a headline with two figures and single spaces
  // … or two bare numbers as cells, the unit in the header; a date or a number with its unit is no bare cell.
  ['道路运输　9　8', 'item'],
  ['合计 21 17', 'item'],
  ['水上交通　1,284　92.7%', 'item'],
  ['2025 平安中国 建设', 'heading'], // one bare number
  ['今年第1期 共8版', 'heading'],
];

describe('classifyLine', () => {
  it.each(LINES)('%s → %s', (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });

  it('sets isHeading from the kind', () => {
    const doc = splitDocument('党政齐抓 全员联动攻坚\n\n全市共排查隐患23项。');
    expect(doc.paragraphs.map((p) => [p.kind, p.isHeading])).toEqual([['heading', true], ['body', false]]);
  });
});

const DATELINES: [paragraph: string, dateline: string | null][] = [
  ['本报讯(记者孙红丽)“感谢汽开区信访局…”', '本报讯(记者孙红丽)'],
  ['本报9月12日讯(李成财 记者邱国强)记者在省应急管理厅获悉', '本报9月12日讯(李成财 记者邱国强)'],
  ['本报讯(记者 尚丽)受冷空气影响', '本报讯(记者 尚丽)'],
  ['2024年10月9日讯 国庆假期期间', '2024年10月9日讯'],
  ['新华社北京9月1日电(记者张三)应急管理部', '新华社北京9月1日电(记者张三)'],
  ['记者从绍兴市应急管理局获悉，2024年1至9月', '记者从绍兴市应急管理局获悉'],
  ['本报记者 孟凡明', '本报记者 孟凡明'],
  // Near-misses.
  ['本报记者近日走访了十委社区，看到居民楼焕然一新。', null],
  ['5月17日，长春启动安全生产百日攻坚行动。', null],
];

describe('findDateline', () => {
  it.each(DATELINES)('%s → %s', (paragraph, dateline) => {
    const m = findDateline(paragraph);
    expect(m ? paragraph.slice(0, m.length) : null).toBe(dateline);
  });
});
