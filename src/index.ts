/**
 * zh-report-metrics: typed metrics from Chinese report text.
 * Public entry only: everything a caller imports is re-exported here.
 */
export { extract, createExtractor } from './extractor.js';
export type { Extractor, ExtractResult, DroppedFigure } from './extractor.js';
export { findQuantities } from './quantities/index.js';
export type { Quantity, Qualifier, QuantityKind } from './quantities/types.js';
export type { Segmenter, TaggedWord } from './words/segmenter.js';
export { createJiebaSegmenter } from './words/jieba-segmenter.js';
export { DOMAIN_WORDS, buildUserDictionary } from './words/domain-words.js';
export { FactSchema, ArticleSchema, RegionSchema, MetricSchema, METRIC_KEYS } from './schema/fact.js';
export type { Fact, Article, Region, Metric } from './schema/fact.js';
export { RuleSchema } from './schema/rule.js';
export type { Rule } from './schema/rule.js';
export { ExtractOptionsSchema } from './schema/options.js';
export type { ExtractOptions } from './schema/options.js';
export { ZhReportMetricsError } from './errors.js';
export type { ErrorCode } from './errors.js';
export {
  createJsonlWriter, createJsonWriter, createCsvWriter, createHtmlWriter, createWriter,
  writeAll, escapeHtml, CSV_COLUMNS, OUTPUT_FORMATS,
} from './output/index.js';
export type { FactWriter, DocumentFacts, FactRecord, CsvWriterOptions, HtmlWriterOptions, OutputFormat } from './output/index.js';
