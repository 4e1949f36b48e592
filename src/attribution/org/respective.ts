/**
 * `越城区、柯桥区、上虞区检查企业数分别为462家、598家、511家`: the i-th of a list of
 * places or bodies before 分别 owns the i-th figure of the run after it
 * (`市公安局、市市场监管局分别查处案件12起、9起`; `顺德区、南海区抽查项目较多，分别为97个、88个`).
 * Only when the list and the run are as many, and no other list stands between
 * them (`联合市公安局、市市场监管局，检查企业数和隐患数分别为…`: the figures are the
 * subjects' of 和, not the bodies').
 */
import { lastStartingBefore, MAX_LOOKBACK } from '../spans.js';
import type { OrgMention } from './types.js';

interface Span {
  start: number;
  end: number;
}

/** Where a figure stands in a run of figures joined by 、/和 (`462家、598家、511家`). */
export interface RunPosition {
  /** The first figure of the run. */
  first: Span;
  index: number;
  length: number;
}

/** Joiners between the figures of a run and between the items of a list. */
const JOINER = /^(?:、|和|及|与|以及)$/;
/** 分别, then up to a short predicate (分别为, 分别发现隐患), right before the run. */
const RESPECTIVELY_BEFORE_RUN = /分别[\u4e00-\u9fff]{0,8}$/;
/** What may stand between the list and 分别: a predicate (检查企业数, 抽查项目较多，) with no list of its own. */
const BETWEEN_LIST_AND_RESPECTIVELY = /^[^、和及与。；;！？!?\n]{0,24}$/;

/** The positions of targets in runs of figures joined only by JOINER, in one sentence; targets in text order. */
export function runPositions(text: string, targets: readonly (Span & { sentenceIndex: number })[]): (RunPosition | null)[] {
  const out: (RunPosition | null)[] = new Array(targets.length).fill(null);
  let i = 0;
  while (i < targets.length) {
    let j = i + 1;
    while (j < targets.length && targets[j]!.sentenceIndex === targets[i]!.sentenceIndex && JOINER.test(text.slice(targets[j - 1]!.end, targets[j]!.start))) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) out[k] = { first: targets[i]!, index: k - i, length: j - i };
    i = j;
  }
  return out;
}

/**
 * The index in `mentions` of the first item of the list that owns the run (its i-th item owns
 * the run's i-th figure), or -1. Call once per run: the walk back is bounded by MAX_LOOKBACK.
 */
export function respectiveListStart(mentions: readonly (Span & { kind?: OrgMention['kind'] })[], text: string, run: RunPosition, sentenceStart: number): number {
  const before = text.slice(Math.max(sentenceStart, run.first.start - 10), run.first.start);
  const m = RESPECTIVELY_BEFORE_RUN.exec(before);
  if (!m) return -1;
  const at = run.first.start - before.length + m.index;
  let last = lastStartingBefore(mentions, at);
  if (last >= 0 && mentions[last]!.end > at) last--;
  // 长沙市、衡阳市、邵阳市火灾起数居全省前三位，分别为…: the scope of a ranking (全省) is no item of the list.
  if (last > 0 && mentions[last]!.kind === 'reference' && mentions[last - 1]!.start >= sentenceStart) last--;
  if (last < 0 || mentions[last]!.start < sentenceStart || !BETWEEN_LIST_AND_RESPECTIVELY.test(text.slice(mentions[last]!.end, at))) return -1;
  let first = last;
  while (first > 0 && last - first < MAX_LOOKBACK && mentions[first - 1]!.start >= sentenceStart && JOINER.test(text.slice(mentions[first - 1]!.end, mentions[first]!.start))) first--;
  return last - first + 1 === run.length ? first : -1;
}
