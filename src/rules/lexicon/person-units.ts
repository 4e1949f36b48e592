import { MEASURE_UNITS } from '../../quantities/lexicon/units.js';
/**
 * Units that count people. Ellipsis does not cross between people and things: in
 * `发现问题73个，移交问题线索10件，处理处分11人` the 11人 are not 问题, while in
 * `排查隐患23.7万项，整改23万项` the 23万项 are.
 */
export const PERSON_UNITS: ReadonlySet<string> = new Set(['人', '人次', '名', '位', '余人', '名次']);

/** True when both units count people, or neither does (a figure with no unit counts things). */
export function sameCountedKind(a: string | null, b: string | null): boolean {
  // People with people, things with things, and a measure (7455米, 2.3万亩) with a measure only.
  return PERSON_UNITS.has(a ?? '') === PERSON_UNITS.has(b ?? '') && MEASURES.has(a ?? '') === MEASURES.has(b ?? '');
}

const MEASURES: ReadonlySet<string> = new Set(MEASURE_UNITS);
