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
const tidy = (v: number): number => (Number.isInteger(v) || !Number.isFinite(v) ? v : Number(v.toPrecision(15)));

/**
 * Bounds from the qualifier (corpus/gold/ANNOTATION.md): range → value = min =
 * low, max = high; over → min = value; under → max = value; approx and exact →
 * no bounds. `2.8万余个` → 28000, min 28000; `近50天` → 50, max 50;
 * `10至15家` → 10, 10…15; `约516万元` → 5160000, approx.
 */
export function resolveBounds(found: Found, original: string): Quantity {
  const text = original.slice(found.start, found.end);
  const { start, end, unit, kind } = found;
  if (found.low !== null && found.high !== null) {
    const low = tidy(found.low), high = tidy(found.high);
    return { text, start, end, value: low, min: low, max: high, qualifier: 'range', unit, kind };
  }
  const value = tidy(found.value);
  let qualifier: Qualifier = 'exact';
  for (const q of found.qualifiers) if (q !== null) { qualifier = q; break; }
  const min = qualifier === 'over' ? value : null;
  const max = qualifier === 'under' ? value : null;
  return { text, start, end, value, min, max, qualifier, unit, kind };
}
