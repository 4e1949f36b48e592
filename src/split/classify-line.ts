import {
  ELLIPSIS, HEADLINE_END_ONLY, HEADLINE_MAX_CHARS, NOT_IN_HEADLINE, QUOTED_HEADING_MAX_CHARS, SENTENCE_END,
} from './lexicon/punctuation.js';
import {
  AUTHOR_NAME, BYLINE, CONTINUATION, CREDIT_END, FURNITURE_PATTERNS, MARKDOWN_HEADING,
} from './lexicon/page-lines.js';

/**
 * What one line of a page is:
 * - `markdown`: `## 园林部门排查危树除隐患`
 * - `continuation`: `(上接第一版)`, which opens an article continued from another page
 * - `furniture`: `本版编辑 郭洪涛 程源`, `www.dtnews.cn`
 * - `caption`: a photo credit or captioned line, `本报记者 王萌 摄`, `…(杨光明 摄)`
 * - `byline`: `本报记者 孟凡明`, `□本报记者 王嘉晨`
 * - `name`: an author's name alone, `威力卿`
 * - `heading`: a short line without clause punctuation: `党政齐抓 全员联动攻坚`,
 *   `国网长春供电公司：提早行动保汛期安全可靠供电`, `“把心扎在这里,让居民永远有依靠”`
 * - `body`: everything else, including short body tails like `政治责任。`
 */
export type LineKind = 'markdown' | 'continuation' | 'furniture' | 'caption' | 'byline' | 'name' | 'heading' | 'body';

/** Classifies a trimmed, non-empty line. Constant work per line past the first 40 characters. */
export function classifyLine(line: string): LineKind {
  if (MARKDOWN_HEADING.test(line)) return 'markdown';
  if (line.length <= 20 && CONTINUATION.test(line)) return 'continuation';
  if (line.length <= 220 && FURNITURE_PATTERNS.some((p) => p.test(line))) return 'furniture';
  if (CREDIT_END.test(line.slice(-24))) return 'caption';
  if (line.length > HEADLINE_MAX_CHARS) return 'body';
  if (BYLINE.test(line)) return 'byline';
  if (AUTHOR_NAME.test(line)) return 'name';
  if (isHeadlineLike(line)) return 'heading';
  return 'body';
}

/** True for the kinds that are not body text (`Paragraph.isHeading`). */
export function isHeadingKind(kind: LineKind): boolean {
  return kind !== 'body';
}

/**
 * A short line with no `，。；` inside, and `！？` only at its end; or a short quote
 * used as a section heading, `“特殊时期,我就是居民的‘大管家’”`.
 */
function isHeadlineLike(line: string): boolean {
  if (isQuotedHeading(line)) return true;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (NOT_IN_HEADLINE.includes(ch)) return false;
    if (HEADLINE_END_ONLY.includes(ch) && i < line.length - 1) return false;
  }
  return true;
}

function isQuotedHeading(line: string): boolean {
  return line.length <= QUOTED_HEADING_MAX_CHARS && line.startsWith('“') && line.endsWith('”')
    && line.indexOf('”') === line.length - 1 && ![...line].some((ch) => SENTENCE_END.includes(ch) || ch === ELLIPSIS);
}
