import { isBodyKind, isTableRow } from './classify-line.js';
import { findDateline } from './find-dateline.js';
import { MARKDOWN_HEADING, OUTLINE_NUMBER } from './lexicon/page-lines.js';
import { pickTitle } from './pick-title.js';
import type { ArticleBlock, Paragraph } from './types.js';

/** Leading lines of a heading block that close the article before it: `本报记者 王萌 摄`, `威力卿`, `www.dtnews.cn`. */
const TAIL_KINDS = new Set(['caption', 'name', 'furniture']);

/**
 * Splits a page into articles and sets every paragraph's `articleIndex`.
 * A run of non-body lines (a heading block) followed by body text opens a new
 * article when it holds a `#`/`##` heading, a byline (`本报记者 孟凡明`) or
 * `(上接第一版)`, when it has two headline lines (kicker + title), or when the
 * body after it opens with a dateline (`本报讯(记者柳青)…`, `记者从…获悉`).
 * Outline-numbered report sections (`## 一、总体情况`, `(一)加强组织领导`) and
 * bracketed labels (`【数说】执法检查`) are not headlines.
 * A lone section heading (`党政齐抓 全员联动攻坚`, `### 未诉先办 为民服务跑在前`)
 * stays inside its article. A body paragraph opening with `本报讯…` or
 * `2024年10月9日讯` with no headline before it also opens an (untitled) article.
 * Articles cover the text: each ends where the next begins.
 */
export function findArticles(text: string, paragraphs: Paragraph[]): ArticleBlock[] {
  const articles: ArticleBlock[] = [];
  const open = (first: number, block: Paragraph[], body: Paragraph | undefined) => {
    const start = articles.length === 0 ? 0 : paragraphs[first]!.start;
    if (articles.length > 0) articles[articles.length - 1]!.end = start;
    const headline = pickTitle(text, block);
    const dated = body ? findDateline(text.slice(body.start, body.end)) : null;
    const byline = [...block].reverse().find((p) => p.kind === 'byline');
    const datelineSpan = dated && dated.kind !== 'byline' ? { start: body!.start, end: body!.start + dated.length }
      : byline ? { start: byline.start, end: byline.end } : null;
    articles.push({
      index: articles.length, start, end: text.length, ...headline,
      dateline: datelineSpan ? text.slice(datelineSpan.start, datelineSpan.end) : null, datelineSpan,
    });
  };

  let openedFor = -1; // the body paragraph whose headline just opened an article
  let i = 0;
  while (i < paragraphs.length) {
    if (isBodyKind(paragraphs[i]!.kind)) {
      if (articles.length === 0 || (openedFor !== i && opensWithDateline(text, paragraphs[i]!))) open(i, [], paragraphs[i]);
      paragraphs[i]!.articleIndex = articles.length - 1;
      i++;
      continue;
    }
    let end = i;
    while (end < paragraphs.length && !isBodyKind(paragraphs[end]!.kind)) end++;
    let first = i;
    if (articles.length > 0) while (first < end && TAIL_KINDS.has(paragraphs[first]!.kind!)) first++;
    const block = paragraphs.slice(first, end);
    const body = paragraphs[end];
    const opened = articles.length === 0 || (body !== undefined && first < end && opensArticle(text, block, body));
    if (opened) {
      open(first, block, body);
      openedFor = end;
    }
    for (let k = i; k < end; k++) paragraphs[k]!.articleIndex = opened && k < first ? articles.length - 2 : articles.length - 1;
    i = end;
  }
  if (articles.length === 0) open(0, [], undefined);
  return articles;
}

function opensArticle(text: string, block: Paragraph[], body: Paragraph): boolean {
  if (block.some((p) => p.kind === 'continuation' || p.kind === 'byline')) return true;
  // Outline-numbered section headings (`## 一、总体情况`, `(二)狠抓隐患排查`) never count as headlines.
  const headlines = block.filter((p) => (p.kind === 'heading' || p.kind === 'markdown') && !isOutlineHeading(text, p) && !isSectionLabel(text, p));
  if (headlines.some((p) => p.kind === 'markdown' && markdownLevel(text, p) <= 2)) return true;
  // A table's caption and header row (`2026年4月份全市生产安全事故分行业统计` / `行业　事故起数（起）　死亡人数（人）`) are
  // not a kicker and a title: an article opens with prose, not with a row of figures.
  if (headlines.length >= 2 && !isTableRow(text.slice(body.start, body.end))) return true;
  const dated = findDateline(text.slice(body.start, body.end));
  return dated !== null && dated.kind !== 'byline';
}

/** A label in lenticular brackets opens a section, not an article: `【数说】执法检查`, `【工作动态】`. */
const SECTION_LABEL_MAX_CHARS = 12;
function isSectionLabel(text: string, p: Paragraph): boolean {
  return text.startsWith('【', p.start) && text.slice(p.start, Math.min(p.end, p.start + SECTION_LABEL_MAX_CHARS)).includes('】');
}

function markdownLevel(text: string, p: Paragraph): number {
  return MARKDOWN_HEADING.exec(text.slice(p.start, p.start + 8))![1]!.length;
}

function isOutlineHeading(text: string, p: Paragraph): boolean {
  const line = text.slice(p.start, Math.min(p.end, p.start + 24));
  return OUTLINE_NUMBER.test(p.kind === 'markdown' ? line.replace(MARKDOWN_HEADING, '') : line);
}

/** A body paragraph with no headline of its own that opens with `本报讯…` or `2024年10月9日讯`. */
function opensWithDateline(text: string, paragraph: Paragraph): boolean {
  return findDateline(text.slice(paragraph.start, paragraph.end))?.kind === 'dateline';
}
