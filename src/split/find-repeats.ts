import type { Paragraph } from './types.js';

/** A repeat shares at least this many characters with its first print. */
const KEY_CHARS = 16;
/** …and at least this share of its own length, from its start or from its end. */
const MIN_SHARE = 0.8;
/** Earliest places of a key that are tried as the first print. */
const MAX_CANDIDATES = 4;
const BASE = 0x9e3779b1 | 0;
/** The hash filter: one bit per value of a hash's top 16 bits, in 32-bit words. */
const HASH_FILTER_WORDS = 1 << 11;

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
  // Key 2b is the first 16 characters of body[b], key 2b + 1 its last 16.
  const keyStarts: number[] = [];
  for (const p of body) keyStarts.push(p.start, p.end - KEY_CHARS);
  // A first print ends before the last body paragraph starts: no need to look further.
  const places = findKeyPlaces(text, keyStarts, body[body.length - 1]!.start);
  const starts = paragraphs.map((p) => p.start);
  for (let b = 0; b < body.length; b++) {
    const p = body[b]!;
    const len = p.end - p.start;
    const need = Math.max(KEY_CHARS, Math.ceil(len * MIN_SHARE));
    const tryPlace = (at: number, fromEnd: boolean): Paragraph | null => {
      const q = paragraphs[upperBound(starts, at) - 1];
      if (!q || q.index >= p.index || q.kind !== 'body' || at + KEY_CHARS > q.end) return null;
      let n = 0;
      if (fromEnd) {
        const last = at + KEY_CHARS - 1;
        while (n < len && last - n >= q.start && text.charCodeAt(p.end - 1 - n) === text.charCodeAt(last - n)) n++;
      } else {
        while (n < len && at + n < q.end && text.charCodeAt(p.start + n) === text.charCodeAt(at + n)) n++;
      }
      return n >= need ? q : null;
    };
    let first: Paragraph | null = null;
    for (const at of places[2 * b]!) if ((first = tryPlace(at, false))) break;
    if (!first) for (const at of places[2 * b + 1]!) if ((first = tryPlace(at, true))) break;
    if (first) p.repeatOf = first.repeatOf ?? first.index;
  }
}

/**
 * For each key `text[k, k + KEY_CHARS)`, `k` of `keyStarts`: up to
 * MAX_CANDIDATES earliest offsets where it occurs and ends by `until`, by a
 * rolling hash. Keys with the same text share one list, so a page of identical
 * paragraphs stays linear. A bit per hash value (64 Ki bits) rules out almost
 * every offset before the map of hashes is asked.
 */
function findKeyPlaces(text: string, keyStarts: readonly number[], until: number): number[][] {
  const byHash = new Map<number, number[]>(); // hash → keys of distinct texts (indices into keyStarts)
  const places: number[][] = [];
  const seen = new Int32Array(HASH_FILTER_WORDS);
  keyStarts.forEach((k, key) => {
    const h = hashOf(text, k);
    const bucket = byHash.get(h) ?? [];
    const same = bucket.find((other) => sameKey(text, keyStarts[other]!, k));
    places.push(same === undefined ? [] : places[same]!);
    if (same !== undefined) return;
    bucket.push(key);
    byHash.set(h, bucket);
    seen[h >>> 21]! |= 1 << (h >>> 16);
  });
  let pow = 1;
  for (let i = 1; i < KEY_CHARS; i++) pow = Math.imul(pow, BASE);
  let h = hashOf(text, 0);
  const last = Math.min(text.length, until) - KEY_CHARS;
  for (let i = 0; i <= last; i++) {
    if (i > 0) h = (Math.imul(h - Math.imul(text.charCodeAt(i - 1), pow), BASE) + text.charCodeAt(i + KEY_CHARS - 1)) | 0;
    if ((seen[h >>> 21]! & (1 << (h >>> 16))) === 0) continue;
    const bucket = byHash.get(h);
    if (!bucket) continue;
    for (const key of bucket) {
      const found = places[key]!;
      if (found.length < MAX_CANDIDATES && sameKey(text, keyStarts[key]!, i)) found.push(i);
    }
  }
  return places;
}

/** True when `text` holds the same KEY_CHARS characters at `a` and at `b`. */
function sameKey(text: string, a: number, b: number): boolean {
  for (let n = 0; n < KEY_CHARS; n++) if (text.charCodeAt(a + n) !== text.charCodeAt(b + n)) return false;
  return true;
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
