import { STOCK_WORD_ENDINGS } from './lexicon/stock-words.js';
import type { DraftFact } from './types.js';

/**
 * A figure no verb reports, of no metric, whose object names a stock (全县常住人口约46万, 辖区总户数4600余户):
 * timeless. Not 过火面积1.6公顷 (an accident of the period).
 */
export function isTimelessStock(fact: Pick<DraftFact, 'action' | 'object' | 'metric'>): boolean {
  const object = fact.object;
  return fact.metric === 'other' && fact.action === null && object !== null && STOCK_WORD_ENDINGS.some((w) => object.endsWith(w));
}
