/**
 * The mention that governs a figure: the nearest actor mention before it in its
 * clause, else in its sentence, else earlier in its paragraph — that is, the nearest
 * actor before it in its paragraph. -1 means the article's subject (resolved by the
 * caller, with orgMention null). Partners and objects (联合县消防大队, 深入彰北街道)
 * never govern.
 */
import { lastStartingBefore, MAX_LOOKBACK, type Span } from '../spans.js';
import type { OrgMention } from './types.js';

export function chooseOrgMention(mentions: OrgMention[], target: Span, paragraph: Span, governs: (m: OrgMention) => boolean = () => true): number {
  const from = lastStartingBefore(mentions, target.start);
  for (let i = from; i >= 0 && i > from - MAX_LOOKBACK; i--) {
    const m = mentions[i]!;
    if (m.start < paragraph.start) break;
    if (m.actor && m.end <= target.start && governs(m)) return i;
  }
  return -1;
}
