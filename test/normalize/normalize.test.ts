import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';

/** input → normalised text; `spans` are [normalised slice, original slice] pairs the map must recover. */
const ROWS: { name: string; input: string; text: string; spans?: [string, string][] }[] = [
  { name: 'full-width digits and percent', input: '整改率９７％', text: '整改率97%', spans: [['97%', '９７％']] },
  { name: 'full-width decimal point', input: '排查隐患２３．７万项', text: '排查隐患23.7万项', spans: [['23.7万项', '２３．７万项']] },
  { name: 'full-width brackets', input: '检查２８个县（市、区）', text: '检查28个县(市、区)', spans: [['(市、区)', '（市、区）']] },
  { name: 'full-width letters', input: 'ＧＤＰ增长', text: 'GDP增长' },
  { name: 'Chinese punctuation stays', input: '发现隐患，整改。“好”', text: '发现隐患，整改。“好”' },
  { name: 'ideographic space indent', input: '\u3000\u3000本报讯', text: '  本报讯' },
  { name: 'CRLF becomes LF', input: '第一段。\r\n第二段，共３项。', text: '第一段。\n第二段，共3项。', spans: [['3项', '３项']] },
  { name: 'lone CR becomes LF', input: '第一段。\r第二段。', text: '第一段。\n第二段。' },
  { name: 'BOM at start ignored', input: '\uFEFF检查企业3126家', text: '检查企业3126家', spans: [['3126家', '3126家']] },
  { name: 'zero-width space dropped', input: '安全隐\u200B患12处', text: '安全隐患12处', spans: [['隐患12处', '隐\u200B患12处']] },
  { name: 'NUL and controls become spaces', input: '隐患\u000012\u0007处', text: '隐患 12 处' },
  { name: 'lone surrogates become U+FFFD', input: 'a\uD800b\uDC00c', text: 'a\uFFFDb\uFFFDc' },
  { name: 'surrogate pairs kept', input: '𠀀隐患3处', text: '𠀀隐患3处', spans: [['3处', '3处']] },
  { name: 'white circle between Chinese numerals is zero', input: '較二○二四年的9宗；○ 加强领导', text: '较二〇二四年的9宗；○ 加强领导', spans: [['二〇二四年', '二○二四年']] },
  { name: 'empty text', input: '', text: '' },
];

describe('normalizeText', () => {
  it.each(ROWS)('$name', ({ input, text, spans }) => {
    const n = normalizeText(input);
    expect(n.text).toBe(text);
    expect(n.original).toBe(input);
    for (const [normal, original] of spans ?? []) {
      const a = n.text.indexOf(normal);
      expect(a).toBeGreaterThanOrEqual(0);
      expect(input.slice(n.offsets[a]!, n.offsets[a + normal.length]!)).toBe(original);
    }
  });

  it.each(ROWS)('offset map holds: $name', ({ input }) => {
    const n = normalizeText(input);
    expect(n.offsets.length).toBe(n.text.length + 1);
    expect(n.offsets[n.text.length]).toBe(input.length);
    for (let i = 1; i < n.offsets.length; i++) expect(n.offsets[i]!).toBeGreaterThan(n.offsets[i - 1]!);
  });

  it('maps a BOM-prefixed text from offset 1', () => {
    const n = normalizeText('\uFEFF长春');
    expect(n.offsets[0]).toBe(1);
  });

  it('is the identity on plain simplified text', () => {
    const input = '全市共排查各类安全隐患23.7万项，整改23万项，整改率97%。';
    const n = normalizeText(input);
    expect(n.text).toBe(input);
    expect(Array.from(n.offsets)).toEqual(Array.from({ length: input.length + 1 }, (_, i) => i));
  });
});
