import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';
import { CHAR_TABLE } from '../../src/normalize/char-table.js';
import { TRADITIONAL_PAIRS } from '../../src/normalize/lexicon/traditional.js';
import { DERIVED_TRADITIONAL_PAIRS } from '../../src/normalize/lexicon/traditional-derived.js';

const ROWS: [traditional: string, simplified: string][] = [
  ['長春市', '长春市'],
  ['應急管理廳', '应急管理厅'],
  ['發現事故隱患8640項，整改8452項', '发现事故隐患8640项，整改8452项'],
  ['罰款金額約265萬元', '罚款金额约265万元'],
  ['檢查鞋服、紡織、食品加工等企業3126家', '检查鞋服、纺织、食品加工等企业3126家'],
  ['立案查處違法行為188宗', '立案查处违法行为188宗'],
  ['全市累計培訓企業負責人2.3萬餘人次', '全市累计培训企业负责人2.3万余人次'],
  ['下撥省級救災資金3.8億元', '下拨省级救灾资金3.8亿元'],
  ['兩個單位開展組織', '两个单位开展组织'],
  ['調撥帳篷、摺疊床', '调拨帐篷、折叠床'],
  // Characters beyond the hand-checked table, from OpenCC (scripts/build-traditional.ts): Taiwanese fines, 臺.
  ['處以罰鍰612件，臺中市', '处以罚锾612件，台中市'],
  ['並於頒獎典禮', '并于颁奖典礼'],
  // Characters shared with simplified text are left alone.
  ['著名的乾隆年间', '著名的乾隆年间'],
  ['瞭望塔、乾燥、著作', '瞭望塔、乾燥、著作'],
];

describe('traditional → simplified', () => {
  it.each(ROWS)('%s → %s', (traditional, simplified) => {
    const n = normalizeText(traditional);
    expect(n.text).toBe(simplified);
    expect(n.offsets[n.text.length]).toBe(traditional.length);
  });

  it('maps characters one for one (the offset map stays the identity)', () => {
    const n = normalizeText('哈爾濱市春節假期安全形勢平穩');
    expect(Array.from(n.offsets)).toEqual(Array.from({ length: n.text.length + 1 }, (_, i) => i));
  });

  it('leaves no traditional character of the table in the synthetic traditional briefs', () => {
    const keys = new Set(TRADITIONAL_PAIRS.split(/\s+/).filter(Boolean).map((pair) => pair[0]));
    for (const doc of ['s13', 's14', 's15', 's16']) {
      const text = normalizeText(readFileSync(new URL(`../../corpus/synthetic/${doc}.txt`, import.meta.url), 'utf8')).text;
      expect([...text].filter((ch) => keys.has(ch)), doc).toEqual([]);
    }
  });

  it('has well-formed pairs and no key twice, in the hand table and the derived one together', () => {
    const pairs = (TRADITIONAL_PAIRS + ' ' + DERIVED_TRADITIONAL_PAIRS).split(/\s+/).filter(Boolean);
    expect(pairs.every((pair) => pair.length === 2 && pair[0] !== pair[1])).toBe(true);
    expect(new Set(pairs.map((pair) => pair[0])).size).toBe(pairs.length);
    expect(pairs.length).toBeGreaterThan(2000);
  });
});

describe('traditional → simplified leaves simplified report text alone', () => {
  // (The seeds hold one stray 決 in 以铁的決心: the hand table maps it, rightly.)
  const derivedKeys = new Set(DERIVED_TRADITIONAL_PAIRS.split(/\s+/).filter(Boolean).map((pair) => pair[0]));
  const handKeys = new Set(TRADITIONAL_PAIRS.split(/\s+/).filter(Boolean).map((pair) => pair[0]));
  it('the derived pairs change no character of the simplified corpus (seeds, composed reports but the traditional-character ones)', () => {
    const dirs = ['seeds', 'composed'];
    for (const d of dirs) {
      const dir = new URL(`../../corpus/${d}/`, import.meta.url);
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
        const text = readFileSync(new URL(f, dir), 'utf8');
        if ([...text].filter((ch) => handKeys.has(ch)).length >= 5) continue; // a traditional-character report

        const changed = [...text].filter((ch) => derivedKeys.has(ch) && CHAR_TABLE[ch.charCodeAt(0)] !== ch.charCodeAt(0));
        expect(changed, `${d}/${f}`).toEqual([]);
      }
    }
  });
});
