import { createCsvWriter } from './csv.js';
import { createHtmlWriter } from './html/writer.js';
import { createJsonWriter } from './json.js';
import { createJsonlWriter } from './jsonl.js';
import type { FactWriter } from './types.js';

export const OUTPUT_FORMATS = ['jsonl', 'json', 'csv', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The writer of a format by name; `bom` applies to csv only. */
export function createWriter(format: OutputFormat, options: { bom?: boolean; title?: string } = {}): FactWriter {
  switch (format) {
    case 'jsonl': return createJsonlWriter();
    case 'json': return createJsonWriter();
    case 'csv': return createCsvWriter({ bom: options.bom ?? false });
    case 'html': return createHtmlWriter(options.title ? { title: options.title } : {});
  }
}
