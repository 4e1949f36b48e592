import { SCOPE_WORDS } from '../lexicon/scope-words.js';
import type { Token } from '../../words/tokenize-clause.js';
import { joinText, takeNounPhrase, trimPhrase } from './phrases.js';
import { actionText, findActionRun, relativeRunAtEnd, type VerbRun } from './verb-runs.js';
import { isActionToken } from './verbs.js';
import { isChangeAction, readComparison } from './comparison.js';
import { readAfterLightVerb, readRight } from './read-right.js';
import { CLAUSE_PUNCTUATION, firstJoiner, hasPreposition, MAX_SCAN, onlyAdverbsBetween, wordsAfter, type Span } from './spans.js';
import { CHANGE_TO_VERBS, ENUMERATION_JOINERS, LEADING_ADVERBS } from '../lexicon/function-words.js';

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

/** Brackets as jieba cuts them: one token each. */
const OPENING_BRACKET = /^[（(]$/;
const CLOSING_BRACKET = /^[）)]$/;

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
  // A figure in brackets comments on the one before it (顺德区352宗（同比增长21.4%）、南海区318宗): once the bracket closes,
  // the next figure shares the reading from before it.
  const outside: (Reading | null)[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const text = tokens[k]!.text;
    if (OPENING_BRACKET.test(text)) outside.push(previous);
    else if (CLOSING_BRACKET.test(text) && outside.length > 0) previous = outside.pop()!;
    if (!tokens[k]!.quantity) continue;
    const reading: Reading = { ...readQuantity(tokens, k, verbs, previous), after: wordsAfter(tokens, k) };
    readings.push(reading);
    previous = reading;
  }
  distributeRespectively(tokens, readings, verbs);
  return readings;
}

/**
 * The report verb and its object in a clause with no figure, up to a word announcing a list (各区检查生产经营单位数量分别为：
 * → 检查 / 生产经营单位数量), or null when no verb the rules know reads it.
 */
export function readPredicate(tokens: readonly Token[], verbs: ReadonlySet<string>): { action: string; object: string | null } | null {
  let to = tokens.length;
  while (to > 0 && (CLAUSE_PUNCTUATION.test(tokens[to - 1]!.text) || LINKS_AFTER_RESPECTIVELY.has(tokens[to - 1]!.text) || /^(?:分别|如下|：|:)$/.test(tokens[to - 1]!.text))) to--;
  const verb = findActionRun(tokens, { from: 0, to }, verbs);
  if (!verb || !isLexiconRun(tokens, verb, verbs)) return null;
  return { action: actionText(tokens, verb), object: trimPhrase(tokens, { from: verb.to, to }) };
}

/** The last item of a list that closes it as problems found: …等问题, …等安全隐患, …等问题单位. */
const LIST_OF_PROBLEMS = /等[^、，,]{0,4}(?:问题|隐患)/;
/** Verbs that find problems: the head of such a list before any other verb of its first item. */
const PROBLEM_FINDING_VERBS: ReadonlySet<string> = new Set(['发现', '查出', '排查出', '检查出', '查找', '查摆', '梳理出', '发现并']);

/** 分别 (or 分别为/分别是/分别达到) and the linking words after it, up to the first figure. */
const RESPECTIVELY = /^分别/;
const LINKS_AFTER_RESPECTIVELY: ReadonlySet<string> = new Set(['为', '是', '达', '达到', '有', '计']);

/**
 * `A和B分别为X和Y`: the i-th subject before 分别 is what the i-th figure after it counts
 * (`检查企业和整改隐患数分别为1860家和5230项` → 检查/企业, 整改/隐患数; `道路交通事故、火灾事故分别为42起、18起`).
 * Only when the subjects and the figures are as many; a change (`同比分别下降`) is left to the trend reading.
 */
function distributeRespectively(tokens: readonly Token[], readings: Reading[], verbs: ReadonlySet<string>): void {
  for (let r = 0; r < readings.length; r++) {
    const k = readings[r]!.tokenIndex;
    let at = k - 1;
    while (at >= 0 && LINKS_AFTER_RESPECTIVELY.has(tokens[at]!.text)) at--;
    if (at < 0 || !RESPECTIVELY.test(tokens[at]!.text) || tokens[at]!.text.length > 2 && !/^分别(?:为|是)$/.test(tokens[at]!.text)) continue;
    // The figures after 分别: this one and those joined to it.
    let n = 1;
    while (r + n < readings.length && onlyJoinersBetween(tokens, readings[r + n - 1]!.tokenIndex, readings[r + n]!.tokenIndex)) n++;
    // The subjects before 分别, back to the clause start or a figure, split at the joiners.
    let from = at;
    while (from > 0 && at - from < MAX_SCAN && !tokens[from - 1]!.quantity && !CLAUSE_PUNCTUATION.test(tokens[from - 1]!.text)) from--;
    while (from < at && (SCOPE_WORDS.has(tokens[from]!.text) || LEADING_ADVERBS.has(tokens[from]!.text))) from++; // 全市事故起数和… : 全市 is where
    const items: Span[] = [];
    let start = from;
    for (let i = from; i <= at; i++) {
      if (i === at || ENUMERATION_JOINERS.has(tokens[i]!.text)) { if (i > start) items.push({ from: start, to: i }); start = i + 1; }
    }
    if (n < 2 || items.length !== n || readings.slice(r, r + n).some((x) => x.trend)) { r += n - 1; continue; }
    // The first subject's report verb is shared by later subjects that have none of their own
    // (检查电梯、锅炉、压力容器分别为…; 查处客车超员、货车超载违法行为分别为…: 超载 is no report verb).
    const firstVerb = findActionRun(tokens, items[0]!, verbs);
    if (!firstVerb && shareLastPredicate(tokens, items, readings.slice(r, r + n), verbs)) { r += n - 1; continue; }
    const shared = firstVerb && isLexiconRun(tokens, firstVerb, verbs) ? actionText(tokens, firstVerb) : null;
    for (let i = 0; i < n; i++) {
      const item = items[i]!;
      const own = findActionRun(tokens, item, verbs);
      const verb = own && (i === 0 || !shared || isLexiconRun(tokens, own, verbs)) ? own : null;
      const reading = readings[r + i]!;
      reading.action = verb ? actionText(tokens, verb) : shared;
      reading.object = trimPhrase(tokens, verb ? { from: verb.to, to: item.to } : item) ?? (verb ? null : reading.object);
      reading.topic = verb ? trimPhrase(tokens, { from: item.from, to: verb.from }) : null;
      reading.via = verb ? 'left' : shared ? 'shared' : 'none';
      reading.alternative = undefined;
    }
    r += n - 1;
  }
}

/** Most words a subject of a parallel list may have (柯桥区; 上虞/区). */
const MAX_PARALLEL_SUBJECT_WORDS = 3;

/**
 * `越城区、柯桥区、上虞区检查企业数分别为462家、598家、511家`: short subjects with no verb of
 * their own, and the last one's predicate (检查企业数) after it, shared by all of them.
 * Gives each reading that predicate and its subject as topic; false (nothing changed) when the list is not so.
 */
function shareLastPredicate(tokens: readonly Token[], items: readonly Span[], readings: Reading[], verbs: ReadonlySet<string>): boolean {
  const last = items[items.length - 1]!;
  const verb = findActionRun(tokens, last, verbs);
  if (!verb || verb.from === last.from || !isLexiconRun(tokens, verb, verbs)) return false;
  const subjects = [...items.slice(0, -1), { from: last.from, to: verb.from }];
  if (subjects.some((s) => s.to - s.from > MAX_PARALLEL_SUBJECT_WORDS || findActionRun(tokens, s, verbs))) return false;
  const action = actionText(tokens, verb);
  const object = trimPhrase(tokens, { from: verb.to, to: last.to });
  readings.forEach((reading, i) => {
    reading.action = action;
    reading.object = object;
    reading.topic = trimPhrase(tokens, subjects[i]!);
    reading.via = 'shared';
    reading.alternative = undefined;
  });
  return true;
}

/** The run of the first word of the span that the rules know as a report verb (发现 of 发现未按规定发放高温津贴, 发现并督促整改). */
function firstLexiconVerb(tokens: readonly Token[], span: Span, verbs: ReadonlySet<string>): VerbRun | null {
  // A verb of finding heads the list when there is one (入户安检中发现燃气胶管老化、…等隐患: 发现, not 安检).
  let first = -1;
  for (let i = span.from; i < span.to && first < 0; i++) if (PROBLEM_FINDING_VERBS.has(tokens[i]!.text) && isActionToken(tokens, i, verbs)) first = i;
  for (let i = first >= 0 ? first : span.from; i < span.to; i++) {
    if (!verbs.has(tokens[i]!.text) || !isActionToken(tokens, i, verbs)) continue;
    // The whole compound: 发现并督促整改.
    let to = i + 1;
    const joins = (j: number) => j < span.to && verbs.has(tokens[j]!.text) && isActionToken(tokens, j, verbs);
    while (joins(to)) to++;
    if (tokens[to]?.text === '并' && to + 1 < span.to && isActionToken(tokens, to + 1, verbs)) {
      to += 2;
      while (to < span.to && isActionToken(tokens, to, verbs)) to++;
    }
    return { from: i, to, relative: false };
  }
  return null;
}

/** Only enumeration joiners (和, 、) between two token indexes. */
function onlyJoinersBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (!ENUMERATION_JOINERS.has(tokens[i]!.text)) return false;
  return b > a + 1;
}

/** 由/从 within the few words before the figure at k (由去年同期的11人, 从186个): the start of a 由X降至Y change. */
function hasFromBefore(tokens: readonly Token[], k: number): boolean {
  for (let i = k - 1; i >= 0 && i >= k - 5; i--) {
    if (tokens[i]!.quantity || CLAUSE_PUNCTUATION.test(tokens[i]!.text)) return false;
    if (tokens[i]!.text === '由' || tokens[i]!.text === '从') return true;
  }
  return false;
}

/** A verb run one of whose words the rules or report verbs name (not only jieba's tag). */
function isLexiconRun(tokens: readonly Token[], run: Span, verbs: ReadonlySet<string>): boolean {
  for (let i = run.from; i < run.to; i++) if (verbs.has(tokens[i]!.text)) return true;
  return verbs.has(actionText(tokens, run));
}

function readQuantity(tokens: readonly Token[], k: number, verbs: ReadonlySet<string>, previous: Reading | null): Reading {
  // Left context: back to the clause start, the previous quantity, or an enumeration joiner.
  let from = k;
  while (from > 0 && k - from < MAX_SCAN && !tokens[from - 1]!.quantity && !ENUMERATION_JOINERS.has(tokens[from - 1]!.text)) from--;
  const stoppedAtJoiner = from > 0 && ENUMERATION_JOINERS.has(tokens[from - 1]!.text);
  let left: Span = { from, to: k };
  let verb = findActionRun(tokens, left, verbs);

  // An enumeration of nouns before one figure shares the verb further left (`检查商场超市、景区景点等各类场所685处`),
  // also when the last item holds a word jieba tags as a verb but no rule knows
  // (`发现线路老化、食堂卫生不达标等问题隐患287个`: 发现, not 达标).
  // A known verb inside the last item (`发现消防设施损坏、疏散通道堵塞问题362个`: 疏散) keeps its reading,
  // and the list's verb (发现) becomes the alternative the classifier tries when that names no metric.
  let listReading: Reading | undefined;
  if (stoppedAtJoiner) {
    let f = from - 1;
    while (f > 0 && k - f < MAX_SCAN && !tokens[f - 1]!.quantity) f--;
    // Only a list with no figure before it: in `造成3人死亡、5人受伤` the 死亡 belongs to 3人.
    // The verb of a list stands before its first item (`清理各类门窗贴字、张贴画、标语横幅50余处`: not 张贴).
    const firstItem = { from: f, to: firstJoiner(tokens, f, k) };
    // 发现未按规定发放高温津贴、…等问题单位97户: a list of problems is what its first verb (发现) found, whatever verbs the items hold.
    const problems = LIST_OF_PROBLEMS.test(joinText(tokens, from, k)) ? firstLexiconVerb(tokens, firstItem, verbs) : null;
    const wideVerb = f > 0 && tokens[f - 1]!.quantity ? null : problems ?? findActionRun(tokens, firstItem, verbs);
    if (problems) { left = { from: f, to: k }; verb = problems; } else if (!verb || !isLexiconRun(tokens, verb, verbs)) {
      if (wideVerb && (!verb || isLexiconRun(tokens, wideVerb, verbs))) { left = { from: f, to: k }; verb = wideVerb; }
    } else if (wideVerb && isLexiconRun(tokens, wideVerb, verbs)) {
      listReading = { tokenIndex: k, action: actionText(tokens, wideVerb), object: trimPhrase(tokens, { from: wideVerb.to, to: k }), trend: false, topic: trimPhrase(tokens, { from: f, to: wideVerb.from }), via: 'left' };
    }
  }

  // 受伤人数由去年同期的11人降至4人, 供应站点由186个压减至97个: the new value counts what the old one did.
  if (previous && k - previous.tokenIndex <= 3 && CHANGE_TO_VERBS.has(joinText(tokens, previous.tokenIndex + 1, k)) && hasFromBefore(tokens, previous.tokenIndex)) {
    return { tokenIndex: k, action: previous.action, object: previous.object, trend: previous.trend, topic: previous.topic, via: 'shared' };
  }
  const trendInfo = readComparison(tokens, left, verb);
  // `对9家企业予以信用扣分`: a light verb after the counted noun carries the action. After a relative
  // clause (`排名靠后的12家企业法人进行约谈` vs `业务处室组成的21个检查组下沉一线进行督导检查`) both
  // readings are kept and the classifier takes the first that names a metric.
  let alternative: Reading | undefined;
  if (!verb || verb.relative || hasPreposition(tokens, left)) {
    const light = readAfterLightVerb(tokens, k, verbs);
    const lightReading: Reading | undefined = light
      ? { tokenIndex: k, action: light.action, object: light.object, trend: false, topic: trimPhrase(tokens, left), via: 'right' }
      : undefined;
    // 对检查中发现问题较多的7家单位予以通报批评: after 对 the relative clause describes the object of the light verb.
    if (lightReading && (!verb?.relative || hasPreposition(tokens, left))) return lightReading;
    alternative = lightReading;
    // 对违规经营的14家企业依法处罚: no light verb, but after 对 + a relative clause the verb after the noun acts.
    if (!lightReading && verb?.relative && hasPreposition(tokens, left)) {
      const right = readRight(tokens, k, verbs);
      if (right) return { tokenIndex: k, action: right.action, object: right.object, trend: false, topic: trimPhrase(tokens, left), via: 'right' };
    }
  }
  if (verb) {
    const topic = trimPhrase(tokens, { from: left.from, to: verb.from });
    const written = trimPhrase(tokens, { from: verb.to, to: k });
    // `排查整治行动等17个专项行动`: after 等 the figure counts the noun that follows it.
    // `造成全市8.7万人受灾`, `组织辖区46家企业`: a scope is not what was counted.
    const object = written && SCOPE_WORDS.has(written) ? takeNounPhrase(tokens, k + 1)
      : written && !written.endsWith('等') ? written : takeNounPhrase(tokens, k + 1) ?? written;
    const action = trendInfo.action ?? actionText(tokens, verb);
    return { tokenIndex: k, action, object, trend: trendInfo.trend || isChangeAction(action), topic, via: 'left', alternative: alternative ?? listReading };
  }

  const leftWords = trimPhrase(tokens, left);
  const leftObject = leftWords && SCOPE_WORDS.has(leftWords) ? null : leftWords; // 全县共有3.2万人受灾: 全县 is a scope
  // A figure right after another with only a joiner or 共 between shares its reading (`46起、死亡21人` has its own verb; `18支共1304人` does not).
  if (previous && (stoppedAtJoiner || onlyAdverbsBetween(tokens, previous.tokenIndex, k))) {
    // `造成全市12个区县、8.7万人受灾`: a figure with its own verb right after it (受灾) does not take the previous object.
    const ownVerbAfter = k + 1 < tokens.length && isActionToken(tokens, k + 1, verbs);
    return { tokenIndex: k, action: previous.action, object: leftObject ?? takeNounPhrase(tokens, k + 1) ?? (ownVerbAfter ? null : previous.object), trend: previous.trend, topic: previous.topic, via: 'shared' };
  }

  // Nothing on the left reports it: a verb after the counted noun (`345人次领导在岗带班`, `440万户居民燃气改造`).
  const right = trendInfo.trend ? null : readRight(tokens, k, verbs);
  // `8市32个县（市、区）28.6万人受灾`: the words on the left count the figure before; a verb right after this one reports it.
  const leftIsPrevious = left.from > 0 && Boolean(tokens[left.from - 1]!.quantity);
  if (right && (right.object || !leftObject || hasPreposition(tokens, left) || (leftIsPrevious && isActionToken(tokens, k + 1, verbs)))) {
    return { tokenIndex: k, action: right.action, object: right.object, trend: false, topic: leftObject, via: 'right' };
  }
  // 对发现的1200处隐患，…: with no verb after the figure, the relative clause before it reports it.
  const relative = right ? null : relativeRunAtEnd(tokens, left, verbs);
  if (relative) {
    return { tokenIndex: k, action: actionText(tokens, relative), object: takeNounPhrase(tokens, k + 1), trend: false, topic: trimPhrase(tokens, { from: left.from, to: relative.from }), via: 'left' };
  }
  return { tokenIndex: k, action: trendInfo.action, object: leftObject, trend: trendInfo.trend, topic: null, via: 'none' };
}
