import { assertText } from './errors.js';
import { normalizeText } from './normalize/index.js';
import { splitDocument } from './split/index.js';
import { findQuantities } from './quantities/index.js';
import { createJiebaSegmenter } from './words/jieba-segmenter.js';
import type { Segmenter } from './words/segmenter.js';
import { createSentenceWords } from './words/sentence-words.js';
import { prepareRules, readFacts } from './rules/index.js';
import { timelessFlags } from './rules/timeless.js';
import { readTables } from './tables/read-tables.js';
import { dropLayoutRepeats } from './refine/drop-layout-repeats.js';
import { dropProseFigures } from './refine/drop-prose-figures.js';
import { dropPlans } from './refine/drop-plans.js';
import { removeOverlaps } from './refine/remove-overlaps.js';
import { dropFuture } from './refine/drop-future.js';
import { attribute } from './attribution/index.js';
import { toArticles, toDropped, toFacts } from './map-back/to-facts.js';
import { parseOptions, parseRules } from './schema/parse-options.js';
import type { ExtractOptions } from './schema/options.js';
import type { Quantity } from './quantities/types.js';
import type { DraftFact } from './rules/types.js';
import type { ExtractResult } from './map-back/types.js';

export type { ExtractResult, DroppedFigure } from './map-back/types.js';

export interface Extractor {
  /** Extracts every report metric of `text`. Per-call options override the instance's. */
  extract(text: string, options?: Pick<ExtractOptions, 'publishedAt' | 'docId' | 'explain'>): ExtractResult;
}

/**
 * Creates an independent extractor. Nothing is shared between instances but the
 * read-only jieba dictionary, loaded once on first use.
 *
 * @example
 * const ex = createExtractor({ publishedAt: '2023-07-01' });
 * ex.extract('全市共排查各类安全隐患23.7万项，整改23万项，整改率97%。').facts.length; // 3
 */
export function createExtractor(options: ExtractOptions = {}): Extractor {
  const base = parseOptions(options);
  const segmenter: Segmenter = base.segmenter ?? createJiebaSegmenter();
  const prepared = prepareRules(parseRules(base.rules));

  return {
    extract(text, callOptions) {
      assertText(text, 'extract');
      const opts = { ...base, ...parseOptions(callOptions) };
      const docId = opts.docId ?? null;
      if (text.length === 0) return { facts: [], articles: [] };

      // 1. Normalise (full-width forms, traditional characters, layout breaks) with an offset map.
      const norm = normalizeText(text);
      // 2. Articles, paragraphs, sentences, clauses of the normalised text.
      const doc = splitDocument(norm.text);
      // 3. Every quantity; the rules engine segments only clauses that hold one.
      // 3b. Bare numbers in the cells of a table take the unit its header names for their column.
      const tables = readTables(norm.text, findQuantities(norm.text));
      const quantities = tables.quantities;
      // 4. Verb/object/quantity rules → metric facts. Sentences are tagged once, when first read, for rules and attribution.
      const words = createSentenceWords(doc, segmenter);
      const read = readFacts(doc, quantities, { segmenter, words, tableCells: tables.cells, ...prepared });
      // 5-6. Refiners, each a filter: layout repeats, prose figures, plans and targets, overlaps (overlaps last: it ranks the survivors).
      const why = new Map<Quantity, { reason: string; draft: DraftFact }>();
      const onDrop = opts.explain ? (draft: DraftFact, reason: string) => why.set(draft.quantity, { reason, draft }) : undefined;
      const drafts = removeOverlaps(dropPlans(dropProseFigures(dropLayoutRepeats(read, doc, onDrop), doc.text, onDrop), doc, onDrop), onDrop);
      // 7. Organisation and period of every fact (needs the facts' positions).
      const timeless = timelessFlags(drafts);
      const attributions = attribute(doc, drafts.map((d, i) => ({
        start: d.quantity.start, end: d.quantity.end, clauseIndex: d.clauseIndex,
        sentenceIndex: d.sentenceIndex, paragraphIndex: d.paragraphIndex, articleIndex: d.articleIndex, timeless: timeless[i]!,
      })), { publishedAt: opts.publishedAt ?? null, segmenter, words });

      // 7b. A figure whose period begins after publication is a target (needs the periods).
      const dated = dropFuture(drafts, attributions, opts.publishedAt ?? null, onDrop);
      // 8. Offsets back to the caller's string; words in the caller's characters.
      const facts = toFacts(dated.drafts, dated.attributions, doc, norm, docId);
      const articles = toArticles(doc, norm);
      return opts.explain ? { facts, articles, dropped: toDropped(quantities, dated.drafts, why, norm) } : { facts, articles };
    },
  };
}

let defaultExtractor: Extractor | undefined;

/**
 * Extracts every report metric in `text` as typed facts.
 *
 * @example
 * const { facts } = extract('全市共排查各类安全隐患23.7万项，整改23万项，整改率97%。');
 * facts[0].metric; // 'hazards.found'
 * facts[0].value;  // 237000
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  // Instance options (segmenter, rules) need their own extractor; per-call ones go to the default.
  assertText(text, 'extract');
  if (options.segmenter || options.rules) return createExtractor(options).extract(text);
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(text, options);
}
