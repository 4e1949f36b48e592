import type { ParsedRule } from '../../schema/rule.js';
import type { Metric } from '../../schema/fact.js';
import type { Quantity } from '../../quantities/types.js';

/** What the classifier sees of one figure. `object` may be inherited by ellipsis (`整改23万项` ← 隐患). */
export interface ClassifyInput {
  action: string | null;
  object: string | null;
  /** What an earlier figure of the sentence counted (`整改23万项` ← 安全隐患): matched like the object, but never by `not`. */
  inherited?: string | null;
  /** Words before the action (`火灾扑救19起` → 火灾): what objects match when there is no object. */
  topic?: string | null;
  /** Words right after the figure (`造成3人死亡` → 死亡). */
  after?: string | null;
  quantity: Quantity;
  trend: boolean;
}

export interface Classification {
  metric: Metric;
  rule: string;
}

/**
 * Names the metric of a figure: every rule whose given constraints all hold is a
 * candidate; the best has the most kinds of evidence (verb, object, unit), then
 * the highest priority, then the longest matched words, then comes first (custom
 * rules come before built-in ones). No candidate → `other`.
 */
export function classify(input: ClassifyInput, rules: readonly ParsedRule[]): Classification {
  if (input.trend) return { metric: 'trend', rule: 'trend:compared' };
  // No object written: an earlier figure's object (`整改23万项` ← 安全隐患) counts fully; else the
  // words around the verb (`组织防汛演练15次`, `火灾扑救19起`, `造成3人死亡`) as weaker evidence.
  const context = [input.topic, input.action, input.after].filter(Boolean).join('|') || null;
  const unit = input.quantity.unit === null ? null : foldUnit(input.quantity.unit);
  // 停工/令: the verb and its object as one string, once per figure (acrossVerb reads it for every rule).
  const joined = input.action && input.object ? input.action + input.object : null;
  let best: { rule: ParsedRule; score: number } | null = null;
  for (const rule of rules) {
    const score = scoreRule(rule, input, context, unit, joined);
    if (score !== null && (!best || score > best.score)) best = { rule, score };
  }
  return best ? { metric: best.rule.metric, rule: best.rule.id } : { metric: 'other', rule: 'other' };
}

/** Null when a constraint of the rule fails; the cheap ones (kind, unit) are tested first. */
function scoreRule(rule: ParsedRule, { action, object, inherited, quantity }: ClassifyInput, context: string | null, unit: string | null, joined: string | null): number | null {
  if (rule.kinds && !rule.kinds.includes(quantity.kind)) return null;
  if (rule.noAction && action) return null;
  if (rule.units && (!unit || !rule.units.includes(unit))) return null;
  if (rule.notUnits && unit && rule.notUnits.includes(unit)) return null;
  let evidence = rule.units ? 1 : 0;
  let length = 0;
  let verb: string | null = null;
  if (rule.verbs) {
    verb = longestContained(rule.verbs, action);
    if (!verb) return null;
    evidence++; length += verb.length;
  }
  if (rule.objects) {
    const written = longestContained(rule.objects, object ?? inherited ?? null) ?? (joined && acrossVerb(rule.objects, action!, joined, verb));
    const hit = written ?? (object ? null : longestContained(rule.objects, context));
    if (!hit) return null;
    evidence += written ? 1 : 0.5; length += hit.length;
  }
  if (rule.not?.some((w) => action?.includes(w) || object?.includes(w))) return null;
  return evidence * 1000 + rule.priority * 100 + length;
}

/**
 * A noun the parser split into a verb and its object (停工/令, 敦促改善/通知书): an object word that spans the two
 * and ends it (停工令, 改善通知书).
 */
function acrossVerb(words: readonly string[], action: string, joined: string, verb: string | null): string | null {
  const hit = longestContained(words, joined);
  if (!hit) return null;
  const from = joined.length - hit.length;
  // … and it ends the object, as the head of the compound (not 灭火机 of 自动喷水灭火/机构更新改造), after the rule's verb
  // (组建/排查小组 of 组建排查/小组).
  return joined.endsWith(hit) && from < action.length && (!verb || action.indexOf(verb) + verb.length <= from) ? hit : null;
}

/** A unit as the rules list it: full-width brackets as ASCII (台（套） → 台(套)), as the text may print them either way. */
function foldUnit(unit: string): string {
  return unit.includes('（') || unit.includes('）') ? unit.replace(/（/g, '(').replace(/）/g, ')') : unit;
}

function longestContained(words: readonly string[], text: string | null): string | null {
  if (!text) return null;
  let memo = CONTAINED.get(words);
  if (!memo) CONTAINED.set(words, (memo = new Map()));
  let best = memo.get(text);
  if (best !== undefined) return best;
  best = null;
  for (const w of words) if (text.includes(w) && (!best || w.length > best.length)) best = w;
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(text, best);
  return best;
}

/** Answers of longestContained per word list (a rule's verbs or objects) and text: actions and objects recur across figures. */
const CONTAINED = new WeakMap<readonly string[], Map<string, string | null>>();
const MAX_MEMO = 4096;
