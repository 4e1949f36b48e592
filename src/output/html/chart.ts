import type { Fact, Metric } from '../../schema/fact.js';
import { escapeHtml } from './escape.js';
import { formatValue } from './format.js';
import { metricClass } from './palette.js';

interface Bar {
  value: number;
  label: string;
  shown: string;
  metric: Metric;
  anchor: string;
}

const BARS = 10;
const ROW = 24;
const LABEL_WIDTH = 330;
const BAR_WIDTH = 300;
/** Room right of the longest bar for its value ("16,420,000,000 元"). */
const VALUE_WIDTH = 220;

/**
 * The largest figures of the batch as an inline SVG bar chart, each bar linking
 * to its highlight. The largest values are where a misread figure shows first
 * (a year read as a count, 亿 taken for 万), which is what a person checking the
 * extraction wants to see. Percentages are left out: they are not amounts.
 */
export class LargestFiguresChart {
  private bars: Bar[] = [];

  add(fact: Fact, doc: string, anchor: string): void {
    if (fact.unit === '%' || !(fact.value > 0)) return;
    if (this.bars.length === BARS && fact.value <= this.bars[BARS - 1]!.value) return;
    const what = fact.object ?? fact.action ?? '';
    this.bars.push({ value: fact.value, label: `${what} · ${doc}`, shown: formatValue(fact), metric: fact.metric, anchor });
    this.bars.sort((a, b) => b.value - a.value);
    this.bars.length = Math.min(this.bars.length, BARS);
  }

  render(): string {
    if (this.bars.length === 0) return '';
    const max = this.bars[0]!.value;
    const height = this.bars.length * ROW;
    const rows = this.bars.map((b, i) => {
      const y = i * ROW;
      const width = Math.max(2, Math.round((b.value / max) * BAR_WIDTH));
      return `<a href="#${b.anchor}" class="${metricClass(b.metric)}"><title>${escapeHtml(`${b.metric}: ${b.shown} — ${b.label}`)}</title>`
        + `<text x="${LABEL_WIDTH - 6}" y="${y + 16}" text-anchor="end">${escapeHtml(truncate(b.label, 24))}</text>`
        + `<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${width}" height="${ROW - 8}" class="bar"/>`
        + `<text x="${LABEL_WIDTH + width + 6}" y="${y + 16}">${escapeHtml(b.shown)}</text></a>`;
    }).join('\n');
    return `<svg class="chart" role="img" aria-label="The ${this.bars.length} largest figures" viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH} ${height}" width="${LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH}" height="${height}">\n${rows}\n</svg>`;
  }
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
