import { z } from 'zod';

/** The metric keys of ANNOTATION.md's taxonomy. */
export const METRIC_KEYS = [
  'hazards.found', 'hazards.rectified', 'hazards.pending', 'hazards.rectification_rate',
  'inspections.targets', 'inspections.rounds', 'inspections.teams', 'personnel.deployed',
  'enforcement.fines', 'enforcement.actions', 'publicity.events', 'publicity.reach',
  'emergency.resources', 'accidents', 'trend', 'other',
] as const;

export const MetricSchema = z.enum(METRIC_KEYS);
export type Metric = z.infer<typeof MetricSchema>;

export const QualifierSchema = z.enum(['exact', 'approx', 'over', 'under', 'range']);

/** GB/T 2260 region of a fact's organisation, when the gazetteer can tell. */
export const RegionSchema = z.object({
  code: z.string().describe('GB/T 2260 code, e.g. 140213'),
  name: z.string().describe('full official name, e.g. 平城区'),
  province: z.string().nullable(),
  city: z.string().nullable(),
});
export type Region = z.infer<typeof RegionSchema>;

const IsoDate = z.string().regex(/^(\d{4}|-)-\d{2}(-\d{2})?$/, 'ISO date, YYYY-MM-DD or --MM-DD or --MM');

/** One report metric: the figure, what it counts, who reports it and when. */
export const FactSchema = z.object({
  doc: z.string().nullable().describe('document id (option docId, JSONL id or file path)'),
  metric: MetricSchema.describe('taxonomy key; other when none fits'),
  action: z.string().nullable().describe('the verb reporting the figure, as written'),
  object: z.string().nullable().describe('what was counted, as written'),
  value: z.number().describe('normalised value: 万 ×10⁴, 亿 ×10⁸, money in 元, percent as 97'),
  min: z.number().nullable(),
  max: z.number().nullable(),
  qualifier: QualifierSchema,
  unit: z.string().nullable().describe('classifier or unit as written, 万/亿 removed; 元 for money, % for percent'),
  text: z.string().describe('the quantity exactly as written'),
  start: z.number().int().nonnegative().describe('half-open offset into the input: input.slice(start, end) === text'),
  end: z.number().int().nonnegative(),
  sentence: z.string().describe('the sentence that holds the figure'),
  org: z.string().nullable().describe('organisation or place the figure belongs to, 全市/该区 resolved'),
  orgMention: z.string().nullable().describe('the words that named the org in the text (全市, 该公司, 长春), null when taken from the headline or dateline'),
  region: RegionSchema.nullable(),
  period: z.string().nullable().describe('the period as written'),
  periodStart: IsoDate.nullable(),
  periodEnd: IsoDate.nullable(),
  article: z.number().int().nonnegative().describe('index of the article of the page that holds the figure'),
  rule: z.string().describe('id of the rule that produced the fact, e.g. hazards.found:排查'),
});
export type Fact = z.infer<typeof FactSchema>;

export const ArticleSchema = z.object({
  index: z.number().int().nonnegative(),
  title: z.string().nullable(),
  dateline: z.string().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Article = z.infer<typeof ArticleSchema>;
