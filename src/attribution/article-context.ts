/**
 * Everything attribution needs about one article, built once per article that
 * holds a figure: the org mentions of its sentences, its subject and place chain,
 * its period phrases resolved in text order, its own (opening) period and year.
 * Nothing crosses from one article to the next.
 */
import type { DocumentStructure, Paragraph, Sentence } from '../split/types.js';
import type { Segmenter } from '../words/segmenter.js';
import type { SentenceWords } from '../words/sentence-words.js';
import { newspaperPlace, pickSubject, placeChain, SELF_REFERENCES, type PlaceChain } from './org/article-place.js';
import { REFERENCE_WORDS } from './org/lexicon.js';
import { findOrgMentions } from './org/find-mentions.js';
import { resolveOrg, type OrgResolution } from './org/resolve-org.js';
import type { OrgMention } from './org/types.js';
import { openingPeriodIndex, standInPeriods } from './period/choose-period.js';
import { datedSeasons, findPeriods } from './period/find-periods.js';
import { resolvePeriods } from './period/resolve-periods.js';
import { isTitleLike } from './section-title.js';
import type { PeriodMention, ResolvedPeriod } from './period/types.js';

export interface ArticleContext {
  orgMentions: OrgMention[];
  subject: OrgResolution | null;
  chain: PlaceChain;
  periods: PeriodMention[];
  resolved: ResolvedPeriod[];
  /** Index in `periods` of the article's own period (its opening's, else its dateline's), or -1. */
  openingPeriod: number;
  /** For each period mention, the one that stands for it when it governs later figures (see standInPeriods). */
  periodStandIns: Int32Array;
  referenceYear: number | null;
}

export interface ArticleParts {
  /** The article's paragraphs (layout repeats left out) and sentences, in text order. */
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /**
   * Paragraphs that hold a figure to attribute, each with the index of its last sentence holding one:
   * only their sentences up to that one (and the lead) are segmented for org mentions.
   */
  withFigures: Map<number, number>;
}

/** Kinds of lines above an article that never name what it is about. */
const NOT_SUBJECT_LINES: ReadonlySet<string> = new Set(['furniture', 'continuation', 'byline', 'caption']);

export function buildArticleContext(doc: DocumentStructure, parts: ArticleParts, segmenter: Segmenter, publishedAt: string | null, words?: SentenceWords): ArticleContext {
  const { paragraphs, sentences } = parts;
  const kept = new Set(paragraphs.map((p) => p.index));
  const opening = paragraphs.find((p) => !p.isHeading) ?? null;
  // The lines above the opening; page furniture (the folio 山西应急周刊…第5版) and bylines among them name no subject.
  const lead = paragraphs.filter((p) => p.isHeading && (!opening || p.start < opening.start));
  const leadHeadings = lead.filter((p) => !NOT_SUBJECT_LINES.has(p.kind ?? 'heading'));

  // Org mentions come from jieba's tags, the costliest step of the pipeline: only the lead
  // (headings, opening) and the sentences of a paragraph up to its last figure are tagged.
  const lastTagged = new Map(parts.withFigures);
  for (const p of [...leadHeadings, ...(opening ? [opening] : [])]) lastTagged.set(p.index, Infinity);
  // … and the section titles after the lead (（一）宿城区): short lines, whose place governs the figures under them.
  for (const p of paragraphs) if (opening && p.start >= opening.end && isTitleLike(doc.text.slice(p.start, p.end))) lastTagged.set(p.index, Infinity);
  const orgMentions: OrgMention[] = [];
  for (const s of sentences) {
    if (kept.has(s.paragraphIndex) && s.index <= (lastTagged.get(s.paragraphIndex) ?? -1)) orgMentions.push(...findOrgMentions(doc.text.slice(s.start, s.end), segmenter, s.start, words?.of(s.index)));
  }
  let periods: PeriodMention[] = [];
  for (const p of paragraphs) periods.push(...findPeriods(doc.text.slice(p.start, p.end), p.start));
  periods = datedSeasons(periods, doc.text);

  const inAny = (list: { start: number; end: number }[]) => (m: { start: number }) => list.some((p) => p.start <= m.start && m.start < p.end);
  const headingMentions = orgMentions.filter(inAny(leadHeadings));
  const openingSentences = opening ? sentences.filter((s) => s.paragraphIndex === opening.index).slice(0, 2) : [];
  const openingMentions = orgMentions.filter(inAny(openingSentences));
  const subjectMention = pickSubject(headingMentions, openingMentions);
  let chain = placeChain(subjectMention, [...headingMentions, ...openingMentions]);
  let subject = subjectMention
    ? resolveOrg(subjectMention, { chain, subject: null, mentions: orgMentions, upTo: orgMentions.indexOf(subjectMention), paragraphStart: subjectMention.start })
    : null;
  // 我市 with no place named: the local newspaper named on the page says which (廊坊日报 … 我市 → 廊坊市).
  const self = !subjectMention ? [...headingMentions, ...openingMentions].find((m) => m.reference !== null && SELF_REFERENCES.has(m.reference)) : undefined;
  if (self) {
    const level = REFERENCE_WORDS[self.reference!];
    const paper = level === 'province' || level === 'city' || level === 'county'
      ? newspaperPlace(lead.filter((p) => p.kind === 'furniture').map((p) => doc.text.slice(p.start, p.end)), level) : null;
    if (paper) ({ subject, chain } = paper);
  }

  // The year an article states: in its lead, its folio included (2025年3月20日 星期四 第5版).
  const inLead = inAny([...lead, ...(opening ? [opening] : [])]);
  const stated = periods.find((m) => inLead(m) && m.from?.year);
  const referenceYear = publishedAt && /^\d{4}/.test(publishedAt) ? Number(publishedAt.slice(0, 4)) : stated?.from?.year ?? null;
  const statedYear = periods.find((m) => m.rule === 'year' && m.to !== null && !m.comparison && inLead(m))?.from?.year ?? null;
  const monthNamed = periods.find((m) => m.rule === 'month' && inLead(m))?.from;
  const statedMonth = monthNamed ? { year: monthNamed.year, month: monthNamed.month } : null;
  const resolved = resolvePeriods(periods, { text: doc.text, sentences, pageSentences: doc.sentences, paragraphs, referenceYear, publishedAt, statedYear, statedMonth });
  const periodStandIns = standInPeriods(periods, doc.text, sentences);
  const openingPeriod = openingPeriodIndex(periods, doc.text, paragraphs.filter((p) => !p.isHeading).slice(0, 3), periodStandIns);
  return { orgMentions, subject, chain, periods, resolved, openingPeriod, periodStandIns, referenceYear };
}
