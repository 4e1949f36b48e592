import { decideClassifiedBreak } from './layout-break-rules.js';
import type { NormalizedText } from './types.js';

import { classifyLine, type LineKind } from '../split/classify-line.js';
import { nonBlankLines, type Line } from '../split/lines.js';

/**
 * Second pass of normalisation, the one edit that changes length: removes the
 * whitespace of every layout break (`…年久空心，被\n\n大风刮断后倒伏…` →
 * `…被大风刮断后倒伏…`), as `decideLayoutBreak` judges each pair of neighbouring
 * non-blank lines. The offset map keeps the original positions, so the
 * characters after a join still map to where they stood. Linear time.
 */
export function joinLayoutBreaks(input: NormalizedText): NormalizedText {
  const { text, offsets } = input;
  const removals: number[] = []; // [from, to) pairs of `text` to drop
  const spaced = new Set<number>(); // removals that keep one space before them
  let prev: Line | null = null;
  let prevText = '';
  let prevKind: LineKind = 'body';
  for (const line of nonBlankLines(text)) {
    const lineText = text.slice(line.start, line.end);
    const kind = classifyLine(lineText);
    if (prev && decideClassifiedBreak(prevText, prevKind, lineText, kind).join) {
      // Keep one space between two Latin letters or digits (`safety\n\nweek`).
      const keepSpace = isAsciiWord(text.charCodeAt(prev.end - 1)) && isAsciiWord(text.charCodeAt(line.start));
      if (keepSpace) spaced.add(removals.length);
      removals.push(prev.end + (keepSpace ? 1 : 0), line.start);
    }
    prev = line;
    prevText = lineText;
    prevKind = kind;
  }
  if (removals.length === 0) return input;
  return applyRemovals(input, removals, spaced);
}

function applyRemovals(input: NormalizedText, removals: number[], spaced: Set<number>): NormalizedText {
  const { text } = input;
  const pieces: string[] = [];
  let removed = 0;
  for (let r = 0; r < removals.length; r += 2) removed += removals[r + 1]! - removals[r]!;
  const offsets = new Int32Array(text.length - removed + 1);
  let from = 0;
  let k = 0;
  for (let r = 0; r <= removals.length; r += 2) {
    const to = r < removals.length ? removals[r]! : text.length;
    // The one whitespace character kept between two Latin words becomes a space.
    pieces.push(spaced.has(r) ? text.slice(from, to - 1) + ' ' : text.slice(from, to));
    offsets.set(input.offsets.subarray(from, to), k);
    k += to - from;
    from = r < removals.length ? removals[r + 1]! : text.length;
  }
  offsets[k] = input.offsets[text.length]!;
  return { original: input.original, text: pieces.join(''), offsets };
}

function isAsciiWord(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
