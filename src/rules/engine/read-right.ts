import type { Token } from '../../words/tokenize-clause.js';
import { isActionToken } from './verbs.js';
import { trimPhrase } from './phrases.js';
import { actionText, findRun } from './verb-runs.js';
import { CLAUSE_PUNCTUATION, MAX_SCAN, nextBreak } from './spans.js';
import { ACTION_ADVERBS, ENUMERATION_JOINERS, LIGHT_VERBS } from '../lexicon/function-words.js';

export interface RightReading { action: string; object: string | null }

/**
 * Q-O-V: the counted noun after the figure, then its verb, light verbs skipped
 * (`345人次领导在岗带班`, `440万户居民燃气“阀管灶”集中改造`). Stops at another figure or joiner.
 */
export function readRight(tokens: readonly Token[], k: number, verbs: ReadonlySet<string>): RightReading | null {
  let i = k + 1;
  // 352宗（同比增长21.4%）: a verb in brackets after the figure comments on it; it does not report it.
  const passes = (t: Token) => !t.quantity && !ENUMERATION_JOINERS.has(t.text) && t.text !== '（' && t.text !== '(';
  const isVerbAt = (at: number) => isActionToken(tokens, at, verbs) || LIGHT_VERBS.has(tokens[at]!.text);
  for (;;) {
    while (i < tokens.length && i - k < MAX_SCAN && passes(tokens[i]!) && !isVerbAt(i)) i++;
    // `对3家问题突出的燃气经营企业约谈`: a verb closed by 的 describes the counted noun; the action comes after it.
    const relativeEnd = i < tokens.length && isVerbAt(i) ? closingDe(tokens, i, verbs) : -1;
    if (relativeEnd < 0 || relativeEnd - k >= MAX_SCAN) break;
    i = relativeEnd + 1;
  }
  if (i >= tokens.length || !(isActionToken(tokens, i, verbs) || LIGHT_VERBS.has(tokens[i]!.text))) return null;
  // 剩余142条正在按期整改: the adverbs before the verb belong to the action, not to the counted noun.
  let adverbs = i;
  while (adverbs > k + 1 && !tokens[adverbs - 1]!.quantity && ACTION_ADVERBS.has(tokens[adverbs - 1]!.text)) adverbs--;
  const object = trimPhrase(tokens, { from: k + 1, to: nextBreak(tokens, k + 1, adverbs) });
  let j = i;
  while (j < tokens.length && LIGHT_VERBS.has(tokens[j]!.text)) j++;
  while (j < tokens.length && !isActionToken(tokens, j, verbs) && j - i < 3) j++;
  const start = j < tokens.length && isActionToken(tokens, j, verbs) ? j : i;
  let end = start + 1;
  while (end < tokens.length && end - start < 6 && isActionToken(tokens, end, verbs)) end++;
  return { action: actionText(tokens, { from: start === i ? adverbs : start, to: end }), object };
}

/**
 * The index of the 的 that closes a relative clause whose verb is at i (`突出的`, `违规经营的`: 的 right after the verb
 * or after a second verb), or -1. Not `关注“老艾”的妻子`: a verb with an object before 的 may be the clause's own.
 */
function closingDe(tokens: readonly Token[], i: number, verbs: ReadonlySet<string>): number {
  if (tokens[i + 1]?.text === '的') return i + 1;
  const second = tokens[i + 1];
  return tokens[i + 2]?.text === '的' && second && !second.quantity && (second.tag.startsWith('v') || isActionToken(tokens, i + 1, verbs)) ? i + 2 : -1;
}

/**
 * A light verb after the counted noun carries the action (`对9家企业予以信用扣分`,
 * `对18个街道办事处和18个区直单位进行考核`): the first 进行/予以/开展… after the figure
 * (passing enumerated figures), then the last verb before the clause ends
 * (`开展了年度安全生产和消防工作考核` → 考核).
 */
export function readAfterLightVerb(tokens: readonly Token[], k: number, verbs: ReadonlySet<string>): RightReading | null {
  let i = k + 1;
  while (i < tokens.length && i - k < MAX_SCAN && !LIGHT_VERBS.has(tokens[i]!.text) && !CLAUSE_PUNCTUATION.test(tokens[i]!.text)) i++;
  if (i >= tokens.length || !LIGHT_VERBS.has(tokens[i]!.text)) return null;
  let stop = i + 1;
  while (stop < tokens.length && stop - i <= 8 && !CLAUSE_PUNCTUATION.test(tokens[stop]!.text)) stop++;
  const run = findRun(tokens, { from: i + 1, to: stop }, verbs, () => true);
  if (!run) return null;
  return { action: actionText(tokens, run), object: trimPhrase(tokens, { from: k + 1, to: nextBreak(tokens, k + 1, i) }) };
}
