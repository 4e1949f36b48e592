/** A line of text, trimmed of spaces and tabs: half-open offsets. */
export interface Line {
  start: number;
  end: number;
}

/** Trimmed spans of the non-blank lines of `text`, in order (one pass, no copies). */
export function* nonBlankLines(text: string): Generator<Line> {
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let s = pos;
    let e = end;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) yield { start: s, end: e };
    pos = end + 1;
  }
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09;
}
