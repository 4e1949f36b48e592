/**
 * Attribution: the organisation and the period of every fact.
 *
 * For each target (a figure's position), in this order:
 * 1. the article's context is built once (org mentions, subject, place chain,
 *    period phrases resolved in text order) — see article-context.ts;
 * 2. org: the i-th of a list before 分别 for the i-th figure after it (respective.ts), else
 *    the nearest actor mention in the clause, else the sentence, else earlier
 *    in the paragraph, resolved (全市 → 长春市, 区住建局 → 汇川区); else the article's
 *    subject with orgMention null;
 * 3. period: the nearest phrase in the clause, else the sentence, else an adverbial
 *    one earlier in the paragraph, else its section title's (▶ 上月执法检查; section-period.ts),
 *    else the article's opening one.
 *
 * @example
 * attribute(splitDocument(text), [{ start, end, clauseIndex, sentenceIndex, paragraphIndex, articleIndex }],
 *   { publishedAt: '2024-10-09', segmenter: createJiebaSegmenter() });
 */
import type { DocumentStructure, Paragraph } from '../split/types.js';
import type { Segmenter } from '../words/segmenter.js';
import type { SentenceWords } from '../words/sentence-words.js';
import { buildArticleContext, type ArticleContext, type ArticleParts } from './article-context.js';
import { chooseOrgMention, titleOrgMention } from './org/choose-org.js';
import { REFERENCE_WORDS } from './org/lexicon.js';
import { resolveOrg } from './org/resolve-org.js';
import { respectiveListStart, runPositions, type RunPosition } from './org/respective.js';
import type { OrgMention } from './org/types.js';
import { choosePeriodIndex, comparisonBaseIndex, titlePeriodIndex } from './period/choose-period.js';
import { sectionTitleAbove } from './section-title.js';
import { lastStartingBefore } from './spans.js';
import type { Attribution, AttributionTarget } from './types.js';
export type { Attribution, AttributionTarget } from './types.js';

/** 全省 in an article about 平城区 names a scope (全省综合减灾示范社区12个), not the actor. */
function isWiderThanArticle(m: OrgMention, ctx: ArticleContext): boolean {
  if (m.kind !== 'reference' || !m.reference) return false;
  const level = REFERENCE_WORDS[m.reference];
  const deepest = ctx.chain.county ? 3 : ctx.chain.city ? 2 : ctx.chain.province ? 1 : 0;
  const rank = level === 'nation' ? 0 : level === 'province' ? 1 : level === 'city' ? 2 : 3;
  const countyCity = level === 'city' && ctx.chain.county?.name.endsWith('市');
  return deepest > 0 && rank < deepest && !countyCity;
}

export interface AttributeOptions {
  /** ISO date of publication; its year dates 今年上半年 and holidays. */
  publishedAt?: string | null;
  segmenter: Segmenter;
  /** The document's sentences, tagged once and shared with the rules; without it each sentence is tagged here. */
  words?: SentenceWords;
}

/** 分别 and a short predicate right before a run of figures (分别为, 分别查处). */
const RESPECTIVELY_RIGHT_BEFORE = /分别[\u4e00-\u9fff]{0,8}$/;

export function attribute(doc: DocumentStructure, targets: AttributionTarget[], options: AttributeOptions): Attribution[] {
  const parts = new Map<number, ArticleParts>();
  for (const p of doc.paragraphs) if (p.repeatOf === null) partsOf(parts, p.articleIndex).paragraphs.push(p);
  for (const s of doc.sentences) partsOf(parts, s.articleIndex).sentences.push(s);
  for (const t of targets) {
    const figures = partsOf(parts, t.articleIndex).withFigures;
    figures.set(t.paragraphIndex, Math.max(figures.get(t.paragraphIndex) ?? -1, t.sentenceIndex));
  }
  const contexts = new Map<number, ArticleContext>();
  const contextOf = (i: number) => {
    let c = contexts.get(i);
    if (!c) { c = buildArticleContext(doc, partsOf(parts, i), options.segmenter, options.publishedAt ?? null, options.words); contexts.set(i, c); }
    return c;
  };
  const runs = runPositions(doc.text, targets);
  const listStarts = new Map<RunPosition['first'], number>();
  // 六盘水市、毕节市分别查处隐患14条、12条，罚款金额分别为2315万元、1987万元: a later 分别 of the sentence, with no list
  // of its own, takes the list of the one before when the runs are as long.
  const sentenceLists = new Map<number, { start: number; length: number }>();
  const listStartOf = (run: RunPosition, mentions: OrgMention[], sentenceStart: number) => {
    let start = listStarts.get(run.first);
    if (start === undefined) {
      start = respectiveListStart(mentions, doc.text, run, sentenceStart);
      const earlier = sentenceLists.get(sentenceStart);
      if (start >= 0) sentenceLists.set(sentenceStart, { start, length: run.length });
      else if (earlier && earlier.length === run.length && RESPECTIVELY_RIGHT_BEFORE.test(doc.text.slice(Math.max(sentenceStart, run.first.start - 10), run.first.start))) start = earlier.start;
      listStarts.set(run.first, start);
    }
    return start;
  };
  const periodListStarts = new Map<RunPosition['first'], number>();
  const periodListStartOf = (run: RunPosition, periods: ArticleContext['periods'], sentenceStart: number) => {
    let start = periodListStarts.get(run.first);
    if (start === undefined) {
      start = respectiveListStart(periods, doc.text, run, sentenceStart);
      if (start >= 0 && periods.slice(start, start + run.length).some((m) => m.comparison)) start = -1;
      periodListStarts.set(run.first, start);
    }
    return start;
  };
  // ▶ 上月执法检查 ⏎ • 检查企业 318 家: the title of a paragraph's section, whose period or place governs a figure naming none.
  const sectionTitles = new Map<number, Paragraph | null>();
  const sectionTitleOf = (article: number, ctx: ArticleContext, paragraph: Paragraph): Paragraph | null => {
    let title = sectionTitles.get(paragraph.index);
    if (title === undefined) {
      const { paragraphs } = partsOf(parts, article);
      const opening = paragraphs.find((q) => !q.isHeading);
      const k = opening ? sectionTitleAbove(doc.text, paragraphs, lastStartingBefore(paragraphs, paragraph.start + 1), opening.end, ctx.periods) : -1;
      title = k >= 0 ? paragraphs[k]! : null;
      sectionTitles.set(paragraph.index, title);
    }
    return title;
  };
  return targets.map((t, i) => {
    const ctx = contextOf(t.articleIndex);
    const sentence = doc.sentences[t.sentenceIndex]!;
    const paragraph = doc.paragraphs[t.paragraphIndex]!;

    const run = runs[i];
    const listStart = run ? listStartOf(run, ctx.orgMentions, sentence.start) : -1;
    const respective = run && listStart >= 0 ? listStart + run.index : -1;
    const governs = (m: OrgMention) => !isWiderThanArticle(m, ctx);
    const title = sectionTitleOf(t.articleIndex, ctx, paragraph);
    const own = respective >= 0 ? respective : chooseOrgMention(ctx.orgMentions, t, paragraph, governs);
    const k = own >= 0 || !title ? own : titleOrgMention(ctx.orgMentions, title, governs);
    const mention = k >= 0 ? ctx.orgMentions[k]! : null;
    const org = mention
      ? resolveOrg(mention, { chain: ctx.chain, subject: ctx.subject, mentions: ctx.orgMentions, upTo: k, paragraphStart: paragraph.start })
      : ctx.subject;

    // 1月、2月、3月分别发生事故11起、13起、17起: the i-th period of a list before 分别 dates the i-th figure of the run.
    const periodList = run ? periodListStartOf(run, ctx.periods, sentence.start) : -1;
    const base = periodList >= 0 ? periodList + run!.index : comparisonBaseIndex(ctx.periods, ctx.resolved, doc.text, t);
    // A timeless stock looks no further than its sentence.
    const p = base >= 0 ? base : t.timeless ? choosePeriodIndex(ctx.periods, doc.text, t, sentence, sentence, -1, ctx.periodStandIns)
      : choosePeriodIndex(ctx.periods, doc.text, t, sentence, periodScope(doc, paragraph), titlePeriodOf(title, ctx), ctx.periodStandIns);
    const period = p >= 0 ? ctx.resolved[p]! : null;
    return {
      org: org?.org ?? null,
      orgMention: mention && org?.org && !org.bySubject ? mention.text : null,
      region: org?.region ?? null,
      period: period?.text ?? null,
      periodSpan: period ? { start: ctx.periods[p]!.start, end: ctx.periods[p]!.end } : null,
      periodStart: period?.start ?? null,
      periodEnd: period?.end ?? null,
    };
  });
}

/** The period a section title names (through its stand-in), else the article's opening one. */
function titlePeriodOf(title: Paragraph | null, ctx: ArticleContext): number {
  const named = title ? titlePeriodIndex(ctx.periods, title, ctx.periodStandIns) : -1;
  return named >= 0 ? named : ctx.openingPeriod;
}

/** A paragraph opening by going on from the one before (从各区情况看，…; 其中，…) reads periods from that one too. */
const CONTINUES_PREVIOUS = /^(?:其中|此外|另外|同时|从[^，,。]{1,8}(?:看|来看)|分[^，,。]{1,4}看)[，,]/;

function periodScope(doc: DocumentStructure, paragraph: DocumentStructure['paragraphs'][number]): { start: number; end: number } {
  const previous = doc.paragraphs[paragraph.index - 1];
  if (!previous || previous.isHeading || previous.articleIndex !== paragraph.articleIndex) return paragraph;
  return CONTINUES_PREVIOUS.test(doc.text.slice(paragraph.start, paragraph.start + 12)) ? { start: previous.start, end: paragraph.end } : paragraph;
}

function partsOf(parts: Map<number, ArticleParts>, article: number): ArticleParts {
  let p = parts.get(article);
  if (!p) { p = { paragraphs: [], sentences: [], withFigures: new Map() }; parts.set(article, p); }
  return p;
}
