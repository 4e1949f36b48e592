/**
 * Word lists as matchers, built from lexicon data longest first: one sticky
 * alternation per list (`个百分点` is tried before `个`), and a backward lookup
 * for words that end where a number starts (`超过` before `超`).
 */

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface WordMatcher {
  /** The longest listed word starting at `i`, or null. */
  at(s: string, i: number): string | null;
  /** The longest listed word ending at `end` and starting at or after `floor`, or null. */
  before(s: string, end: number, floor: number): string | null;
}

export function buildMatcher(words: readonly string[]): WordMatcher {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  const re = new RegExp(sorted.map(escape).join('|'), 'y');
  const set = new Set(sorted);
  const longest = sorted[0]?.length ?? 0;
  return {
    at(s, i) {
      re.lastIndex = i;
      const m = re.exec(s);
      return m ? m[0] : null;
    },
    before(s, end, floor) {
      for (let len = Math.min(longest, end - floor); len > 0; len--) {
        const w = s.slice(end - len, end);
        if (set.has(w)) return w;
      }
      return null;
    },
  };
}
