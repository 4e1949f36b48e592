import {
  COLUMN_LABEL_MAX_CHARS, HEADLINE_MAX_LINES, MARKDOWN_HEADING, SUBTITLE_ANNOUNCED, SUBTITLE_START,
} from './lexicon/page-lines.js';
import type { Paragraph, Span } from './types.js';

export interface Headline {
  title: string | null;
  titleSpan: Span | null;
  kicker: string | null;
  subtitle: string | null;
}

/**
 * Picks the title among the headline lines of an article (its heading block):
 * - with markdown, the first `#`/`##` line that is not a column label:
 *   `## 平城头条` + `## 平城区全方位提升人才干事创业激情` → the second;
 *   `### 平城区教育局` + `## 确保“双减”工作落地落实` → the `##` one, the other is the kicker;
 * - a line ending `——` or followed by a `——` line is the title, the dash line its subtitle:
 *   `长春扎实开展安全生产百日攻坚行动——` + `纵深推进 久久为功`;
 * - else the last line that is not a column label: kicker first, title last,
 *   `着力解决群众“急难愁盼”问题` + `汽开区坚持源头治理`, `区政要闻` + `压实工作责任…`.
 * Lines after the title (up to a byline) form the subtitle; lines before it the kicker.
 */
export function pickTitle(text: string, block: readonly Paragraph[]): Headline {
  const lines = block.filter((p) => p.kind === 'heading' || p.kind === 'markdown').slice(-HEADLINE_MAX_LINES);
  if (lines.length === 0) return { title: null, titleSpan: null, kicker: null, subtitle: null };
  const spans = lines.map((p) => headlineSpan(text, p));
  const textOf = (i: number) => text.slice(spans[i]!.start, spans[i]!.end);
  const isLabel = (i: number) => textOf(i).length <= COLUMN_LABEL_MAX_CHARS;
  const level = (i: number) => (lines[i]!.kind === 'markdown' ? MARKDOWN_HEADING.exec(text.slice(lines[i]!.start, lines[i]!.start + 8))![1]!.length : 0);

  const indices = lines.map((_, i) => i);
  let main: number;
  if (lines.some((p) => p.kind === 'markdown')) {
    main = indices.find((i) => level(i) > 0 && level(i) <= 2 && !isLabel(i))
      ?? indices.find((i) => level(i) > 0 && !isLabel(i)) ?? 0;
  } else {
    const announced = indices.find((i) => SUBTITLE_ANNOUNCED.test(textOf(i))
      || (i + 1 < lines.length && SUBTITLE_START.test(textOf(i + 1))));
    const plain = indices.filter((i) => !isLabel(i) && !SUBTITLE_START.test(textOf(i)));
    main = announced ?? plain[plain.length - 1] ?? lines.length - 1;
  }
  // Headline lines right after the title in the block (a byline ends them) are its subtitle.
  const after: string[] = [];
  let j = main + 1;
  for (let b = block.indexOf(lines[main]!) + 1; b < block.length && j < lines.length && block[b] === lines[j]; b++, j++) {
    after.push(textOf(j).replace(SUBTITLE_START, ''));
  }
  const before = indices.filter((i) => i < main).map(textOf);
  const titleSpan = trimDash(text, spans[main]!);
  return {
    title: text.slice(titleSpan.start, titleSpan.end), titleSpan,
    kicker: before.length ? before.join(' ') : null,
    subtitle: after.length ? after.join(' ') : null,
  };
}

/** The headline text of a line without its markdown marks: `## 紧盯民生办实事` → `紧盯民生办实事`. */
function headlineSpan(text: string, p: Paragraph): Span {
  if (p.kind !== 'markdown') return { start: p.start, end: p.end };
  const m = MARKDOWN_HEADING.exec(text.slice(p.start, p.start + 8))!;
  return { start: p.start + m[0].length, end: p.end };
}

/** `长春扎实开展安全生产百日攻坚行动——` → without the trailing dash. */
function trimDash(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start + 1 && (text[end - 1] === '—' || text[end - 1] === '-' || text[end - 1] === ' ')) end--;
  return { start: span.start, end };
}
