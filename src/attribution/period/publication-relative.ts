/**
 * Periods named relative to the day of publication: 上周 and 本周 (weeks run Monday to
 * Sunday), 上月 (the month before). A weekly bulletin published on Monday 2026-08-17 reports
 * 上周 = 2026-08-10/2026-08-16. Null without a full publication date.
 */
export type RelativeSpan = 'last-week' | 'this-week' | 'last-month';

const DAY_MS = 86_400_000;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function publicationRelative(span: RelativeSpan, publishedAt: string | null | undefined): { start: string; end: string } | null {
  const m = publishedAt ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(publishedAt) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (span === 'last-month') {
    const start = Date.UTC(year, month - 2, 1);
    return { start: iso(start), end: iso(Date.UTC(year, month - 1, 1) - DAY_MS) };
  }
  const today = Date.UTC(year, month - 1, day);
  const monday = today - ((new Date(today).getUTCDay() + 6) % 7) * DAY_MS;
  const start = span === 'this-week' ? monday : monday - 7 * DAY_MS;
  return { start: iso(start), end: iso(start + 6 * DAY_MS) };
}
