import * as C from './char-class.js';
import { HEADLINE_MAX_CHARS, QUOTED_HEADING_MAX_CHARS } from './lexicon/punctuation.js';
import {
  ARROW_FIGURE, AUTHOR_NAME, BYLINE, HAS_FIGURE, LIST_BULLET, CONTINUATION, CREDIT_END, FURNITURE_PATTERNS, MARKDOWN_HEADING,
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
 * - `item`: a list item opened by a bullet (`👉 检查企业 1,035 家`, `● 发现隐患36处`, `✅ 组织演练58场`), or a
 *   table row flattened into text (`柯城区　　检查企业 318家　　发现隐患 842处`): body text that is its own paragraph
 * - `body`: everything else, including short body tails like `政治责任。`
 */
export type LineKind = 'markdown' | 'continuation' | 'furniture' | 'caption' | 'byline' | 'name' | 'heading' | 'item' | 'body';

// Module-local copies: the headline test reads them once per character.
const CLASS = C.CHAR_CLASS;
const NOT_IN_HEADLINE = C.NOT_IN_HEADLINE_FLAG;
const END_ONLY = C.HEADLINE_END_ONLY_FLAG;
const SENTENCE_END = C.SENTENCE_END_FLAG | C.ELLIPSIS_FLAG;

/** Classifies a trimmed, non-empty line. Constant work per line past the first 40 characters. */
export function classifyLine(line: string): LineKind {
  if (MARKDOWN_HEADING.test(line)) return 'markdown';
  if (line.length <= 20 && CONTINUATION.test(line)) return 'continuation';
  if (line.length <= 220 && FURNITURE_PATTERNS.some((p) => p.test(line))) return 'furniture';
  if ((LIST_BULLET.test(line) && HAS_FIGURE.test(line)) || ARROW_FIGURE.test(line) || isTableRow(line)) return 'item';
  if (CREDIT_END.test(line.slice(-24))) return 'caption';
  if (line.length > HEADLINE_MAX_CHARS) return 'body';
  if (BYLINE.test(line)) return 'byline';
  if (AUTHOR_NAME.test(line)) return 'name';
  if (isHeadlineLike(line)) return 'heading';
  return 'body';
}

/**
 * A row of a table flattened into text: cells apart by runs of spaces, two figures or more (`柯城区　　检查企业 318家　　发现隐患 842处`),
 * or two bare numbers or more as cells of their own, the unit in the header (`道路运输　9　8`, `合计 21 17`).
 */
export function isTableRow(line: string): boolean {
  if (line.length > TABLE_ROW_MAX_CHARS) return false;
  if (/\S\s{2,}\S/.test(line)) { // ASCII or ideographic spaces (U+3000), as normalised or raw
    let figures = 0;
    for (const _ of line.matchAll(TABLE_FIGURE)) if (++figures >= 2) return true;
  }
  let cells = 0;
  for (const cell of line.trim().split(/\s+/)) if (BARE_CELL.test(cell) && ++cells >= 2) return true;
  return false;
}
const TABLE_ROW_MAX_CHARS = 120;
const TABLE_FIGURE = /[0-9０-９][0-9０-９.,]*\s?[\u4e00-\u9fff%％]/g;
/** A cell that is a number alone: 9, 1,284, 92.7, 42.9%. */
const BARE_CELL = /^[0-9０-９][0-9０-９.,]*[%％‰]?$/;

/** True for the kinds that are not body text (`Paragraph.isHeading`). */
export function isHeadingKind(kind: LineKind): boolean {
  return kind !== 'body' && kind !== 'item';
}

/** True for the kinds that are body text: plain body and list items. */
export function isBodyKind(kind: LineKind | undefined): boolean {
  return kind === 'body' || kind === 'item';
}

/**
 * A short line with no `，。；` inside, and `！？` only at its end; or a short quote
 * used as a section heading, `“特殊时期,我就是居民的‘大管家’”`.
 */
function isHeadlineLike(line: string): boolean {
  if (isQuotedHeading(line)) return true;
  const last = line.length - 1;
  for (let i = 0; i <= last; i++) {
    const flags = CLASS[line.charCodeAt(i)]!;
    if (flags & NOT_IN_HEADLINE && !isThousandsComma(line, i)) return false;
    if (flags & END_ONLY && i < last) return false;
  }
  return true;
}

/** A comma between digits groups thousands (出勤逾4,800人次): no clause break. */
function isThousandsComma(line: string, i: number): boolean {
  return line[i] === ',' && /\d/.test(line[i - 1] ?? '') && /\d/.test(line[i + 1] ?? '');
}

function isQuotedHeading(line: string): boolean {
  if (line.length > QUOTED_HEADING_MAX_CHARS || !line.startsWith('“') || line.indexOf('”') !== line.length - 1) return false;
  for (let i = 0; i < line.length; i++) if (CLASS[line.charCodeAt(i)]! & SENTENCE_END) return false;
  return true;
}
