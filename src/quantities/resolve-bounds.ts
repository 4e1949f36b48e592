import type { Qualifier, Quantity, QuantityKind } from './types.js';

/** What the readers found, before bounds are set. */
export interface Found {
  start: number;
  end: number;
  value: number;
  /** Set for ranges: `10至15家`, `三四十个`, `数百`. */
  low: number | null;
  high: number | null;
  /** Qualifier words in the order of precedence: inner (`余`), suffix (`以上`), prefix (`约`). */
  qualifiers: (Qualifier | null)[];
  unit: string | null;
  kind: QuantityKind;
}

/** Rounds away float noise: 23.7 × 10⁴ is 237000, not 237000.00000000003. */
const tidy = (v: number): number => (Number.isFinite(v) ? Number(v.toPrecision(15)) : v);

/**
 * Bounds from the qualifier (corpus/gold/ANNOTATION.md): range → value = min =
 * low, max = high; over → min = value; under → max = value; approx and exact →
 * no bounds. `2.8万余个` → 28000, min 28000; `近50天` → 50, max 50;
 * `10至15家` → 10, 10…15; `约516万元` → 5160000, approx.
 */
export function resolveBounds(found: Found, original: string): Quantity {
  const base = { text: original.slice(found.start, found.end), start: found.start, end: found.end, unit: found.unit, kind: found.kind };
  if (found.low !== null && found.high !== null) {
    const low = tidy(found.low), high = tidy(found.high);
    return { ...base, value: low, min: low, max: high, qualifier: 'range' };
  }
  const value = tidy(found.value);
  const qualifier = found.qualifiers.find((q) => q !== null) ?? 'exact';
  const min = qualifier === 'over' ? value : null;
  const max = qualifier === 'under' ? value : null;
  return { ...base, value, min, max, qualifier };
}
