import { describe, expect, it } from 'vitest';
import { createExtractor, extract, FactSchema, ZhReportMetricsError, type Segmenter } from '../../src/index.js';

const SENTENCE = '全市共排查各类安全隐患23.7万项，整改23万项，整改率97%。';

describe('extract()', () => {
  it('returns typed facts whose offsets slice the input', () => {
    const { facts } = extract(SENTENCE, { docId: 'a', publishedAt: '2023-07-01' });
    expect(facts.map((f) => [f.text, f.metric, f.value])).toEqual([
      ['23.7万项', 'hazards.found', 237000],
      ['23万项', 'hazards.rectified', 230000],
      ['97%', 'hazards.rectification_rate', 97],
    ]);
    for (const f of facts) {
      expect(SENTENCE.slice(f.start, f.end)).toBe(f.text);
      expect(f.doc).toBe('a');
      expect(() => FactSchema.parse(f)).not.toThrow();
    }
  });

  it('gives no facts for empty text or text without figures', () => {
    expect(extract('').facts).toEqual([]);
    expect(extract('安全生产是高质量发展的根基。').facts).toEqual([]);
  });

  it.each([[null], [undefined], [42], [Buffer.from('x')], [['a']]])('rejects %j with a TypeError that says to pass a string', (bad) => {
    expect(() => extract(bad as unknown as string)).toThrow(TypeError);
    expect(() => extract(bad as unknown as string)).toThrow(/expects a string/);
  });

  it('rejects an invalid option with a coded error naming it', () => {
    const call = () => extract(SENTENCE, { publishedAt: 'yesterday' });
    expect(call).toThrow(ZhReportMetricsError);
    expect(call).toThrow(/publishedAt/);
    expect(() => extract(SENTENCE, { colour: 'red' } as never)).toThrow(/invalid option/);
  });
});

describe('Segmenter interface', () => {
  // A nodejieba-shaped object: cut() only, no tag(). The extractor must use it.
  it('uses a caller-supplied segmenter such as nodejieba', () => {
    const calls: string[] = [];
    const fake: Segmenter = {
      cut(text) {
        calls.push(text);
        return text.match(/排查|安全隐患|各类|共|全市|整改率|整改|[\s\S]/g) ?? [];
      },
    };
    const { facts } = createExtractor({ segmenter: fake }).extract(SENTENCE);
    expect(calls.length).toBeGreaterThan(0);
    expect(facts.find((f) => f.text === '23.7万项')).toMatchObject({ metric: 'hazards.found', action: '排查', object: '安全隐患' });
  });

  it('rejects a segmenter without cut()', () => {
    expect(() => createExtractor({ segmenter: {} as Segmenter })).toThrow(/cut\(text\)/);
  });
});

describe('custom rules', () => {
  it('adds a rule for a metric the built-ins do not know', () => {
    const text = '全年植树造林1.5万亩。';
    expect(extract(text).facts[0]?.metric).toBe('other');
    const ex = createExtractor({ rules: [{ id: 'greening', metric: 'other', verbs: ['植树造林'] }] });
    expect(ex.extract(text).facts[0]).toMatchObject({ rule: 'greening', action: '植树造林' });
  });

  it('overrides a built-in rule by id', () => {
    const ex = createExtractor({ rules: [{ id: 'enforcement.fines', metric: 'other', verbs: ['罚款'], kinds: ['money'] }] });
    expect(ex.extract('罚款21.7万元。').facts[0]?.metric).toBe('other');
  });

  it('names the bad field of an invalid rule', () => {
    expect(() => createExtractor({ rules: [{ id: 'x', metric: 'nonsense' as never, verbs: ['a'] }] })).toThrow(/rules\[0\]\.metric/);
    expect(() => createExtractor({ rules: [{ id: 'x', metric: 'other' }] })).toThrow(/at least one of verbs/);
  });
});

describe('words as written', () => {
  it('gives action, object and unit in the caller\'s characters for traditional text', () => {
    const text = '全市共檢查鞋服、紡織、食品加工等企業3126家，發現事故隱患8640項。';
    const fact = extract(text).facts.find((f) => f.text === '8640項')!;
    expect(fact).toMatchObject({ metric: 'hazards.found', action: '發現', object: '事故隱患', unit: '項', value: 8640 });
    expect(extract(text).facts[0]).toMatchObject({ action: '檢查', object: '鞋服、紡織、食品加工等企業', metric: 'inspections.targets' });
  });
});

describe('offsets of a figure that ends a line', () => {
  it('keeps the line break after a headline figure out of the fact', () => {
    const text = '白蘭颱風救災統計出爐　消防局累計出勤逾4,800人次\n\n中度颱風白蘭於8月25日影響本市。';
    const fact = extract(text, { publishedAt: '2026-08-28' }).facts.find((f) => f.value === 4800)!;
    expect(fact.text).toBe('逾4,800人次');
    expect(text.slice(fact.start, fact.end)).toBe(fact.text);
  });
});

describe('org as written', () => {
  it('gives the org in the caller\'s characters where the text spells it', () => {
    const text = '陽朔縣五一期間安全形勢平穩\n\n五一期間，陽朔縣共檢查旅遊景區12個，發現安全隱患67處。';
    const fact = extract(text).facts.find((f) => f.text === '67處')!;
    expect(fact.org).toBe('陽朔縣');
    expect(fact.metric).toBe('hazards.found');
  });

  it('gives an org put together from two places in the caller\'s characters, level by level', () => {
    const text = '宜蘭縣政府消防局公布颱風災情\n\n三星鄉本次颱風農損逾6,200萬元。';
    expect(extract(text, { publishedAt: '2026-09-03' }).facts.find((f) => f.text === '逾6,200萬元')?.org).toBe('宜蘭縣三星鄉');
  });

  it('resolves a Taiwanese county with no GB/T 2260 code of its own (苗栗縣, 全縣)', () => {
    const text = '苗栗縣政府消防局今日公布9月份救災救護統計。9月份全縣共發生火災52件。';
    const fact = extract(text, { publishedAt: '2026-10-08' }).facts.find((f) => f.text === '52件')!;
    expect(fact).toMatchObject({ org: '苗栗縣', metric: 'accidents' });
  });

  it('gives the period as written too, dated through its simplified reading', () => {
    const text = '國慶假期期間，全省共發生道路交通事故236起，造成29人死亡。';
    const fact = extract(text, { publishedAt: '2024-10-08' }).facts.find((f) => f.text === '236起')!;
    expect(fact).toMatchObject({ period: '國慶假期期間', periodStart: '2024-10-01', periodEnd: '2024-10-07', metric: 'accidents' });
  });
});
