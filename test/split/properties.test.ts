import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';
import { splitDocument, type DocumentStructure, type Span } from '../../src/split/index.js';

/** Pieces that make page-like text: Chinese words, punctuation, digits, breaks, furniture. */
const PIECES = ['隐患', '检查', '企业', '12', '３', '萬元', '，', '。', '、', '；', '：', '……', '“', '”', '(', ')', '（', '）', '《', '》',
  '\n', '\n\n', '\r\n', ' ', '\u3000', '## ', '本报讯(记者孙红丽)', '本报记者 王萌', ' 摄', '(上接第一版)', '——', '\uFEFF', '\uD800', '\u0000', 'ab'];
const pageText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

function expectInside(inner: Span, outer: Span) {
  expect(inner.start).toBeGreaterThanOrEqual(outer.start);
  expect(inner.end).toBeLessThanOrEqual(outer.end);
  expect(inner.start).toBeLessThan(inner.end);
}

function expectTiling(parts: Span[], whole: Span) {
  expect(parts[0]!.start).toBe(whole.start);
  expect(parts[parts.length - 1]!.end).toBe(whole.end);
  for (let i = 1; i < parts.length; i++) expect(parts[i]!.start).toBe(parts[i - 1]!.end);
}

function checkStructure(doc: DocumentStructure) {
  expectTiling(doc.articles, { start: 0, end: doc.text.length });
  doc.paragraphs.forEach((p, i) => {
    expectInside(p, doc.articles[p.articleIndex]!);
    if (i > 0) expect(p.start).toBeGreaterThanOrEqual(doc.paragraphs[i - 1]!.end);
    if (p.repeatOf !== null) expect(p.repeatOf).toBeLessThan(p.index);
    expectTiling(doc.sentences.filter((s) => s.paragraphIndex === p.index), p);
  });
  // Every non-space character is in some paragraph.
  const covered = doc.paragraphs.reduce((n, p) => n + doc.text.slice(p.start, p.end).replace(/[ \n]/g, '').length, 0);
  expect(covered).toBe(doc.text.replace(/[ \n]/g, '').length);
  for (const s of doc.sentences) {
    expect(s.articleIndex).toBe(doc.paragraphs[s.paragraphIndex]!.articleIndex);
    expectTiling(doc.clauses.filter((c) => c.sentenceIndex === s.index), s);
  }
}

describe('properties of normalisation and splitting', () => {
  it('never throws, keeps the offset map, and nests spans', () => {
    fc.assert(fc.property(pageText, (original) => {
      const n = normalizeText(original);
      expect(n.offsets.length).toBe(n.text.length + 1);
      expect(n.offsets[n.text.length]).toBe(original.length);
      for (let i = 1; i < n.offsets.length; i++) expect(n.offsets[i]!).toBeGreaterThanOrEqual(n.offsets[i - 1]!);
      if (n.text.length > 0) expect(n.offsets[n.text.length - 1]!).toBeLessThan(original.length);
      checkStructure(splitDocument(n.text));
    }), { numRuns: 400 });
  });

  it('handles huge inputs in linear time', () => {
    const noPunctuation = '安全隐患排查整治'.repeat(1_250_000); // 10 M characters
    const manyLines = '隐患\n'.repeat(200_000);
    const manyOpeners = '(“《'.repeat(100_000) + '》'.repeat(100_000);
    const hugeHeadline = '长春扎实开展安全生产百日攻坚行动——\n' + '纵深推进 久久为功\n'.repeat(200_000) + '全市共排查隐患23项。';
    const manyArticles = '汽开区坚持源头治理\n\n本报讯(记者孙红丽)全区共排查隐患23项。\n\n'.repeat(50_000);
    for (const text of [noPunctuation, manyLines, manyOpeners, hugeHeadline, manyArticles]) {
      const t0 = Date.now();
      const doc = splitDocument(normalizeText(text).text);
      expect(doc.articles.length).toBeGreaterThan(0);
      expect(Date.now() - t0).toBeLessThan(20_000); // a guard against quadratic blow-up, not a benchmark
    }
  });
});
