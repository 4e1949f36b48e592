/**
 * Properties of findQuantities on random text made of the pieces report
 * figures are made of, plus hostile code units: it never throws, spans slice
 * the input, results are sorted and disjoint, values finite, bounds ordered.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/quantities/index.js';

const PIECES = [
  ...'0123456789０１２３４５６７８９', '.', ',', '，', '-', '+', '/', ':', '^', 'e', 'k',
  ...'〇零一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟萬億兩', '半', '数', '几', '上', '负', '又', '分之', '点',
  '个', '项', '家', '人次', '人', '元', '万元', '%', '％', '‰', '个百分点', '处', '起', '次', '年', '月', '日', '时', '成', '折',
  '余', '多', '近', '约', '超过', '以上', '以下', '左右', '不足', '至', '到', '～', '—', '第', '百分之', '千分之',
  ...'，。、；：“”()（）《》 ', '\n', '\r\n', '\t', '\u3000',
  '\uD800', '\uDC00', '\u0000', '😀', '𠀀', '\uFEFF', 'http://a.b/1', 'a@b.cn', 'H', 'G',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));

describe('findQuantities on random report-like text', () => {
  it('never throws; offsets, order, values and bounds hold', () => {
    fc.assert(fc.property(text, (t) => {
      const qs = findQuantities(t);
      let last = 0;
      for (const q of qs) {
        expect(t.slice(q.start, q.end)).toBe(q.text);
        expect(q.start).toBeGreaterThanOrEqual(last);
        expect(q.end).toBeGreaterThan(q.start);
        last = q.end;
        expect(Number.isFinite(q.value)).toBe(true);
        if (q.min !== null) { expect(Number.isFinite(q.min)).toBe(true); expect(q.min).toBeLessThanOrEqual(q.value); }
        if (q.max !== null) { expect(Number.isFinite(q.max)).toBe(true); expect(q.max).toBeGreaterThanOrEqual(q.value); }
        if (q.min !== null && q.max !== null) expect(q.min).toBeLessThanOrEqual(q.max);
      }
    }), { numRuns: 3000 });
  });

  it('finds the same figures in full-width and traditional spellings', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99999 }), fc.constantFrom('万', '萬', ''), (n, wan) => {
      const half = findQuantities(`检查${n}${wan}家`);
      const full = findQuantities(`检查${String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))}${wan}家`);
      expect(full.map((q) => q.value)).toEqual(half.map((q) => q.value));
    }), { numRuns: 300 });
  });
});
