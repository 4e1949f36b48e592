import type { NormalizedText } from '../normalize/types.js';
import type { DocumentStructure, Sentence } from '../split/types.js';
import type { Quantity } from '../quantities/types.js';
import type { DraftFact } from '../rules/types.js';
import type { Attribution } from '../attribution/types.js';
import type { Article, Fact } from '../schema/fact.js';
import type { DroppedFigure } from './types.js';
import { originalText, unitAsWritten, wordsAsWritten } from './as-written.js';

/** `fn` computed once per argument. */
function memoize<K, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key)!;
  };
}

/**
 * Facts with offsets into the caller's string: `text.slice(f.start, f.end) === f.text`
 * always, because fact.text is the caller's slice; action, object and unit are read
 * back in the caller's characters.
 */
const WHITESPACE = /\s/;

/** The levels of a place's name, each with its suffix (宜兰县|三星乡), and whatever follows the last. */
const NAME_LEVELS = /.+?(?:特别行政区|自治区|自治州|自治县|省|市|县|区|旗|乡|镇|街道|村|社区)|.+$/g;

export function toFacts(drafts: DraftFact[], attributions: Attribution[], doc: DocumentStructure, norm: NormalizedText, docId: string | null): Fact[] {
  const text = norm.original;
  const toOriginal = (i: number) => norm.offsets[i]!;
  // One copy of each sentence however many facts it holds (a page without punctuation is one sentence).
  const sentenceOf = memoize((s: Sentence) => originalText(norm, s.start, s.end).trim());
  // The org's name in the caller's characters (陽朔縣 stays 陽朔縣), where the text spells it out; once per name. A name
  // resolution put together (宜兰县 + 三星乡) is read back level by level (宜蘭縣三星鄉).
  const orgOf = memoize((org: string) => {
    const at = norm.text.indexOf(org);
    if (at >= 0) return originalText(norm, at, at + org.length);
    if (norm.original === norm.text) return org;
    // One search per level of the name (a few), so a long page with many names stays linear.
    return (org.match(NAME_LEVELS) ?? [org]).map((part) => {
      const found = norm.text.indexOf(part);
      return found < 0 ? part : originalText(norm, found, found + part.length);
    }).join('');
  });
  return drafts.map((d, i) => {
    const start = toOriginal(d.quantity.start);
    // The end of the figure's last character: normalisation may have dropped a line break after it (a headline
    // joined to the next line), which the next character's offset would take in (逾4,800人次⏎⏎).
    let end = toOriginal(d.quantity.end);
    while (end > start && WHITESPACE.test(text[end - 1]!)) end--;
    const sentence = doc.sentences[d.sentenceIndex]!;
    const a = attributions[i]!;
    const written = (words: string | null) => wordsAsWritten(words, norm, sentence, d.quantity.start);
    return {
      doc: docId,
      metric: d.metric, action: written(d.action), object: written(d.object),
      value: d.quantity.value, min: d.quantity.min, max: d.quantity.max,
      qualifier: d.quantity.qualifier, unit: unitAsWritten(d.quantity, text.slice(start, end)),
      text: text.slice(start, end), start, end,
      sentence: sentenceOf(sentence),
      org: a.org && orgOf(a.org), orgMention: written(a.orgMention), region: a.region,
      // 國慶假期 stays 國慶假期: the phrase as written, not as normalised.
      period: a.periodSpan ? originalText(norm, a.periodSpan.start, a.periodSpan.end) : a.period,
      periodStart: a.periodStart, periodEnd: a.periodEnd,
      article: d.articleIndex, rule: d.rule,
    };
  });
}

export function toArticles(doc: DocumentStructure, norm: NormalizedText): Article[] {
  return doc.articles.map((a) => ({
    index: a.index, title: a.title, dateline: a.dateline,
    start: norm.offsets[a.start]!, end: norm.offsets[a.end]!,
  }));
}

/** For `explain`: every quantity that did not become a fact, with the reason a filter gave. */
export function toDropped(quantities: Quantity[], drafts: DraftFact[], why: Map<Quantity, { reason: string; draft: DraftFact }>, norm: NormalizedText): DroppedFigure[] {
  const kept = new Set(drafts.map((d) => d.quantity));
  return quantities.filter((q) => !kept.has(q)).map((q) => {
    const start = norm.offsets[q.start]!;
    const end = norm.offsets[q.end]!;
    const w = why.get(q);
    return { text: norm.original.slice(start, end), start, end, value: q.value, reason: w?.reason ?? 'outside any clause', metric: w?.draft.metric ?? null, rule: w?.draft.rule ?? null };
  });
}
