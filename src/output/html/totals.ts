import { METRIC_KEYS, type Fact, type Metric } from '../../schema/fact.js';
import { escapeHtml } from './escape.js';
import { formatNumber } from './format.js';
import { metricClass } from './palette.js';

/** Facts of one org and metric: how many, and their sum when they share one unit. */
interface Cell {
  count: number;
  sum: number;
  /** The shared unit; undefined once two facts disagree. */
  unit: string | null | undefined;
}

const NO_ORG = '(org not stated)';
/** Rows shown in the totals table; the rest are summed into one row so a huge batch stays readable. */
const MAX_ROWS = 40;

/** Accumulates org × metric totals document by document; memory grows with orgs, not facts. */
export class TotalsTable {
  private readonly rows = new Map<string, Map<Metric, Cell>>();

  add(facts: readonly Fact[]): void {
    for (const f of facts) {
      const org = f.org ?? NO_ORG;
      let row = this.rows.get(org);
      if (!row) this.rows.set(org, (row = new Map()));
      const cell = row.get(f.metric);
      if (!cell) row.set(f.metric, { count: 1, sum: f.value, unit: f.unit });
      else {
        cell.count++;
        cell.sum += f.value;
        if (cell.unit !== f.unit) cell.unit = undefined;
      }
    }
  }

  /** A sum is shown only where it means something: one shared unit, and not a percentage. */
  private renderCell(cell: Cell | undefined): string {
    if (!cell) return '<td></td>';
    const summable = cell.unit !== undefined && cell.unit !== '%';
    const sum = summable ? `${formatNumber(cell.sum)}${cell.unit ? ` ${escapeHtml(cell.unit)}` : ''}` : '';
    return `<td>${sum}<span class="count">${cell.count} fact${cell.count === 1 ? '' : 's'}</span></td>`;
  }

  render(): string {
    const metrics = METRIC_KEYS.filter((m) => [...this.rows.values()].some((r) => r.has(m)));
    if (metrics.length === 0) return '<p>No facts.</p>';
    const total = (r: Map<Metric, Cell>) => [...r.values()].reduce((n, c) => n + c.count, 0);
    const sorted = [...this.rows].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]));
    const shown = sorted.slice(0, MAX_ROWS);
    const rest = sorted.length - shown.length;
    // <wbr> after the dot lets a long key (hazards.rectification_rate) wrap in its header.
    const head = `<tr><th scope="col">org</th><th scope="col">facts</th>${metrics.map((m) =>
      `<th scope="col"><span class="swatch ${metricClass(m)}"></span>${m.replace('.', '.<wbr>')}</th>`).join('')}</tr>`;
    const body = shown.map(([org, row]) => `<tr><th scope="row">${escapeHtml(org)}</th><td>${total(row)}</td>`
      + `${metrics.map((m) => this.renderCell(row.get(m))).join('')}</tr>`).join('\n');
    const more = rest > 0 ? `<p>… and ${rest} more orgs with fewer facts.</p>` : '';
    return `<div class="scroll"><table class="totals"><thead>${head}</thead><tbody>\n${body}\n</tbody></table></div>${more}`;
  }
}
