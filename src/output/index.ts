/** The output writers: each turns facts, one document at a time, into chunks of a file. */
export type { DocumentFacts, FactWriter } from './types.js';
export { writeAll } from './types.js';
export { createJsonlWriter, toFactRecord, type FactRecord } from './jsonl.js';
export { createJsonWriter } from './json.js';
export { createCsvWriter, toCsvRow, CSV_COLUMNS, type CsvWriterOptions } from './csv.js';
export { createHtmlWriter, type HtmlWriterOptions } from './html/writer.js';
export { escapeHtml } from './html/escape.js';
export { createWriter, OUTPUT_FORMATS, type OutputFormat } from './create-writer.js';
