import type { NormalizedText } from '../normalize/types.js';
import type { DocumentStructure, Sentence } from '../split/types.js';
import type { Quantity } from '../quantities/types.js';
import type { DraftFact } from '../rules/types.js';
import type { Attribution } from '../attribution/types.js';
import type { Article, Fact } from '../schema/fact.js';
import type { DroppedFigure } from './types.js';
import { unitAsWritten, wordsAsWritten } from './as-written.js';

/**
 * Facts with offsets into the caller's string: `text.slice(f.start, f.end) === f.text`
 * always, because fact.text is the caller's slice; action, object and unit are read
 * back in the caller's characters.
 */
export function toFacts(drafts: DraftFact[], attributions: Attribution[], doc: DocumentStructure, norm: NormalizedText, docId: string | null): Fact[] {
  const text = norm.original;
  const toOriginal = (i: number) => norm.offsets[i]!;
  // One copy of each sentence however many facts it holds (a page without punctuation is one sentence).
  const sentenceText = new Map<number, string>();
  const sentenceOf = (s: Sentence) => {
    let out = sentenceText.get(s.index);
    if (out === undefined) {
      // A sentence joined across a layout break is shown without the break.
      out = text.slice(toOriginal(s.start), toOriginal(s.end)).replace(/\s*[\r\n]+\s*/g, '').trim();
      sentenceText.set(s.index, out);
    }
    return out;
  };
  // The org's name in the caller's characters (陽朔縣 stays 陽朔縣), where the text spells it out; once per name.
  const orgText = new Map<string, string>();
  const orgAsWritten = (org: string | null) => {
    if (!org) return org;
    let out = orgText.get(org);
    if (out === undefined) {
      const at = norm.text.indexOf(org);
      out = at < 0 ? org : text.slice(toOriginal(at), toOriginal(at + org.length)).replace(/\s*[\r\n]+\s*/g, '');
      orgText.set(org, out);
    }
    return out;
  };
  return drafts.map((d, i) => {
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
      org: orgAsWritten(a.org), orgMention: written(a.orgMention), region: a.region,
      period: a.period, periodStart: a.periodStart, periodEnd: a.periodEnd,
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
