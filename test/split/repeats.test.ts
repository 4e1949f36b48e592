import { describe, expect, it } from 'vitest';
import { splitDocument } from '../../src/split/index.js';
import { paragraphText, readPage } from './read-page.js';

describe('layout repeats', () => {
  it('marks the repeated paragraph of seed 001 and points at its first print', () => {
    const page = readPage('seeds/001_cc19d1a49521d0b9');
    const repeats = page.paragraphs.filter((p) => p.repeatOf !== null);
    expect(repeats.map((p) => paragraphText(page, p.index).slice(0, 12))).toEqual(['面启动社会面巡逻防控高等']);
    const first = paragraphText(page, repeats[0]!.repeatOf!);
    // The first print was joined onto the paragraph before it by the layout-break join.
    expect(first.startsWith('为确保行动实效,全省各级公安机关全面启动社会面巡逻防控高等级勤务')).toBe(true);
    expect(first.endsWith(paragraphText(page, repeats[0]!.index))).toBe(true);
    expect(first).toContain('共检查场所2.8万余个');
  });

  it('marks the repeated article and the shifted copy on seed 004', () => {
    const page = readPage('seeds/004_057e40cda904afc8');
    const repeated = page.paragraphs.filter((p) => p.repeatOf !== null).map((p) => paragraphText(page, p.index).slice(0, 8));
    expect(repeated).toEqual(['资源服务产业园建', '市政协副主席郑旭', '强化指导、强化督', '会议强调，要深入', '会议指出，粮食安', '会前，胡斌还主持']);
  });

  it.each(['000_b00e09ce1b2c66a0', '002_4d1768eb9fa809d2', '003_a1ace0c55873553a'])('finds none on seed %s', (doc) => {
    expect(readPage(`seeds/${doc}`).paragraphs.filter((p) => p.repeatOf !== null)).toEqual([]);
  });

  const ROWS: [name: string, text: string, repeatOf: (number | null)[]][] = [
    ['an exact copy', '全市共排查各类安全隐患23.7万项，整改23万项。\n\n全市共排查各类安全隐患23.7万项，整改23万项。', [null, 0]],
    ['a copy of a copy points at the first', '全市共排查各类安全隐患23.7万项，整改23万项。\n\n全市共排查各类安全隐患23.7万项，整改23万项。\n\n全市共排查各类安全隐患23.7万项，整改23万项。', [null, 0, 0]],
    ['a long prefix-equal copy', '截至目前，该公司共完成重要防汛地段10千伏配电线路23条，累计出动党员335人次。\n\n截至目前，该公司共完成重要防汛地段10千伏配电线路23条，累计出动党员335人', [null, 0]],
    ['a short shared start is no repeat', '全市共排查各类安全隐患23.7万项，整改23万项。\n\n全市共排查各类安全隐患12处，其中重大隐患3处，均已整改到位。', [null, null]],
    ['short lines are never repeats', '会议还研究了其他事项。\n\n会议还研究了其他事项。', [null, null]],
    ['headings are never repeats', '## 深入学习贯彻习近平总书记重要讲话精神奋力推动\n\n## 深入学习贯彻习近平总书记重要讲话精神奋力推动', [null, null]],
  ];

  it.each(ROWS)('%s', (_name, text, repeatOf) => {
    expect(splitDocument(text).paragraphs.map((p) => p.repeatOf)).toEqual(repeatOf);
  });
});

describe('layout repeats in linear time', { retry: 2 }, () => {
  /** Milliseconds of one splitDocument call: best of 5 rounds, each ≥ 20 ms of calls (as in test/robustness; 5, as this file runs beside others). */
  function timeSplit(text: string): number {
    let best = Infinity;
    for (let round = 0; round < 5; round++) {
      let calls = 0;
      const t0 = performance.now();
      do { splitDocument(text); calls++; } while (performance.now() - t0 < 20);
      best = Math.min(best, (performance.now() - t0) / calls);
    }
    return best;
  }

  it('a page of one paragraph printed thousands of times: 10× the text costs < 30× the time', () => {
    const page = (n: number) => '全市排查隐患3处，整改2处，罚款5万元，全市排查。\n\n'.repeat(n);
    const doc = splitDocument(page(5));
    expect(doc.paragraphs.map((p) => p.repeatOf)).toEqual([null, 0, 0, 0, 0]);
    splitDocument(page(100)); // warm up
    expect(timeSplit(page(7000)) / timeSplit(page(700))).toBeLessThan(30);
  });
});
