/**
 * The mention that governs a figure: the nearest actor mention before it in its
 * clause, else in its sentence, else earlier in its paragraph — that is, the nearest
 * actor before it in its paragraph. -1 means the article's subject (resolved by the
 * caller, with orgMention null). Partners and objects (联合县消防大队, 深入彰北街道)
 * never govern.
 */
import { lastStartingBefore, MAX_LOOKBACK, type Span } from '../spans.js';
import { itemsWithin } from '../section-title.js';
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

/** The place or body a section title names (（一）宿城区, 二、市消防救援支队) for the figures under it naming none; -1 for none. */
export function titleOrgMention(mentions: OrgMention[], title: Span, governs: (m: OrgMention) => boolean = () => true): number {
  return itemsWithin(mentions, title).find((i) => mentions[i]!.actor && mentions[i]!.kind !== 'reference' && governs(mentions[i]!)) ?? -1;
}
