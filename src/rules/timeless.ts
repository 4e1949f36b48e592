import { STOCK_WORD_ENDINGS } from './lexicon/stock-words.js';
import type { DraftFact } from './types.js';

/**
 * A figure no verb reports, of no metric, whose object names a stock (全县常住人口约46万, 辖区总户数4600余户) or what a
 * place has (全县现有危化品企业63家):
 * timeless. Not 过火面积1.6公顷 (an accident of the period).
 */
export function isTimelessStock(fact: Pick<DraftFact, 'action' | 'object' | 'metric'>): boolean {
  const object = fact.object;
  if (fact.action !== null || object === null) return false;
  // What a place has is a stock whatever it counts (消防處轄下共有消防局83間: stations, emergency resources).
  return HAS_STOCK.test(object) || (fact.metric === 'other' && STOCK_WORD_ENDINGS.some((w) => object.endsWith(w)));
}

/** What a place or an area has (全县现有危化品企业63家, 她负责的片区有大小商户1100多家): a stock, not work of the period. */
const HAS_STOCK = /(?:现有|共有|拥有|[区县市镇乡村内里]有)(?!限)/;

/**
 * The timeless flag of each fact: a stock, and any figure no verb reports, of no metric, in the sentence of one
 * (油气长输管道总里程约1480公里，途经10个县（市、区）、63个乡镇: the 10 and the 63 describe the same network).
 */
export function timelessFlags(facts: readonly Pick<DraftFact, 'action' | 'object' | 'metric' | 'sentenceIndex'>[]): boolean[] {
  const stocks = facts.map(isTimelessStock);
  const sentences = new Map<number, Set<string>>(); // sentence → the metrics of its stocks
  facts.forEach((f, i) => { if (stocks[i]) (sentences.get(f.sentenceIndex) ?? sentences.set(f.sentenceIndex, new Set()).get(f.sentenceIndex)!).add(f.metric); });
  // … and the figures beside it no verb reports, of no metric or of the stock's (共有消防局83間、救護站41間).
  return facts.map((f, i) => stocks[i]! || (f.action === null && !!sentences.get(f.sentenceIndex) && (f.metric === 'other' || sentences.get(f.sentenceIndex)!.has(f.metric))));
}
