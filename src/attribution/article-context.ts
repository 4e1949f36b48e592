/**
 * Everything attribution needs about one article, built once per article that
 * holds a figure: the org mentions of its sentences, its subject and place chain,
 * its period phrases resolved in text order, its opening paragraph and year.
 * Nothing crosses from one article to the next.
 */
import type { ArticleBlock, DocumentStructure, Paragraph } from '../split/types.js';
import type { Segmenter } from '../words/segmenter.js';
import { pickSubject, placeChain, type PlaceChain } from './org/article-place.js';
import { findOrgMentions } from './org/find-mentions.js';
import { resolveOrg, type OrgResolution } from './org/resolve-org.js';
import type { OrgMention } from './org/types.js';
import { findPeriods } from './period/find-periods.js';
import { resolvePeriods } from './period/resolve-periods.js';
import type { PeriodMention, ResolvedPeriod } from './period/types.js';

export interface ArticleContext {
  article: ArticleBlock;
  orgMentions: OrgMention[];
  subject: OrgResolution | null;
  chain: PlaceChain;
  periods: PeriodMention[];
  resolved: ResolvedPeriod[];
  /** The first body paragraphs (up to 3, past captions): where the article's own period is stated. */
  openingParagraphs: Paragraph[];
  referenceYear: number | null;
}

export function buildArticleContext(doc: DocumentStructure, articleIndex: number, segmenter: Segmenter, publishedAt: string | null): ArticleContext {
  const article = doc.articles[articleIndex]!;
  const paragraphs = doc.paragraphs.filter((p) => p.articleIndex === articleIndex && p.repeatOf === null);
  const opening = paragraphs.find((p) => !p.isHeading) ?? null;
  const leadHeadings = paragraphs.filter((p) => p.isHeading && (!opening || p.start < opening.start));

  const orgMentions: OrgMention[] = [];
  const periods: PeriodMention[] = [];
  for (const p of paragraphs) {
    for (const s of doc.sentences) {
      if (s.paragraphIndex !== p.index) continue;
      orgMentions.push(...findOrgMentions(doc.text.slice(s.start, s.end), segmenter, s.start));
    }
    periods.push(...findPeriods(doc.text.slice(p.start, p.end), p.start));
  }
  const within = (list: Paragraph[]) => (m: { start: number }) => list.some((p) => p.start <= m.start && m.start < p.end);
  const headingMentions = orgMentions.filter(within(leadHeadings));
  const openingSentences = opening ? doc.sentences.filter((s) => s.paragraphIndex === opening.index).slice(0, 2) : [];
  const openingMentions = orgMentions.filter((m) => openingSentences.some((s) => s.start <= m.start && m.start < s.end));
  const subjectMention = pickSubject(headingMentions, openingMentions);
  const chain = placeChain(subjectMention, [...headingMentions, ...openingMentions]);
  const subject = subjectMention
    ? resolveOrg(subjectMention, { chain, subject: null, before: orgMentions.filter((m) => m.start < subjectMention.start), paragraphStart: subjectMention.start })
    : null;

  const referenceYear = publishedAt && /^\d{4}/.test(publishedAt) ? Number(publishedAt.slice(0, 4))
    : periods.find((m) => within([...leadHeadings, ...(opening ? [opening] : [])])(m) && (m.from?.year ?? m.to?.year))?.from?.year ?? null;
  const resolved = resolvePeriods(periods, {
    text: doc.text,
    sentences: doc.sentences.filter((s) => s.articleIndex === articleIndex),
    pageSentences: doc.sentences,
    paragraphs,
    referenceYear,
    publishedAt,
  });
  const openingParagraphs = paragraphs.filter((p) => !p.isHeading).slice(0, 3);
  return { article, orgMentions, subject, chain, periods, resolved, openingParagraphs, referenceYear };
}
