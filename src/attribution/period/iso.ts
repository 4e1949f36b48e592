/** ISO output of a partial date: YYYY-MM-DD with a year, --MM-DD without, --MM / YYYY-MM for a whole month. */
import type { PartialDate } from './types.js';

const pad = (n: number) => String(n).padStart(2, '0');

export function toIso(d: PartialDate | null, year: number | null): string | null {
  if (!d) return null;
  const y = d.year ?? year;
  const md = d.day === null ? pad(d.month) : `${pad(d.month)}-${pad(d.day)}`;
  return y === null ? `--${md}` : `${y}-${md}`;
}
