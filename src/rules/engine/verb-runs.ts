import type { Token } from '../../words/tokenize-clause.js';
import { isActionToken, withoutAdverb } from './verbs.js';
import { hasPreposition, type Span } from './spans.js';
import { LEADING_ADVERBS, LIGHT_VERBS, NEGATIONS } from '../lexicon/function-words.js';

/** A run of verb tokens; relative: `组成的21个检查组` (verb + 的 right before the figure). */
export interface VerbRun extends Span { relative: boolean }

/**
 * The rightmost run of verb tokens in the span. A report verb of the rules outranks
 * a word jieba merely tags as a verb: in `发放安全提示两万余份` the action is 发放,
 * not 提示; in `查出未安装燃气泄漏报警装置等问题隐患` it is 查出, not 泄漏.
 */
export function findActionRun(tokens: readonly Token[], span: Span, verbs: ReadonlySet<string>): VerbRun | null {
  return findRun(tokens, span, verbs, (i) => isLexiconVerb(tokens[i]!, verbs)) ?? findRun(tokens, span, verbs, () => true);
}

function isLexiconVerb(t: Token, verbs: ReadonlySet<string>): boolean {
  return verbs.has(t.text) || verbs.has(withoutAdverb(t.text));
}

/** The rightmost run whose last verb `accept`s, extended left over a compound action. */
export function findRun(tokens: readonly Token[], span: Span, verbs: ReadonlySet<string>, accept: (i: number) => boolean): VerbRun | null {
  for (let i = span.to - 1; i >= span.from; i--) {
    if (!isActionToken(tokens, i, verbs) || !accept(i)) continue;
    // `发现的问题` modifies a noun; but `组成的21个检查组` reports the figure after 的.
    if (tokens[i + 1]?.text === '的' && !(i + 2 === span.to && !hasPreposition(tokens, span))) continue;
    let from = i;
    // Extend left over verbs and the adverbs/conjunctions inside a compound action (`发现并整改`, `责令立即整改`).
    while (from > span.from && i - from < 6 && (isActionToken(tokens, from - 1, verbs) || isInnerAdverb(tokens, from - 1, span, verbs))) from--;
    while (from < i && (LIGHT_VERBS.has(tokens[from]!.text) || LEADING_ADVERBS.has(tokens[from]!.text))) from++;
    return { from: withNegation(tokens, from, span), to: i + 1, relative: tokens[span.to - 1]?.text === '的' };
  }
  return null;
}

function isInnerAdverb(tokens: readonly Token[], j: number, span: Span, verbs: ReadonlySet<string>): boolean {
  const t = tokens[j]!;
  // 发现并整改, 责令立即整改 join; 共/累计/分别 open an action and join none (检查共派出 is 派出).
  return ((t.tag === 'd' && !LEADING_ADVERBS.has(t.text)) || t.text === '并') && j > span.from && isActionToken(tokens, j - 1, verbs);
}

/**
 * The verb of a relative clause that ends the span (`对发现的|1200处隐患`, `对排查出的|23处重大隐患`), which findRun
 * leaves to a verb after the figure; the reading when none follows.
 */
export function relativeRunAtEnd(tokens: readonly Token[], span: Span, verbs: ReadonlySet<string>): VerbRun | null {
  const last = span.to - 2;
  // A report verb only: in `最大点雨量为仙下乡的312.5毫米` jieba tags 下乡 as a verb.
  if (last < span.from || tokens[span.to - 1]!.text !== '的' || !isActionToken(tokens, last, verbs) || !isLexiconVerb(tokens[last]!, verbs)) return null;
  let from = last;
  while (from > span.from && last - from < 6 && isActionToken(tokens, from - 1, verbs)) from--;
  return { from: withNegation(tokens, from, span), to: last + 1, relative: true };
}

/** The run's start moved over a negation right before it (未整改, 尚未整改): the action is then what was not done. */
function withNegation(tokens: readonly Token[], from: number, span: Span): number {
  return from > span.from && NEGATIONS.has(tokens[from - 1]!.text) ? from - 1 : from;
}

/** The run's words, without a leading 共/累计 that jieba glued on (`共出动` → 出动). */
export function actionText(tokens: readonly Token[], run: Span): string {
  return withoutAdverb(tokens.slice(run.from, run.to).map((t) => t.text).join(''));
}
