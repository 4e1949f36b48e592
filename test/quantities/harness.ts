/**
 * One harness for every table of real phrases: a row names the input, the
 * quantity's text as it must be found (finding), and its value, bounds and unit
 * (resolving). Negative rows name text no quantity may overlap, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities, type Qualifier, type Quantity, type QuantityKind } from '../../src/quantities/index.js';

export interface Row {
  /** A phrase from report text. */
  in: string;
  /** The quantity as it must be found (its first occurrence in `in`). */
  text: string;
  value: number;
  min?: number | null;
  max?: number | null;
  qualifier?: Qualifier;
  unit?: string | null;
  kind?: QuantityKind;
}

export interface NegativeRow {
  in: string;
  /** Text that no quantity may overlap; the whole input when omitted. */
  none?: string;
  reason: string;
}

const at = (input: string, text: string) => {
  const start = input.indexOf(text);
  if (start < 0) throw new Error(`row text ${text} is not in ${input}`);
  return { start, end: start + text.length };
};

const found = (row: Row): Quantity | undefined => {
  const { start } = at(row.in, row.text);
  return findQuantities(row.in).find((q) => q.start === start);
};

/** Runs a table: one `finding` test (span) and one `resolving` test (value, bounds, unit) per row. */
export function runTable(name: string, rows: readonly Row[]): void {
  describe(`${name}: finding`, () => {
    it.each(rows.map((r) => [r.in, r] as const))('%s', (_, row) => {
      const q = found(row);
      expect(q?.text, `no quantity starts at ${row.text}`).toBe(row.text);
      expect(q!.end).toBe(at(row.in, row.text).end);
      expect(row.in.slice(q!.start, q!.end)).toBe(q!.text);
    });
  });
  describe(`${name}: resolving`, () => {
    it.each(rows.map((r) => [r.text, r] as const))('%s', (_, row) => {
      const q = found(row);
      expect(q).toBeDefined();
      const want = { value: row.value, min: row.min ?? null, max: row.max ?? null, qualifier: row.qualifier ?? 'exact', unit: row.unit === undefined ? null : row.unit };
      const got = { value: q!.value, min: q!.min, max: q!.max, qualifier: q!.qualifier, unit: q!.unit };
      expect(got.value).toBeCloseTo(want.value, 9);
      expect({ ...got, value: want.value }).toEqual(want);
      if (row.kind) expect(q!.kind).toBe(row.kind);
    });
  });
}

/** Runs negatives: no quantity overlaps `none` (or the whole input). */
export function runNegatives(name: string, rows: readonly NegativeRow[]): void {
  describe(`${name}: not quantities`, () => {
    it.each(rows.map((r) => [r.in, r.reason, r] as const))('%s (%s)', (_, __, row) => {
      const span = at(row.in, row.none ?? row.in);
      const hits = findQuantities(row.in).filter((q) => q.start < span.end && span.start < q.end);
      expect(hits.map((q) => q.text)).toEqual([]);
    });
  });
}
