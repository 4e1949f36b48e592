import type { DraftFact } from '../rules/types.js';
import type { OnDrop } from './types.js';

/**
 * Overlap policy (one function, swappable): facts never share characters. Of two
 * overlapping facts the longer span wins, then the one with a named metric, then
 * the earlier start. Facts come out sorted by start.
 *
 * Facts are swept in start order into clusters of transitively overlapping spans;
 * the policy runs inside each cluster, so the cost stays linear when (as usual)
 * nothing overlaps.
 */
export function removeOverlaps(facts: DraftFact[], onDrop?: OnDrop): DraftFact[] {
  const byStart = [...facts].sort((a, b) => a.quantity.start - b.quantity.start);
  const kept: DraftFact[] = [];
  let cluster: DraftFact[] = [];
  let clusterEnd = -1;
  for (const f of byStart) {
    if (cluster.length && f.quantity.start >= clusterEnd) {
      kept.push(...resolveCluster(cluster, onDrop));
      cluster = [];
    }
    cluster.push(f);
    clusterEnd = Math.max(cluster.length > 1 ? clusterEnd : -1, f.quantity.end);
  }
  if (cluster.length) kept.push(...resolveCluster(cluster, onDrop));
  return kept;
}

function resolveCluster(cluster: DraftFact[], onDrop?: OnDrop): DraftFact[] {
  if (cluster.length === 1) return cluster;
  const ranked = [...cluster].sort((a, b) =>
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
