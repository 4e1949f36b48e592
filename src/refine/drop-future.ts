/**
 * Refiner run after attribution: a figure whose period begins after the day of
 * publication cannot report what was done (四季度，全省执法检查企业不少于3.5万家次 in a
 * September notice is a target). Only full dates on both sides are compared, and only spans:
 * a single day ahead is often the occasion of work already done (9月16日开渔在即，该局已对…渔船开展安全检查).
 *
 * @example
 * dropFuture(drafts, attributions, '2026-09-10'); // drops the drafts dated 2026-10-01 onwards
 */
import type { Attribution } from '../attribution/types.js';
import type { DraftFact } from '../rules/types.js';
import type { OnDrop } from './types.js';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function dropFuture(drafts: DraftFact[], attributions: Attribution[], publishedAt: string | null, onDrop?: OnDrop): { drafts: DraftFact[]; attributions: Attribution[] } {
  const day = publishedAt && FULL_DATE.test(publishedAt.slice(0, 10)) ? publishedAt.slice(0, 10) : null;
  if (!day) return { drafts, attributions };
  // A span only (四季度, 下半年, 10月): a single day ahead (9月16日开渔在即，该局已检查…) is often the occasion, not the period.
  const keep = drafts.map((_, i) => {
    const { periodStart: start, periodEnd: end } = attributions[i]!;
    return !(start && FULL_DATE.test(start) && start > day && end !== start);
  });
  drafts.forEach((d, i) => { if (!keep[i]) onDrop?.(d, `a plan or target (its period ${attributions[i]!.period ?? ''} begins after publication)`); });
  return { drafts: drafts.filter((_, i) => keep[i]), attributions: attributions.filter((_, i) => keep[i]) };
}
