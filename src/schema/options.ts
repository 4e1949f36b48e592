import { z } from 'zod';
import type { Segmenter } from '../words/segmenter.js';
import { RuleSchema, type Rule } from './rule.js';

const SegmenterSchema = z.custom<Segmenter>(
  (v) => typeof v === 'object' && v !== null && typeof (v as { cut?: unknown }).cut === 'function',
  { message: 'segmenter must be an object with a cut(text) function (e.g. the nodejieba module)' },
);

/** Options of `extract()` and `createExtractor()`. */
export const ExtractOptionsSchema = z.object({
  /** Publication date (YYYY-MM-DD or YYYY): gives the year of 5月17日 and 今年上半年. */
  publishedAt: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?/, 'publishedAt must start YYYY, YYYY-MM or YYYY-MM-DD').nullish(),
  /** Document id copied into every fact's `doc`. */
  docId: z.string().nullish(),
  /** Word segmenter; default @node-rs/jieba with the domain dictionary. */
  segmenter: SegmenterSchema.optional(),
  /** Extra rules; a rule with the id of a built-in one replaces it. */
  rules: z.array(RuleSchema).optional(),
  /** Also return the figures that were found but not reported, each with the reason. */
  explain: z.boolean().optional(),
}).strict();

export type ExtractOptions = {
  publishedAt?: string | null;
  docId?: string | null;
  segmenter?: Segmenter;
  rules?: Rule[];
  explain?: boolean;
};
