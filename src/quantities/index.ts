// PLACEHOLDER until the quantity engine lands (issue 2): Arabic numbers + a unit.
import type { Quantity } from './types.js';
import { assertText } from '../errors.js';
export type { Quantity, Qualifier, QuantityKind } from './types.js';

export function findQuantities(text: string): Quantity[] {
  assertText(text, 'findQuantities');
  const out: Quantity[] = [];
  const re = /(\d+(?:\.\d+)?)(万|亿)?(个|项|家|人次|人|处|次|起|%|元)/g;
  for (const m of text.matchAll(re)) {
    const mult = m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1;
    const unit = m[3]!;
    out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, value: Number(m[1]) * mult, min: null, max: null,
      qualifier: 'exact', unit, kind: unit === '%' ? 'percent' : unit === '元' ? 'money' : 'count' });
  }
  return out;
}
