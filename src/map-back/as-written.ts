import type { NormalizedText } from '../normalize/types.js';
import type { Quantity } from '../quantities/types.js';
import type { Span } from '../split/types.js';

/** The caller's text of a normalised span, without the layout breaks normalisation joined. */
export function originalText(norm: NormalizedText, start: number, end: number): string {
  return norm.original.slice(norm.offsets[start]!, norm.offsets[end]!).replace(/\s*[\r\n]+\s*/g, '');
}

/**
 * The unit in the caller's characters: normalisation maps 個→个 one for one, so the
 * unit of `46個` is read back at the same place of the original slice. Units that
 * are conventions rather than spellings (元 of money, % of percent) stay as they are.
 */
export function unitAsWritten(q: Quantity, original: string): string | null {
  if (!q.unit || q.kind === 'money' || q.kind === 'percent' || original.length !== q.text.length || original === q.text) return q.unit;
  const at = q.text.lastIndexOf(q.unit);
  return at < 0 ? q.unit : original.slice(at, at + q.unit.length);
}

/**
 * Action and object in the caller's characters: the rules read normalised text
 * (應急→应急), so the words are found again in the normalised sentence, at the
 * occurrence nearest the figure, and read back from the input through the offset
 * map. Words the rules composed (`同比下降` from `同比分别下降`) stay as they are.
 */
const WORDS_WINDOW = 400;

export function wordsAsWritten(words: string | null, norm: NormalizedText, sentence: Span, near: number): string | null {
  if (!words) return words;
  // Look only near the figure (the rules never read further), so a huge sentence stays linear.
  const lo = Math.max(sentence.start, near - WORDS_WINDOW);
  const window = norm.text.slice(lo, Math.min(sentence.end, near + WORDS_WINDOW));
  let best = -1;
  for (let at = window.indexOf(words); at >= 0; at = window.indexOf(words, at + 1)) {
    if (best < 0 || Math.abs(lo + at - near) < Math.abs(lo + best - near)) best = at;
  }
  return best < 0 ? words : originalText(norm, lo + best, lo + best + words.length);
}
