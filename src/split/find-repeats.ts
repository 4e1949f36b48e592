import type { Paragraph } from './types.js';

/** A repeat shares at least this many characters with its first print. */
const KEY_CHARS = 16;
/** …and at least this share of its own length, from its start or from its end. */
const MIN_SHARE = 0.8;
/** Earliest places of a key that are tried as the first print. */
const MAX_CANDIDATES = 4;
const BASE = 0x9e3779b1 | 0;

/**
 * Sets `repeatOf` on body paragraphs printed earlier on the page (a layout
 * repeat). Page 001 prints `面启动社会面巡逻防控高等级勤务,…排查整改各类安全隐患`
 * twice; the first copy was joined onto `为确保行动实效,全省各级公安机关全`,
 * so the test is not equality but: the paragraph's text appears inside an
 * earlier body paragraph, matching from its first 16 characters (or back from
 * its last 16, for a copy with a different start, as on page 004) over at least
 * 80% of its length. Headings and short lines are never repeats.
 * Linear time: one rolling hash pass over the text finds the keys' first places.
 */
export function markRepeats(text: string, paragraphs: Paragraph[]): void {
  const body = paragraphs.filter((p) => p.kind === 'body' && p.end - p.start >= KEY_CHARS);
  if (body.length < 2) return;
  const places = findKeyPlaces(text, body.flatMap((p) => [text.slice(p.start, p.start + KEY_CHARS), text.slice(p.end - KEY_CHARS, p.end)]));
  const starts = paragraphs.map((p) => p.start);
  for (const p of body) {
    const len = p.end - p.start;
    const need = Math.max(KEY_CHARS, Math.ceil(len * MIN_SHARE));
    const tryPlace = (at: number, fromEnd: boolean): Paragraph | null => {
      const q = paragraphs[upperBound(starts, at) - 1];
      if (!q || q.index >= p.index || q.kind !== 'body' || at + KEY_CHARS > q.end) return null;
      let n = 0;
      if (fromEnd) while (n < len && at + KEY_CHARS - 1 - n >= q.start && text[p.end - 1 - n] === text[at + KEY_CHARS - 1 - n]) n++;
      else while (n < len && at + n < q.end && text[p.start + n] === text[at + n]) n++;
      return n >= need ? q : null;
    };
    const first = [...(places.get(text.slice(p.start, p.start + KEY_CHARS)) ?? [])].map((at) => tryPlace(at, false))
      .concat([...(places.get(text.slice(p.end - KEY_CHARS, p.end)) ?? [])].map((at) => tryPlace(at, true)))
      .find((q) => q !== null);
    if (first) p.repeatOf = first.repeatOf ?? first.index;
  }
}

/** Up to MAX_CANDIDATES earliest offsets of each key in `text`, by a rolling hash. */
function findKeyPlaces(text: string, keys: string[]): Map<string, number[]> {
  const byHash = new Map<number, string[]>();
  const places = new Map<string, number[]>();
  for (const key of keys) {
    if (places.has(key)) continue;
    places.set(key, []);
    const h = hashOf(key, 0);
    byHash.set(h, [...(byHash.get(h) ?? []), key]);
  }
  let pow = 1;
  for (let i = 1; i < KEY_CHARS; i++) pow = Math.imul(pow, BASE);
  let h = hashOf(text, 0);
  for (let i = 0; i + KEY_CHARS <= text.length; i++) {
    if (i > 0) h = (Math.imul(h - Math.imul(text.charCodeAt(i - 1), pow), BASE) + text.charCodeAt(i + KEY_CHARS - 1)) | 0;
    const bucket = byHash.get(h);
    if (!bucket) continue;
    for (const key of bucket) {
      const found = places.get(key)!;
      if (found.length < MAX_CANDIDATES && text.startsWith(key, i)) found.push(i);
    }
  }
  return places;
}

function hashOf(s: string, from: number): number {
  let h = 0;
  for (let i = from; i < from + KEY_CHARS && i < s.length; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  return h;
}

/** Number of entries of the sorted `values` that are ≤ `x`. */
function upperBound(values: number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
