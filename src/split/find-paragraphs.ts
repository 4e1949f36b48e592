import { nonBlankLines } from './lines.js';
import { classifyLine, isHeadingKind } from './classify-line.js';
import { findDateline } from './find-dateline.js';
import { ELLIPSIS, SENTENCE_END } from './lexicon/punctuation.js';
import { COMMA_HEADLINE_MAX_CHARS } from './lexicon/page-lines.js';
import type { Paragraph } from './types.js';

/**
 * One paragraph per non-blank line, trimmed of spaces, with its line kind.
 * Pages separate paragraphs by blank lines and captions by single newlines
 * (`…吸引了众多游客“打卡”观光。\n本报记者 王萌 摄`); both are line ends here.
 * Layout breaks inside a paragraph were already removed by normalisation.
 */
export function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const { start: s, end: e } of nonBlankLines(text)) {
    const kind = classifyLine(text.slice(s, e));
    paragraphs.push({
      index: paragraphs.length, start: s, end: e, articleIndex: 0,
      isHeading: isHeadingKind(kind), repeatOf: null, kind,
    });
  }
  promoteCommaHeadlines(text, paragraphs);
  return paragraphs;
}

/**
 * A headline may hold a comma (`坚守一线，守护万家平安`), which makes its line look
 * like body text. A short line with no sentence end, right before a byline or a
 * dateline paragraph, is a headline. A layout fragment such as
 * `为确保行动实效,全省各级公安机关全` is followed by body text and stays body.
 */
function promoteCommaHeadlines(text: string, paragraphs: Paragraph[]): void {
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const next = paragraphs[i + 1]!;
    if (p.kind !== 'body' || p.end - p.start > COMMA_HEADLINE_MAX_CHARS) continue;
    const line = text.slice(p.start, p.end);
    if ([...line].some((ch) => SENTENCE_END.includes(ch) || ch === ELLIPSIS)) continue;
    const nextOpens = next.kind === 'byline'
      || (next.kind === 'body' && findDateline(text.slice(next.start, next.end))?.kind === 'dateline');
    if (nextOpens) {
      p.kind = 'heading';
      p.isHeading = true;
    }
  }
}

/** Spaces the normaliser leaves: ASCII space and newline (U+3000 is already a space). */
