import type { Token } from '../../words/tokenize-clause.js';
import type { Span } from './spans.js';
import { CHANGE_VERBS, COMPARATIVE_MARKERS } from '../lexicon/function-words.js';

/** `同比分别下降` → 同比下降 (trend); `较去年同期增加` → 增加 (trend); a change verb without comparison is not yet a trend. */
export function readComparison(tokens: readonly Token[], left: Span, verb: Span | null): { action: string | null; trend: boolean } {
  const words = tokens.slice(left.from, left.to).map((t) => t.text);
  const change = [...words].reverse().find((w) => CHANGE_VERBS.some((c) => w.endsWith(c)));
  if (!change) return { action: null, trend: false };
  const marker = words.find((w) => COMPARATIVE_MARKERS.some((m) => w.startsWith(m)));
  if (!marker) return { action: verb ? null : change, trend: false };
  const prefix = marker === '同比' || marker === '环比' ? marker : '';
  return { action: change.startsWith(prefix) ? change : prefix + change, trend: true };
}

/** `减少`, `同比下降`: the action itself is a change (`死亡人数减少2人`, `较去年同期增加14个`). */
export function isChangeAction(action: string): boolean {
  return CHANGE_VERBS.includes(action.replace(/^(同比|环比)/, ''));
}
