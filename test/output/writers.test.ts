import { describe, expect, it } from 'vitest';
import { FactSchema } from '../../src/schema/fact.js';
import {
  createCsvWriter, createJsonlWriter, createJsonWriter, CSV_COLUMNS, writeAll, type DocumentFacts,
} from '../../src/output/index.js';
import { makeFact } from './make-fact.js';
import { parseCsvRecords } from './parse-csv.js';

const text = '全市共排查各类安全隐患23.7万项，整改23万项。';
const documents: DocumentFacts[] = [
  { doc: 'a.txt', text, facts: [makeFact({ start: 11, end: 17 }), makeFact({ metric: 'hazards.rectified', value: 230000, start: 20, end: 24, text: '23万项' })] },
  { doc: 'empty.txt', text: '无数字。', facts: [] },
  { doc: 'n1', text, facts: [makeFact({ doc: 'n1' })], meta: { source: 'xinhua', url: 'https://example.org/1' } },
];

describe('jsonl and json writers', () => {
  it('writes one fact a line with every Fact field, meta only when the record had some', () => {
    const lines = writeAll(createJsonlWriter(), documents).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(FactSchema.parse(l)).toBeTruthy();
    expect(Object.keys(lines[0])).toEqual(Object.keys(FactSchema.shape));
    expect(lines[0].meta).toBeUndefined();
    expect(lines[2].meta).toEqual({ source: 'xinhua', url: 'https://example.org/1' });
  });

  it('writes a JSON array that parses, also when there is no fact at all', () => {
    expect(JSON.parse(writeAll(createJsonWriter(), documents))).toHaveLength(3);
    expect(JSON.parse(writeAll(createJsonWriter(), [documents[1]!]))).toEqual([]);
  });
});

describe('csv writer', () => {
  it('has a column for every Fact field (region flattened) and meta', () => {
    const expected = Object.keys(FactSchema.shape).flatMap((k) =>
      k === 'region' ? ['regionCode', 'regionName', 'regionProvince', 'regionCity'] : [k]);
    expect(CSV_COLUMNS).toEqual([...expected, 'meta']);
  });

  it('quotes commas, double quotes and line breaks as RFC 4180 says, with CRLF record ends', () => {
    const tricky = makeFact({ sentence: '共查处"三合一"场所12家，\n罚款3万元', object: 'a,b', region: null, org: null });
    const csv = writeAll(createCsvWriter(), [{ doc: 'x', text: '', facts: [tricky] }]);
    expect(csv).toContain('"共查处""三合一""场所12家，\n罚款3万元"');
    expect(csv).toContain('"a,b"');
    const lineBreakOnly = writeAll(createCsvWriter(), [{ doc: 'x', text: '', facts: [makeFact({ sentence: '整改23万项\n共计。' })] }]);
    expect(lineBreakOnly).toContain(',"整改23万项\n共计。",');
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsvRecords(csv);
    expect(rows[0]!.sentence).toBe(tricky.sentence);
    expect(rows[0]!.object).toBe('a,b');
    expect(rows[0]!.org).toBe('');
    expect(rows[0]!.regionCode).toBe('');
  });

  it('starts with a byte order mark only with bom', () => {
    expect(writeAll(createCsvWriter({ bom: true }), []).startsWith('\uFEFFdoc,metric,')).toBe(true);
    expect(writeAll(createCsvWriter(), []).startsWith('doc,metric,')).toBe(true);
  });

  it('keeps JSONL metadata as JSON in the meta column', () => {
    const rows = parseCsvRecords(writeAll(createCsvWriter(), [documents[2]!]));
    expect(JSON.parse(rows[0]!.meta!)).toEqual(documents[2]!.meta);
    expect(rows[0]!.regionCode).toBe('2201');
  });
});
