import type { Token } from '../../words/tokenize-clause.js';
import { isActionToken, withoutAdverb } from './verbs.js';
import { takeNounPhrase, trimPhrase } from './phrases.js';
import {
  CHANGE_VERBS, COMPARATIVE_MARKERS, ENUMERATION_JOINERS, LEADING_ADVERBS, LIGHT_VERBS, OBJECT_PREPOSITIONS,
} from '../lexicon/function-words.js';

/** How one quantity of a clause reads: the verb that reports it and what it counts. */
export interface Reading {
  tokenIndex: number;
  action: string | null;
  object: string | null;
  /** A change verb after a comparison (`同比下降`, `较去年增加`): a trend figure. */
  trend: boolean;
  /** Words before the action in the figure's stretch (`火灾扑救19起` → 火灾): a hint of what was counted. */
  topic: string | null;
  /** Another reading to try when this one names no metric. */
  alternative?: Reading;
  /** Up to four words right after the figure (`造成3人死亡` → 死亡): a hint of what was counted. */
  after?: string | null;
  /** How the action was found, for --explain: `left` V…Q, `right` Q…V, `shared` from the previous item. */
  via: 'left' | 'right' | 'shared' | 'none';
}

interface Span { from: number; to: number } // token indexes, half-open

/**
 * No scan looks further than this many tokens from a figure: a clause of report
 * text is far shorter, and the bound keeps a megabyte without punctuation linear.
 */
const MAX_SCAN = 40;
interface VerbRun extends Span { relative: boolean } // relative: `组成的21个检查组` (verb + 的 before the figure)

/**
 * Reads every quantity token of a clause. Handles, in order of preference:
 * - V-O-Q and V-Q-O: `排查各类安全隐患23.7万项`, `检查674家单位`, `组建70人的专业救援队`;
 * - enumerations sharing one verb: `检查28个县(市、区)、40个行业部门`, `同比分别下降14.8%和8.7%`,
 *   `检查商场超市、景区景点等各类场所685处`;
 * - adjacent figures of one thing: `18支共1304人的应急抢险队`;
 * - Q-O-V when nothing on the left reports it: `345人次领导在岗带班`, `对613户企业进行全方位包保`;
 * - a noun alone: `直接经济损失1268.4万元`, `整改率为94.5%` (action null).
 */
export function readClause(tokens: readonly Token[], verbs: ReadonlySet<string>): Reading[] {
  const readings: Reading[] = [];
  let previous: Reading | null = null;
  for (let k = 0; k < tokens.length; k++) {
    if (!tokens[k]!.quantity) continue;
    const reading: Reading = { ...readQuantity(tokens, k, verbs, previous), after: wordsAfter(tokens, k) };
    readings.push(reading);
    previous = reading;
  }
  return readings;
}

function readQuantity(tokens: readonly Token[], k: number, verbs: ReadonlySet<string>, previous: Reading | null): Reading {
  // Left context: back to the clause start, the previous quantity, or an enumeration joiner.
  let from = k;
  while (from > 0 && k - from < MAX_SCAN && !tokens[from - 1]!.quantity && !ENUMERATION_JOINERS.has(tokens[from - 1]!.text)) from--;
  const stoppedAtJoiner = from > 0 && ENUMERATION_JOINERS.has(tokens[from - 1]!.text);
  let left: Span = { from, to: k };
  let verb = findActionRun(tokens, left, verbs);

  // An enumeration of nouns before one figure shares the verb further left (`检查商场超市、景区景点等各类场所685处`).
  if (!verb && stoppedAtJoiner) {
    let f = from - 1;
    while (f > 0 && k - f < MAX_SCAN && !tokens[f - 1]!.quantity) f--;
    // Only a list with no figure before it: in `造成3人死亡、5人受伤` the 死亡 belongs to 3人.
    // The verb of a list stands before its first item (`清理各类门窗贴字、张贴画、标语横幅50余处`: not 张贴).
    const wideVerb = f > 0 && tokens[f - 1]!.quantity ? null : findActionRun(tokens, { from: f, to: firstJoiner(tokens, f, k) }, verbs);
    if (wideVerb) { left = { from: f, to: k }; verb = wideVerb; }
  }

  const trendInfo = readComparison(tokens, left, verb);
  // `对9家企业予以信用扣分`: a light verb after the counted noun carries the action. After a relative
  // clause (`排名靠后的12家企业法人进行约谈` vs `业务处室组成的21个检查组下沉一线进行督导检查`) both
  // readings are kept and the classifier takes the first that names a metric.
  let alternative: Reading | undefined;
  if (!verb || verb.relative || startsWithPreposition(tokens, left)) {
    const light = readRight(tokens, k, verbs, true);
    const lightReading: Reading | undefined = light
      ? { tokenIndex: k, action: light.action, object: light.object, trend: false, topic: trimPhrase(tokens, left), via: 'right' }
      : undefined;
    if (lightReading && !verb?.relative) return lightReading;
    alternative = lightReading;
  }
  if (verb) {
    const topic = trimPhrase(tokens, { from: left.from, to: verb.from });
    const written = trimPhrase(tokens, { from: verb.to, to: k });
    // `排查整治行动等17个专项行动`: after 等 the figure counts the noun that follows it.
    const object = written && !written.endsWith('等') ? written : takeNounPhrase(tokens, k + 1) ?? written;
    const action = trendInfo.action ?? actionText(tokens, verb);
    return { tokenIndex: k, action, object, trend: trendInfo.trend || isChangeAction(action), topic, via: 'left', alternative };
  }

  const leftObject = trimPhrase(tokens, left);
  // A figure right after another with only a joiner or 共 between shares its reading (`46起、死亡21人` has its own verb; `18支共1304人` does not).
  if (previous && (stoppedAtJoiner || onlyAdverbsBetween(tokens, previous.tokenIndex, k))) {
    return { tokenIndex: k, action: previous.action, object: leftObject ?? takeNounPhrase(tokens, k + 1) ?? previous.object, trend: previous.trend, topic: previous.topic, via: 'shared' };
  }

  // Nothing on the left reports it: a verb after the counted noun (`345人次领导在岗带班`, `440万户居民燃气改造`).
  const right = trendInfo.trend ? null : readRight(tokens, k, verbs);
  if (right && (right.object || !leftObject || startsWithPreposition(tokens, left))) {
    return { tokenIndex: k, action: right.action, object: right.object, trend: false, topic: leftObject, via: 'right' };
  }
  return { tokenIndex: k, action: trendInfo.action, object: leftObject, trend: trendInfo.trend, topic: null, via: 'none' };
}

/** The rightmost run of verb tokens in the span (a verb followed by 的 modifies a noun and does not count). */
function findActionRun(tokens: readonly Token[], span: Span, verbs: ReadonlySet<string>): VerbRun | null {
  // A report verb of the rules outranks a word jieba merely tags as a verb: in `发放安全提示两万余份`
  // the action is 发放, not 提示; in `查出未安装燃气泄漏报警装置等问题隐患` it is 查出, not 泄漏.
  return findRun(tokens, span, verbs, (i) => isLexiconVerb(tokens[i]!, verbs)) ?? findRun(tokens, span, verbs, () => true);
}

function isLexiconVerb(t: Token, verbs: ReadonlySet<string>): boolean {
  return verbs.has(t.text) || verbs.has(withoutAdverb(t.text));
}

function findRun(tokens: readonly Token[], span: Span, verbs: ReadonlySet<string>, accept: (i: number) => boolean): VerbRun | null {
  for (let i = span.to - 1; i >= span.from; i--) {
    if (!isActionToken(tokens, i, verbs) || !accept(i)) continue;
    // `发现的问题` modifies a noun; but `组成的21个检查组` reports the figure after 的.
    if (tokens[i + 1]?.text === '的' && !(i + 2 === span.to && !hasPreposition(tokens, span))) continue;
    let from = i;
    // Extend left over verbs and the adverbs/conjunctions inside a compound action (`发现并整改`, `责令立即整改`).
    while (from > span.from && i - from < 6 && (isActionToken(tokens, from - 1, verbs) || isInnerAdverb(tokens, from - 1, span, verbs))) from--;
    while (from < i && (LIGHT_VERBS.has(tokens[from]!.text) || LEADING_ADVERBS.has(tokens[from]!.text))) from++;
    return { from, to: i + 1, relative: tokens[span.to - 1]?.text === '的' };
  }
  return null;
}

/** `减少`, `同比下降`: the action itself is a change (`死亡人数减少2人`, `较去年同期增加14个`). */
function isChangeAction(action: string): boolean {
  const bare = action.replace(/^(同比|环比)/, '');
  return CHANGE_VERBS.includes(bare);
}

function isInnerAdverb(tokens: readonly Token[], j: number, span: Span, verbs: ReadonlySet<string>): boolean {
  const t = tokens[j]!;
  return (t.tag === 'd' || t.text === '并') && j > span.from && isActionToken(tokens, j - 1, verbs);
}

function actionText(tokens: readonly Token[], run: Span): string {
  return withoutAdverb(tokens.slice(run.from, run.to).map((t) => t.text).join(''));
}

/** `同比分别下降` → 同比下降 (trend); `较去年同期增加` → 增加 (trend). */
function readComparison(tokens: readonly Token[], left: Span, verb: Span | null): { action: string | null; trend: boolean } {
  const words = tokens.slice(left.from, left.to).map((t) => t.text);
  const change = [...words].reverse().find((w) => CHANGE_VERBS.some((c) => w.endsWith(c)));
  if (!change) return { action: null, trend: false };
  const marker = words.find((w) => COMPARATIVE_MARKERS.some((m) => w.startsWith(m)));
  if (!marker) return { action: verb ? null : change, trend: false };
  const prefix = marker === '同比' || marker === '环比' ? marker : '';
  return { action: change.startsWith(prefix) ? change : prefix + change, trend: true };
}

function onlyAdverbsBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (!LEADING_ADVERBS.has(tokens[i]!.text)) return false;
  return true;
}

function hasPreposition(tokens: readonly Token[], span: Span): boolean {
  return startsWithPreposition(tokens, span);
}

function startsWithPreposition(tokens: readonly Token[], span: Span): boolean {
  for (let i = span.from; i < span.to; i++) if (OBJECT_PREPOSITIONS.has(tokens[i]!.text)) return true;
  return false;
}

/**
 * Q-O-V: the counted noun after the figure, then the verb (light verbs and adverbs skipped).
 * With `onlyAfterLightVerb`, only a verb introduced by 进行/予以/实施… counts.
 */
function readRight(tokens: readonly Token[], k: number, verbs: ReadonlySet<string>, onlyAfterLightVerb = false): { action: string; object: string | null } | null {
  if (onlyAfterLightVerb) return readAfterLightVerb(tokens, k, verbs);
  let i = k + 1;
  // In light-verb mode the scan passes enumerated figures (`对18个街道办事处和18个区直单位进行考核`).
  const passes = (t: Token) => onlyAfterLightVerb ? !/^[，。；;,]$/.test(t.text) : !t.quantity && !ENUMERATION_JOINERS.has(t.text);
  while (i < tokens.length && i - k < MAX_SCAN && passes(tokens[i]!) && !isActionToken(tokens, i, verbs) && !LIGHT_VERBS.has(tokens[i]!.text)) i++;
  if (onlyAfterLightVerb && !LIGHT_VERBS.has(tokens[i]?.text ?? '')) return null;
  if (i >= tokens.length || !(isActionToken(tokens, i, verbs) || LIGHT_VERBS.has(tokens[i]!.text))) return null;
  const object = trimPhrase(tokens, { from: k + 1, to: nextBreak(tokens, k + 1, i) });
  let j = i;
  while (j < tokens.length && LIGHT_VERBS.has(tokens[j]!.text)) j++;
  while (j < tokens.length && !isActionToken(tokens, j, verbs) && j - i < 3) j++;
  const start = j < tokens.length && isActionToken(tokens, j, verbs) ? j : i;
  let end = start + 1;
  while (end < tokens.length && end - start < 6 && isActionToken(tokens, end, verbs)) end++;
  return { action: actionText(tokens, { from: start, to: end }), object };
}

/** The first enumeration joiner or figure between from and to (the counted noun ends there), else to. */
function nextBreak(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (tokens[i]!.quantity || ENUMERATION_JOINERS.has(tokens[i]!.text)) return i;
  return to;
}

/** `对18个街道办事处和18个区直单位进行考核`: the first light verb after the figure, then its verb. */
function readAfterLightVerb(tokens: readonly Token[], k: number, verbs: ReadonlySet<string>): { action: string; object: string | null } | null {
  let i = k + 1;
  while (i < tokens.length && i - k < MAX_SCAN && !LIGHT_VERBS.has(tokens[i]!.text) && !/^[，。；;,：:]$/.test(tokens[i]!.text)) i++;
  if (i >= tokens.length || !LIGHT_VERBS.has(tokens[i]!.text)) return null;
  // The predicate is the last verb before the clause ends (`开展了年度安全生产和消防工作考核` → 考核).
  let stop = i + 1;
  while (stop < tokens.length && stop - i <= 8 && !/^[，。；;,：:！？]$/.test(tokens[stop]!.text)) stop++;
  const run = findRun(tokens, { from: i + 1, to: stop }, verbs, () => true);
  if (!run) return null;
  return { action: actionText(tokens, run), object: trimPhrase(tokens, { from: k + 1, to: nextBreak(tokens, k + 1, i) }) };
}

/** Up to four words after a figure, up to punctuation, a joiner or another figure. */
function wordsAfter(tokens: readonly Token[], k: number): string | null {
  let out = '';
  for (let i = k + 1; i < tokens.length && i <= k + 4; i++) {
    const t = tokens[i]!;
    if (t.quantity || ENUMERATION_JOINERS.has(t.text) || /^[，。；;,：:！？]$/.test(t.text)) break;
    out += t.text;
  }
  return out || null;
}

/** Index of the first enumeration joiner in [from, to), else to. */
function firstJoiner(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (ENUMERATION_JOINERS.has(tokens[i]!.text)) return i;
  return to;
}
