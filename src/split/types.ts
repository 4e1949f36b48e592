/**
 * The structure of a document. Every offset is half-open into the *normalised*
 * text (see `normalize/`), which the extractor maps back to the caller's string.
 */
import type { LineKind } from './classify-line.js';
export type { LineKind } from './classify-line.js';

export interface Span {
  start: number;
  end: number;
}

export interface ArticleBlock extends Span {
  index: number;
  /** Headline text (first heading line(s) of the article), or null. */
  title: string | null;
  titleSpan: Span | null;
  /** Dateline or byline as written (`本报讯(记者孙红丽)`, `本报9月12日讯`, `2024年10月9日讯`), or null. */
  dateline: string | null;
  datelineSpan: Span | null;
  /** Headline lines before the title (`着力解决群众“急难愁盼”问题`, `### 平城区教育局`), joined by a space. */
  kicker?: string | null;
  /** Headline lines after the title (`纵深推进 久久为功`, `——二〇二二年…综述` without its dash), joined by a space. */
  subtitle?: string | null;
}

export interface Paragraph extends Span {
  index: number;
  articleIndex: number;
  /** A heading, kicker, byline or caption line rather than body text. */
  isHeading: boolean;
  /** Index of an earlier paragraph with the same text (a layout repeat), else null. */
  repeatOf: number | null;
  /** What the line is (`body`, `heading`, `markdown`, `byline`, `caption`, …); see `classifyLine`. */
  kind?: LineKind;
}

export interface Sentence extends Span {
  index: number;
  paragraphIndex: number;
  articleIndex: number;
}

export interface Clause extends Span {
  index: number;
  sentenceIndex: number;
}

export interface DocumentStructure {
  /** The normalised text all spans point into. */
  text: string;
  articles: ArticleBlock[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  clauses: Clause[];
}
