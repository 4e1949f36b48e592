/**
 * The mention that governs a figure: the nearest actor mention before it in its
 * clause, else in its sentence, else earlier in its paragraph; null means the
 * article's subject (resolved by the caller, with orgMention null).
 * Partners and objects (联合县消防大队, 深入彰北街道) never govern.
 */
import type { OrgMention } from './types.js';

export interface Span { start: number; end: number }

export function chooseOrgMention(mentions: OrgMention[], target: Span, clause: Span, sentence: Span, paragraph: Span, governs: (m: OrgMention) => boolean = () => true): OrgMention | null {
  const actors = mentions.filter((m) => m.actor && m.end <= target.start && governs(m));
  const lastIn = (from: number) => actors.filter((m) => m.start >= from).pop() ?? null;
  return lastIn(clause.start) ?? lastIn(sentence.start) ?? lastIn(paragraph.start);
}
