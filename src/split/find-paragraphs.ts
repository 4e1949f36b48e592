import { classifyLine, isHeadingKind } from './classify-line.js';
import type { Paragraph } from './types.js';

/**
 * One paragraph per non-blank line, trimmed of spaces, with its line kind.
 * Pages separate paragraphs by blank lines and captions by single newlines
 * (`…吸引了众多游客“打卡”观光。\n本报记者 王萌 摄`); both are line ends here.
 * Layout breaks inside a paragraph were already removed by normalisation.
 */
export function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let s = pos;
    let e = end;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      const kind = classifyLine(text.slice(s, e));
      paragraphs.push({
        index: paragraphs.length, start: s, end: e, articleIndex: 0,
        isHeading: isHeadingKind(kind), repeatOf: null, kind,
      });
    }
    pos = end + 1;
  }
  return paragraphs;
}

/** Spaces the normaliser leaves: ASCII space and newline (U+3000 is already a space). */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09;
}
