/**
 * A strict RFC 4180 reader for tests (csv-parse is not a dependency): quoted
 * fields may hold commas, CRLF/LF and doubled quotes; records end in CRLF.
 */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = csv.startsWith('\uFEFF') ? 1 : 0;
  while (i < csv.length) {
    const c = csv[i]!;
    if (c === '"' && field === '') {
      let j = i + 1;
      for (;;) {
        const q = csv.indexOf('"', j);
        if (q < 0) throw new Error(`unclosed quote at ${i}`);
        if (csv[q + 1] === '"') { j = q + 2; continue; }
        field = csv.slice(i + 1, q).replace(/""/g, '"');
        i = q + 1;
        break;
      }
      continue;
    }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && csv[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    if (c === '\n' || c === '\r') throw new Error(`bare line break outside quotes at ${i}`);
    field += c;
    i++;
  }
  if (field !== '' || row.length > 0) throw new Error('last record has no CRLF');
  return rows;
}

/** Rows as objects keyed by the header row. */
export function parseCsvRecords(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}
