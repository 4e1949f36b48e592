import type { Token } from '../../words/tokenize-clause.js';
import { GLUED_ADVERBS, LINKING_WORDS, MANNER_VERBS, MOTION_VERBS, NOT_ACTIONS, LEADING_ADVERBS } from '../lexicon/function-words.js';

/**
 * Decides whether a token is a verb that can report a figure. A word of the rule
 * lexicon (`排查`, `出动`, `责令停产整顿`) always is; otherwise jieba's tag decides:
 * `v`/`vd`/`vi` are verbs, `vn` (verbal noun) only when nothing nominal follows
 * (`入户宣传50余万户次` yes, `宣传资料` no).
 */
export function isActionToken(tokens: readonly Token[], i: number, verbLexicon: ReadonlySet<string>): boolean {
  const t = tokens[i]!;
  if (t.quantity || NOT_ACTIONS.has(t.text) || LEADING_ADVERBS.has(t.text)) return false;
  // A verbal noun between a verb and a noun modifies the noun: `发放宣传资料`, `组织宣传活动`,
  // `设置安全宣传咨询点`.
  // A report verb right after a verb of manner is the action itself (联合检查危化品运输车辆).
  // … and so is one right after a total (接警后共调派消防救援车辆23辆: 共 opens the action).
  const afterManner = (MANNER_VERBS.has(tokens[i - 1]?.text ?? '') || TOTAL_ADVERBS.has(tokens[i - 1]?.text ?? '')) && verbLexicon.has(t.text);
  if (t.tag === 'vn' && !afterManner && tokens[i + 1]?.tag.startsWith('n') && [1, 2, 3].some((d) => isPlainVerb(tokens[i - d], verbLexicon))) return false;
  // A verb before a rate names what the rate measures (`安全检查覆盖率`, `检查合格率`): one noun.
  const next = tokens[i + 1];
  if (next && !next.quantity && next.text.length > 1 && next.text.endsWith('率')) return false;
  if (verbLexicon.has(t.text) || verbLexicon.has(withoutAdverb(t.text))) return true;
  // An item of a noun list that jieba tags as a verb (`商场超市、景区景点`) is a noun.
  if (tokens[i + 1]?.text === '、' && tokens[i - 1]?.tag.startsWith('n')) return false;
  // A place name with a rare character jieba guesses is a verb (硚口区/v): three characters or more ending in a level.
  if (isPlaceName(t.text)) return false;
  if (t.tag === 'v' || t.tag === 'vd' || t.tag === 'vi' || t.tag === 'vg') return t.text.length > 1 || isLoneVerbAllowed(t.text);
  // A verbal noun inside a noun compound: 危化品/生产/经营/企业 (a noun before it, a noun or verbal noun after).
  if (t.tag === 'vn' && tokens[i - 1]?.tag.startsWith('n') && (tokens[i + 1]?.tag === 'vn' || tokens[i + 1]?.tag.startsWith('n'))) return false;
  if (t.tag === 'vn') {
    const next = tokens[i + 1];
    return !next || Boolean(next.quantity) || LINKING_WORDS.has(next.text) || next.tag === 'x' || next.tag.startsWith('v');
  }
  return false;
}

/** Adverbs of a total that open the action after them. */
const TOTAL_ADVERBS: ReadonlySet<string> = new Set(['共', '累计', '共计', '合计', '先后', '分别', '累计共']);

/** Last characters of a place name's level (硚口区, 栾川县, 朝城镇). */
const PLACE_LEVEL_ENDINGS = '区县市镇乡省旗';

/** Three characters or more ending in a level: a place name, whatever jieba tags it. */
const isPlaceName = (word: string) => word.length >= 3 && PLACE_LEVEL_ENDINGS.includes(word[word.length - 1]!);

/** Single-character verbs that report figures (`查`, `罚`); other one-character `v` tags are usually noise (`在`, `有`). */
function isLoneVerbAllowed(ch: string): boolean {
  return '查罚抓拆收'.includes(ch);
}

/** `共出动` (jieba keeps it as one idiom) → 出动; other words unchanged. */
export function withoutAdverb(word: string): string {
  for (const adverb of GLUED_ADVERBS) if (word.length > adverb.length + 1 && word.startsWith(adverb)) return word.slice(adverb.length);
  return word;
}

/** A verb by lexicon or by jieba's `v` tag, without looking at neighbours. */
function isPlainVerb(t: Token | undefined, verbLexicon: ReadonlySet<string>): boolean {
  return Boolean(t && !t.quantity && !LEADING_ADVERBS.has(t.text) && !NOT_ACTIONS.has(t.text) && !MOTION_VERBS.has(t.text) && !isPlaceName(t.text) && (verbLexicon.has(t.text) || t.tag === 'v'));
}
