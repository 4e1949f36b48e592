/**
 * Lexicon characters as lookups by UTF-16 code, the form the readers test in
 * their hot paths: `s.charCodeAt(k)` allocates nothing, while `s[k] in DIGITS`
 * makes a one-character string and hashes it. Out of range, `charCodeAt` is
 * NaN, which no table holds (as `s[k]` was undefined, which no lexicon holds).
 *
 * @example
 * const DIGIT = valuesByCode({ '三': 3, '两': 2 });
 * DIGIT.get('两万'.charCodeAt(0)); // 2
 * codeSet('余多几').has('多'.charCodeAt(0)); // true
 */

/** `{ '三': 3, '万': 1e4 }` → code of each one-character key → its value. */
export function valuesByCode<V>(record: Readonly<Record<string, V>>): ReadonlyMap<number, V> {
  const map = new Map<number, V>();
  for (const [ch, value] of Object.entries(record)) {
    if (ch.length === 1) map.set(ch.charCodeAt(0), value);
  }
  return map;
}

/** The codes of one-character words: `'余多几'` or `['数', '几']`. */
export function codeSet(chars: string | readonly string[]): ReadonlySet<number> {
  const set = new Set<number>();
  for (const ch of chars) if (ch.length === 1) set.add(ch.charCodeAt(0));
  return set;
}
