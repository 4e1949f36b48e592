import { stringify } from 'csv-stringify/sync';
import type { Fact } from '../schema/fact.js';
import type { DocumentFacts, FactWriter } from './types.js';

/**
 * The CSV columns, in their fixed order: every Fact field in the order of
 * FactSchema, `region` flattened into four columns, then `meta` (the JSONL
 * record's other fields as JSON, empty for .txt files). A test checks that every
 * FactSchema field has a column, so a new field cannot be dropped silently.
 */
export const CSV_COLUMNS = [
  'doc', 'metric', 'action', 'object', 'value', 'min', 'max', 'qualifier', 'unit',
  'text', 'start', 'end', 'sentence', 'org', 'orgMention',
  'regionCode', 'regionName', 'regionProvince', 'regionCity',
  'period', 'periodStart', 'periodEnd', 'article', 'rule', 'meta',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Byte order mark: tells Excel the file is UTF-8 (without it Chinese text is garbled). */
const BOM = '\uFEFF';

export interface CsvWriterOptions {
  /** Start the file with a UTF-8 byte order mark, for Excel. Default false. */
  bom?: boolean;
}

/** One fact as a CSV row, column by column; null becomes an empty cell. */
export function toCsvRow(fact: Fact, meta?: Record<string, unknown>): (string | number | null)[] {
  const { region, ...rest } = fact;
  const cells: Record<CsvColumn, string | number | null> = {
    ...rest,
    regionCode: region?.code ?? null,
    regionName: region?.name ?? null,
    regionProvince: region?.province ?? null,
    regionCity: region?.city ?? null,
    meta: meta && Object.keys(meta).length > 0 ? JSON.stringify(meta) : null,
  };
  return CSV_COLUMNS.map((c) => cells[c]);
}

/**
 * RFC 4180 CSV through csv-stringify: CRLF line ends, a header row, and fields
 * with commas, double quotes or line breaks quoted (quotes doubled).
 * `quoted_match` is needed: csv-stringify quotes a field holding the record
 * delimiter (CRLF) but not one holding a lone LF or CR, which a sentence across
 * a layout line break does.
 */
export function createCsvWriter(options: CsvWriterOptions = {}): FactWriter {
  const format = (rows: unknown[][]) => stringify(rows, { record_delimiter: 'windows', quoted_match: /[\r\n]/, cast: { number: String } });
  return {
    begin: () => (options.bom ? BOM : '') + format([[...CSV_COLUMNS]]),
    write: (document: DocumentFacts) =>
      document.facts.length === 0 ? '' : format(document.facts.map((f) => toCsvRow(f, document.meta))),
    end: () => '',
  };
}
