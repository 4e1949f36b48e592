import { CLOSERS, ELLIPSIS, SENTENCE_END } from './lexicon/punctuation.js';
import type { Span } from './types.js';

/**
 * Sentence spans of `text[start, end)`, one paragraph. A sentence ends after
 * `。！？!?；;` or a run of `…`, together with the closing marks and spaces that
 * follow: `“…你们可真是帮了我的大忙了，我们全家都感谢你们。”` is one sentence,
 * quote included. Sentences cover the paragraph exactly, in order; the last
 * one may end without a mark (`…排查整改各类安全隐患`). Linear time.
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let from = start;
  let i = start;
  let content = false; // an ellipsis opening a sentence (`…一幅美丽画卷。`) ends nothing
  while (i < end) {
    const ch = text[i]!;
    if (SENTENCE_END.includes(ch) || (ch === ELLIPSIS && content)) {
      i++;
      while (i < end && text[i] === ELLIPSIS) i++;
      while (i < end && (CLOSERS.includes(text[i]!) || text[i] === ' ')) i++;
      spans.push({ start: from, end: i });
      from = i;
      content = false;
    } else {
      if (ch !== ELLIPSIS && ch !== ' ') content = true;
      i++;
    }
  }
  if (from < end) spans.push({ start: from, end });
  return spans;
}
