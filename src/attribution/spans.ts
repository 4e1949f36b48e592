/** Binary searches over spans sorted by start, so attribution stays linear on long pages. */
export interface Span { start: number; end: number }

/** The span of `list` that holds offset `at`, or null. */
export function spanAt<T extends Span>(list: readonly T[], at: number): T | null {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** Index of the last item of `list` (sorted by start) that starts before `at`; -1 when none. */
export function lastStartingBefore(list: readonly Span[], at: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < at) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** How far back a resolver walks from a figure: enough for any real paragraph, bounded for adversarial ones. */
export const MAX_LOOKBACK = 200;
