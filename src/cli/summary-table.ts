import type { Fact } from '../schema/fact.js';
import { formatNumber, formatPeriod } from '../output/html/format.js';

const HEADERS = ['doc', 'metric', 'value', 'unit', 'action+object', 'org', 'period'] as const;
/** Widest a column may get, in terminal cells; longer cells end in "…". */
const MAX_WIDTH = [24, 26, 14, 6, 24, 14, 22];
/** Rows kept for the table; a larger batch prints the first ones and a count (memory stays flat). */
const MAX_ROWS = 1000;

/** Terminal cells of a character: CJK ideographs and full-width forms take two. */
function cellWidth(codePoint: number): number {
  return (codePoint >= 0x1100 && codePoint <= 0x115f) || (codePoint >= 0x2e80 && codePoint <= 0xa4cf)
    || (codePoint >= 0xac00 && codePoint <= 0xd7a3) || (codePoint >= 0xf900 && codePoint <= 0xfaff)
    || (codePoint >= 0xfe30 && codePoint <= 0xfe4f) || (codePoint >= 0xff00 && codePoint <= 0xff60)
    || (codePoint >= 0xffe0 && codePoint <= 0xffe6) || (codePoint >= 0x20000 && codePoint <= 0x3fffd) ? 2 : 1;
}

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += cellWidth(ch.codePointAt(0)!);
  return w;
}

/** Cuts `s` to `width` cells (with "…") and pads it with spaces to exactly `width`. */
function fit(s: string, width: number): string {
  const room = displayWidth(s) > width ? width - 1 : width; // keep a cell for "…"
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = cellWidth(ch.codePointAt(0)!);
    if (w + cw > room) return `${out}…${' '.repeat(Math.max(0, width - w - 1))}`;
    out += ch;
    w += cw;
  }
  return out + ' '.repeat(width - w);
}

/** The --table summary: one row per fact, columns sized to their content (capped). */
export class SummaryTable {
  private readonly rows: string[][] = [];
  private omitted = 0;

  add(facts: readonly Fact[]): void {
    for (const f of facts) {
      if (this.rows.length >= MAX_ROWS) {
        this.omitted++;
        continue;
      }
      const what = [f.action, f.object].filter(Boolean).join(' ');
      this.rows.push([f.doc ?? '', f.metric, formatNumber(f.value), f.unit ?? '', what, f.org ?? '', formatPeriod(f)]);
    }
  }

  render(): string {
    const widths = HEADERS.map((h, i) => Math.min(MAX_WIDTH[i]!, Math.max(displayWidth(h), ...this.rows.map((r) => displayWidth(r[i]!)))));
    const line = (cells: readonly string[]) => cells.map((c, i) => fit(c, widths[i]!)).join('  ').trimEnd();
    const out = [line(HEADERS), widths.map((w) => '-'.repeat(w)).join('  '), ...this.rows.map(line)];
    if (this.omitted > 0) out.push(`… and ${this.omitted.toLocaleString('en')} more facts (the table shows the first ${MAX_ROWS}; the output file has them all)`);
    if (this.rows.length === 0) out.push('(no facts)');
    return out.join('\n') + '\n';
  }
}
