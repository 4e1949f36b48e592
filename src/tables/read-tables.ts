/**
 * Tables flattened into text, whose header names each column's unit and whose cells are bare numbers:
 *
 * ```
 * 月份　事故起数（起）　死亡人数（人）
 * 1月　14　13
 * ```
 *
 * Each numeric cell under a column with a unit becomes a quantity in that unit (`14` → 14 起, in a 万元 column
 * `12.5` → 125000 元), and remembers the column's name (事故起数), which the rules read as what it counts. The row's
 * label (1月, 柯城区) stays in the text of its line, where attribution finds it.
 *
 * @example
 * const text = '月份　事故起数（起）\n1月　14\n';
 * readTables(text, findQuantities(text)).cells.size; // 1
 */
import { findQuantities } from '../quantities/index.js';
import type { Quantity } from '../quantities/types.js';

export interface TableCell {
  /** The column's name without its unit: 事故起数. */
  column: string;
}

/** Cells apart by spaces or tabs (normalisation turns an ideographic space into one space). */
const CELL_GAP = /[ \t\u3000]+/g;
/** A column heading with its unit in brackets: 事故起数（起）, 直接经济损失(万元), 占比（%）. */
const HEADING_WITH_UNIT = /^(\S{1,16}?)[（(]([^（）()\s]{1,5})[）)]$/;
/** A bare numeric cell: digits with separators and a decimal part (1,386, 12.5, -3.2). */
const NUMERIC_CELL = /^[+-]?\d[\d,]*(?:\.\d+)?$/;
/** The longest line a table row or header is read from. */
const MAX_ROW_CHARS = 200;

interface Cell { text: string; start: number }
interface Column { name: string; unit: string; scale: number; kind: Quantity['kind'] }

/** The quantities with the cells of every table read in their column's unit, and the column of each such cell. */
export function readTables(text: string, quantities: readonly Quantity[]): { quantities: Quantity[]; cells: Map<Quantity, TableCell> } {
  const cells = new Map<Quantity, TableCell>();
  if (!text.includes('（') && !text.includes('(')) return { quantities: [...quantities], cells };
  const byStart = new Map<number, Quantity>();
  for (const q of quantities) if (q.unit === null && q.kind === 'number') byStart.set(q.start, q);
  const replaced = new Map<Quantity, Quantity>();
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const columns = headerColumns(lines[i]!);
    if (!columns) continue;
    let row = i + 1;
    for (; row < lines.length; row++) {
      const rowCells = cellsOf(lines[row]!);
      if (rowCells.length !== columns.length || !rowCells.slice(1).some((c) => NUMERIC_CELL.test(c.text))) break;
      rowCells.forEach((cell, j) => {
        const column = columns[j];
        const q = column && NUMERIC_CELL.test(cell.text) ? byStart.get(cell.start) : undefined;
        if (!column || !q || q.end !== cell.start + cell.text.length) return;
        const inUnit: Quantity = { ...q, value: q.value * column.scale, unit: column.unit, kind: column.kind,
          min: q.min === null ? null : q.min * column.scale, max: q.max === null ? null : q.max * column.scale };
        replaced.set(q, inUnit);
        cells.set(inUnit, { column: column.name });
      });
    }
    i = row - 1;
  }
  return { quantities: quantities.map((q) => replaced.get(q) ?? q), cells };
}

/** The columns of a header line (null for its first, the row labels' column), or null when no column names a unit. */
function headerColumns(line: { text: string; start: number }): (Column | null)[] | null {
  const cells = cellsOf(line);
  if (cells.length < 2) return null;
  const columns = cells.map((cell, j) => (j === 0 ? null : columnOf(cell.text)));
  return columns.some(Boolean) ? columns : null;
}

/** A heading's name and unit, the unit read as a figure would be (万元 → 元 ×10⁴), or null. */
function columnOf(heading: string): Column | null {
  const m = HEADING_WITH_UNIT.exec(heading);
  if (!m) return null;
  const [probe] = findQuantities(`1${m[2]!}`);
  if (!probe || probe.text !== `1${m[2]!}` || probe.unit === null) return null;
  return { name: m[1]!, unit: probe.unit, scale: probe.value, kind: probe.kind };
}

function cellsOf(line: { text: string; start: number }): Cell[] {
  if (line.text.length > MAX_ROW_CHARS) return [];
  const out: Cell[] = [];
  let from = 0;
  const trimmed = line.text.replace(/\s+$/, '');
  for (const gap of trimmed.matchAll(CELL_GAP)) {
    if (gap.index! > from) out.push({ text: trimmed.slice(from, gap.index!), start: line.start + from });
    from = gap.index! + gap[0].length;
  }
  if (from < trimmed.length) out.push({ text: trimmed.slice(from), start: line.start + from });
  return out;
}

function splitLines(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
    out.push({ text: text.slice(start, end < 0 ? text.length : end), start });
    if (end < 0) return out;
    start = end + 1;
  }
}
