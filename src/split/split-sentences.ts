import * as C from './char-class.js';
import type { Span } from './types.js';

// Module-local copies: the hot loop reads them once per character.
const CLASS = C.CHAR_CLASS;
const END = C.SENTENCE_END_FLAG;
const ELLIPSIS = C.ELLIPSIS_FLAG;
const TRAILING = C.CLOSER_FLAG | C.SPACE_FLAG;
const SPACE = C.SPACE_FLAG;

/**
 * Sentence spans of `text[start, end)`, one paragraph. A sentence ends after
 * `。！？!?；;` or a run of `…`, together with the closing marks and spaces that
 * follow: `“…你们可真是帮了我的大忙了，我们全家都感谢你们。”` is one sentence,
 * quote included. An ellipsis opening a sentence (`…一幅美丽画卷。`) ends nothing.
 * Sentences cover the paragraph exactly, in order; the last one may end without
 * a mark (`…排查整改各类安全隐患`). Linear time.
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let from = start;
  let content = false;
  let i = start;
  while (i < end) {
    const f = CLASS[text.charCodeAt(i)]!;
    if (f & END || (f & ELLIPSIS && content)) {
      i++;
      while (i < end && CLASS[text.charCodeAt(i)]! & ELLIPSIS) i++;
      while (i < end && CLASS[text.charCodeAt(i)]! & TRAILING) i++;
      spans.push({ start: from, end: i });
      from = i;
      content = false;
    } else {
      if (!(f & (ELLIPSIS | SPACE))) content = true;
      i++;
    }
  }
  if (from < end) spans.push({ start: from, end });
  return spans;
}
