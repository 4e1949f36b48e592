import { assertText, ZhReportMetricsError } from './errors.js';
import { normalizeText, type NormalizedText } from './normalize/index.js';
import type { Span } from './split/types.js';
import { splitDocument } from './split/index.js';
import { findQuantities } from './quantities/index.js';
import { createJiebaSegmenter } from './words/jieba-segmenter.js';
import type { Segmenter } from './words/segmenter.js';
import { readFacts } from './rules/index.js';
import { attribute } from './attribution/index.js';
import { dropLayoutRepeats } from './refine/drop-layout-repeats.js';
import { dropProseFigures } from './refine/drop-prose-figures.js';
import { removeOverlaps } from './refine/remove-overlaps.js';
import { ExtractOptionsSchema, type ExtractOptions } from './schema/options.js';
import { RuleSchema, type ParsedRule, type Rule } from './schema/rule.js';
import type { Article, Fact } from './schema/fact.js';
import type { Quantity } from './quantities/types.js';
import type { DraftFact } from './rules/types.js';

export interface ExtractResult {
  facts: Fact[];
  articles: Article[];
  /** With `explain: true`: every quantity found that is not a fact, and why. */
  dropped?: DroppedFigure[];
}

/** A figure the extractor found and did not report (`explain`). */
export interface DroppedFigure {
  text: string;
  start: number;
  end: number;
  value: number;
  /** `duration`, `layout repeat of paragraph 12`, `overlaps 23.7万项`, `outside any clause` … */
  reason: string;
  /** What the rules had read before the figure was dropped, if they got to it. */
  metric: Fact['metric'] | null;
  rule: string | null;
}

export interface Extractor {
  /** Extracts every report metric of `text`. Per-call options override the instance's. */
  extract(text: string, options?: Pick<ExtractOptions, 'publishedAt' | 'docId' | 'explain'>): ExtractResult;
}

function parseOptions(options: unknown): ExtractOptions {
  const parsed = ExtractOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = formatPath(issue.path);
    if (issue.path[0] === 'rules') throw new ZhReportMetricsError('ZRM_INVALID_RULE', `invalid rule ${path}: ${issue.message}`);
    throw new ZhReportMetricsError('ZRM_INVALID_OPTIONS', `invalid option ${path || '(options)'}: ${issue.message}`);
  }
  return parsed.data as ExtractOptions;
}

/** ['rules', 0, 'metric'] → rules[0].metric */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

function parseRules(rules: Rule[] | undefined): ParsedRule[] {
  return (rules ?? []).map((rule) => RuleSchema.parse(rule)); // already validated by parseOptions
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
  const customRules = parseRules(base.rules);

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
      const quantities = findQuantities(norm.text);
      // 4. Verb/object/quantity rules → metric facts.
      const read = readFacts(doc, quantities, { segmenter, customRules });
      // 5-6. Refiners, each a filter: layout repeats, prose figures, overlaps (overlaps last: it ranks the survivors).
      const why = new Map<Quantity, { reason: string; draft: DraftFact }>();
      const onDrop = opts.explain ? (draft: DraftFact, reason: string) => why.set(draft.quantity, { reason, draft }) : undefined;
      const drafts = removeOverlaps(dropProseFigures(dropLayoutRepeats(read, doc, onDrop), doc.text, onDrop), onDrop);
      // 7. Organisation and period of every fact (needs the facts' positions).
      const attributions = attribute(doc, drafts.map((d) => ({
        start: d.quantity.start, end: d.quantity.end, clauseIndex: d.clauseIndex,
        sentenceIndex: d.sentenceIndex, paragraphIndex: d.paragraphIndex, articleIndex: d.articleIndex,
      })), { publishedAt: opts.publishedAt ?? null, segmenter });

      // 8. Map offsets back to the caller's string; fact.text is always the caller's slice.
      const toOriginal = (i: number) => norm.offsets[i]!;
      // One copy of each sentence however many facts it holds (a page without punctuation is one sentence).
      const sentenceText = new Map<number, string>();
      const sentenceOf = (s: Span & { index: number }) => {
        let out = sentenceText.get(s.index);
        if (out === undefined) {
          // A sentence joined across a layout break is shown without the break.
          out = text.slice(toOriginal(s.start), toOriginal(s.end)).replace(/\s*[\r\n]+\s*/g, '').trim();
          sentenceText.set(s.index, out);
        }
        return out;
      };
      const facts: Fact[] = drafts.map((d, i) => {
        const start = toOriginal(d.quantity.start);
        const end = toOriginal(d.quantity.end);
        const sentence = doc.sentences[d.sentenceIndex]!;
        const a = attributions[i]!;
        const written = (words: string | null) => wordsAsWritten(words, text, norm, sentence, d.quantity.start);
        return {
          doc: docId,
          metric: d.metric, action: written(d.action), object: written(d.object),
          value: d.quantity.value, min: d.quantity.min, max: d.quantity.max,
          qualifier: d.quantity.qualifier, unit: unitAsWritten(d.quantity, text.slice(start, end)),
          text: text.slice(start, end), start, end,
          sentence: sentenceOf(sentence),
          org: a.org, orgMention: a.orgMention, region: a.region,
          period: a.period, periodStart: a.periodStart, periodEnd: a.periodEnd,
          article: d.articleIndex, rule: d.rule,
        };
      });
      const articles: Article[] = doc.articles.map((a) => ({
        index: a.index, title: a.title, dateline: a.dateline,
        start: toOriginal(a.start), end: toOriginal(a.end),
      }));
      if (!opts.explain) return { facts, articles };
      const kept = new Set(drafts.map((d) => d.quantity));
      const dropped: DroppedFigure[] = quantities.filter((q) => !kept.has(q)).map((q) => {
        const start = toOriginal(q.start);
        const end = toOriginal(q.end);
        const w = why.get(q);
        return { text: text.slice(start, end), start, end, value: q.value, reason: w?.reason ?? 'outside any clause', metric: w?.draft.metric ?? null, rule: w?.draft.rule ?? null };
      });
      return { facts, articles, dropped };
    },
  };
}

/**
 * The unit in the caller's characters: normalisation maps 個→个 one for one, so the
 * unit of `46個` is read back at the same place of the original slice. Units that
 * are conventions rather than spellings (元 of money, % of percent) stay as they are.
 */
function unitAsWritten(q: Quantity, original: string): string | null {
  if (!q.unit || q.kind === 'money' || q.kind === 'percent' || original.length !== q.text.length || original === q.text) return q.unit;
  const at = q.text.lastIndexOf(q.unit);
  return at < 0 ? q.unit : original.slice(at, at + q.unit.length);
}

/**
 * Action and object in the caller's characters: the rules read normalised text
 * (應急→应急), so the words are found again in the normalised sentence, at the
 * occurrence nearest the figure, and read back from the input through the offset
 * map. Words the rules composed (`同比下降` from `同比分别下降`) stay as they are.
 */
const WORDS_WINDOW = 400;

function wordsAsWritten(words: string | null, text: string, norm: NormalizedText, sentence: Span, near: number): string | null {
  if (!words) return words;
  // Look only near the figure (the rules never read further), so a huge sentence stays linear.
  const lo = Math.max(sentence.start, near - WORDS_WINDOW);
  const window = norm.text.slice(lo, Math.min(sentence.end, near + WORDS_WINDOW));
  let best = -1;
  for (let at = window.indexOf(words); at >= 0; at = window.indexOf(words, at + 1)) {
    if (best < 0 || Math.abs(lo + at - near) < Math.abs(lo + best - near)) best = at;
  }
  if (best < 0) return words;
  const from = norm.offsets[lo + best]!;
  const to = norm.offsets[lo + best + words.length]!;
  return text.slice(from, to).replace(/\s*[\r\n]+\s*/g, '');
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
