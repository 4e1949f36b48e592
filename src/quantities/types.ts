/**
 * A quantity found in text: a number with its qualifier and unit, before it is
 * known what it counts. Offsets are half-open into the string that was scanned:
 * `text.slice(q.start, q.end) === q.text` always.
 */
export type Qualifier = 'exact' | 'approx' | 'over' | 'under' | 'range';

/** What kind of figure the unit makes it. */
export type QuantityKind = 'count' | 'money' | 'percent' | 'percentage_point' | 'permille' | 'fraction' | 'number';

export interface Quantity {
  /** The quantity as written: number, multiplier, qualifier words and unit. */
  text: string;
  start: number;
  end: number;
  /** Normalised value (万 ×10⁴, 亿 ×10⁸; money in 元; percent as 97 for 97%). */
  value: number;
  /** Lower bound when the figure is not exact, else null. */
  min: number | null;
  /** Upper bound when the figure is not exact, else null. */
  max: number | null;
  qualifier: Qualifier;
  /** Classifier or unit as written with 万/亿 removed (`项`, `人次`, `元`, `%`, `个百分点`), or null. */
  unit: string | null;
  kind: QuantityKind;
}
