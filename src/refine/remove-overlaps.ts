import type { DraftFact } from '../rules/types.js';
import type { OnDrop } from './types.js';

/**
 * Overlap policy (one function, swappable): facts never share characters. Of two
 * overlapping facts the longer span wins, then the one with a named metric, then
 * the earlier start. Facts come out sorted by start.
 */
export function removeOverlaps(facts: DraftFact[], onDrop?: OnDrop): DraftFact[] {
  const ranked = [...facts].sort((a, b) =>
    length(b) - length(a) || Number(b.metric !== 'other') - Number(a.metric !== 'other') || a.quantity.start - b.quantity.start);
  const kept: DraftFact[] = [];
  for (const f of ranked) {
    const winner = kept.find((k) => k.quantity.start < f.quantity.end && f.quantity.start < k.quantity.end);
    if (winner) onDrop?.(f, `overlaps ${winner.quantity.text}`);
    else kept.push(f);
  }
  return kept.sort((a, b) => a.quantity.start - b.quantity.start);
}

const length = (f: DraftFact) => f.quantity.end - f.quantity.start;
