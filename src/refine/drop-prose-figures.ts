import type { Quantity } from '../quantities/types.js';
import type { Metric } from '../schema/fact.js';
import type { DraftFact } from '../rules/types.js';
import type { OnDrop } from './types.js';
import { DURATION_UNITS, SMALL_CHINESE_NUMERAL_MAX } from './lexicon/not-metric-units.js';

const HAS_DIGIT = /[0-9０-９]/;
const HAS_MULTIPLIER = /[万萬亿億]/;

/** Filter: drops the facts {@link proseReason} names a reason for. */
export function dropProseFigures(facts: DraftFact[], onDrop?: OnDrop): DraftFact[] {
  return facts.filter((f) => {
    const reason = proseReason(f.quantity, f.metric);
    if (reason !== null) onDrop?.(f, reason);
    return reason === null;
  });
}

/**
 * Why a figure is prose rather than a metric, or null to keep it.
 * Drops durations (`24小时待命`, `奋战近50天`), and small Chinese numerals nobody
 * counted (`一名光荣的共产党员`, `分成两队`) unless a rule named their metric
 * (`派出五个督导组` stays). Bare numbers without unit or multiplier stay only with a metric.
 */
export function proseReason(q: Quantity, metric: Metric): string | null {
  if (q.unit && DURATION_UNITS.has(q.unit)) return 'duration';
  if (metric !== 'other') return null;
  const chineseOnly = !HAS_DIGIT.test(q.text);
  if (chineseOnly && q.value < SMALL_CHINESE_NUMERAL_MAX && !HAS_MULTIPLIER.test(q.text)) return 'small Chinese numeral in prose';
  if (q.unit === null && q.kind === 'number' && !HAS_MULTIPLIER.test(q.text)) return 'bare number';
  return null;
}
