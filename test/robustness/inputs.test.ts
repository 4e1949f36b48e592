/**
 * What callers actually pass: non-strings, bad options, Windows line endings,
 * a byte-order mark, traditional characters. Offsets always index the string
 * the caller gave.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor, extract, findQuantities, ZhReportMetricsError, type Fact } from '../../src/index.js';

const CORPUS = join(import.meta.dirname, '../../corpus');
const DOCS = ['seeds', 'synthetic'].flatMap((dir) =>
  readdirSync(join(CORPUS, dir)).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(CORPUS, dir, f), 'utf8').replace(/\r\n/g, '\n') })));

/** What a fact says, without where it is. */
const meaning = (f: Fact) => ({ metric: f.metric, value: f.value, min: f.min, max: f.max, qualifier: f.qualifier, unit: f.unit, text: f.text, rule: f.rule });

function expectSlicesHold(text: string, facts: Fact[]): void {
  for (const f of facts) expect(text.slice(f.start, f.end), `fact at [${f.start}, ${f.end})`).toBe(f.text);
}

describe('non-string text', () => {
  it.each([
    ['null', null], ['undefined', undefined], ['a number', 42], ['a Buffer', Buffer.from('全市排查隐患3处')],
    ['an object', { text: '3处' }], ['an array', ['3处']],
  ])('extract(%s) throws a TypeError that says to pass a string', (_, bad) => {
    const call = () => extract(bad as unknown as string);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(/string/);
    expect(() => createExtractor().extract(bad as unknown as string)).toThrow(TypeError);
  });

  it.each([['null', null], ['undefined', undefined], ['a number', 7], ['a Buffer', Buffer.from('3处')]])(
    'findQuantities(%s) throws a TypeError that says to pass a string', (_, bad) => {
      const call = () => findQuantities(bad as unknown as string);
      expect(call).toThrow(TypeError);
      expect(call).toThrow(/string/);
    });

  it('gives the error a stable code', () => {
    try {
      extract(null as unknown as string);
      expect.unreachable();
    } catch (e) {
      expect((e as { code?: string }).code).toBe('ZRM_INVALID_TEXT');
    }
  });
});

describe('invalid options', () => {
  const codeOf = (call: () => unknown): string | undefined => {
    try {
      call();
    } catch (e) {
      expect(e).toBeInstanceOf(ZhReportMetricsError);
      return (e as ZhReportMetricsError).code;
    }
    return undefined;
  };

  it.each([
    ['publishedAt: yesterday', { publishedAt: 'yesterday' }],
    ['publishedAt: a number', { publishedAt: 2023 }],
    ['docId: a number', { docId: 5 }],
    ['an unknown key', { colour: 'red' }],
    ['a misspelt key', { publishedat: '2023-07-01' }],
  ])('extract with %s → ZRM_INVALID_OPTIONS', (_, options) => {
    expect(codeOf(() => extract('整改23万项', options as never))).toBe('ZRM_INVALID_OPTIONS');
    expect(codeOf(() => createExtractor(options as never))).toBe('ZRM_INVALID_OPTIONS');
  });

  it('names the offending option in the message', () => {
    expect(() => extract('整改23万项', { publishedAt: 'yesterday' })).toThrow(/publishedAt/);
  });
});

describe('CRLF line endings', () => {
  it.each(DOCS.map((d) => [d.name, d.text]))('%s gives the same facts with CRLF, at offsets into the CRLF string', (_, lf) => {
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = extract(lf).facts;
    const b = extract(crlf).facts;
    expectSlicesHold(crlf, b);
    expect(b.map(meaning)).toEqual(a.map(meaning));
  });
});

describe('byte-order mark', () => {
  it.each(DOCS.map((d) => [d.name, d.text]))('%s with a BOM: same facts, offsets one further, slices hold', (_, text) => {
    const withBom = '\uFEFF' + text;
    const a = extract(text).facts;
    const b = extract(withBom).facts;
    expectSlicesHold(withBom, b);
    expect(b.map(meaning)).toEqual(a.map(meaning));
    expect(b.map((f) => f.start)).toEqual(a.map((f) => f.start + 1));
  });

  it('a short sentence with a BOM keeps its fact', () => {
    const text = '\uFEFF全市共排查各类安全隐患23.7万项。';
    const fact = extract(text).facts.find((f) => f.value === 237000);
    expect(fact).toBeDefined();
    expect(text.slice(fact!.start, fact!.end)).toBe('23.7万项');
  });
});

describe('traditional characters', () => {
  it('reads 23.7萬項 in a traditional sentence as 237000, sliced from the input', () => {
    const text = '全市共排查各類安全隱患23.7萬項';
    const fact = extract(text).facts.find((f) => f.value === 237000);
    expect(fact, JSON.stringify(extract(text).facts)).toBeDefined();
    expect(fact!.text).toBe('23.7萬項');
    expect(text.slice(fact!.start, fact!.end)).toBe(fact!.text);
  });

  it('gives the same values and metrics as the simplified sentence', () => {
    const simplified = extract('全市共排查各类安全隐患23.7万项，整改23万项，整改率97%。').facts;
    const traditional = extract('全市共排查各類安全隱患23.7萬項，整改23萬項，整改率97%。').facts;
    expect(traditional.map((f) => [f.metric, f.value])).toEqual(simplified.map((f) => [f.metric, f.value]));
  });
});
