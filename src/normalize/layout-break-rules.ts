import { classifyLine, type LineKind } from '../split/classify-line.js';
import { startsWithDateline } from '../split/find-dateline.js';
import { CLAUSE_END, CLOSERS, ELLIPSIS, SENTENCE_END } from '../split/lexicon/punctuation.js';

/** Why a line break between two lines was or was not removed. */
export interface LayoutBreakDecision {
  join: boolean;
  reason: string;
}

/** After these a line is complete: `…整改率97%。`, `…成长……`, `主要做法如下：`. */
const LINE_COMPLETE = SENTENCE_END + ELLIPSIS + '：:';
/** A short tail that finishes a headline-like fragment: `会议并讲话。` (at most this long). */
const TAIL_MAX_CHARS = 16;

/**
 * Decides whether the break between two trimmed lines is a layout break, the
 * typesetter cutting one paragraph in two:
 * - `…几株树木因树龄较长、年久空心，被` + `大风刮断后倒伏…` → join (body ends mid-sentence);
 * - `…研判分析节日` + `安全生产形势,就抓好…` → join;
 * - `市委常委、常务副市长王有利应邀出席` + `会议并讲话。` → join (a short tail finishes it);
 * - `纵深推进 久久为功` + `本报记者 孟凡明` → keep (headline and byline);
 * - `…排查整改各类安全隐患` + the same paragraph printed again → keep (layout repeat);
 * - `…追责` + `区应急管理局…复查(岳伟 摄)` → keep (a caption is in between).
 */
export function decideLayoutBreak(prev: string, next: string): LayoutBreakDecision {
  return decideClassifiedBreak(prev, classifyLine(prev), next, classifyLine(next));
}

/** `decideLayoutBreak` given each line's `classifyLine` kind, so a pass over a page classifies every line once. */
export function decideClassifiedBreak(prev: string, prevKind: LineKind, next: string, nextKind: LineKind): LayoutBreakDecision {
  if (prevKind === 'heading' && !endsComplete(prev) && !/\s/.test(prev) && isShortTail(next)) {
    return { join: true, reason: 'a headline-like fragment finished by a short sentence tail' };
  }
  if (prevKind !== 'body') return { join: false, reason: `previous line is a ${prevKind} line` };
  if (endsComplete(prev)) return { join: false, reason: 'previous line ends with sentence punctuation' };
  if (nextKind !== 'body') return { join: false, reason: `next line is a ${nextKind} line` };
  if (startsWithDateline(next)) return { join: false, reason: 'next line opens with a dateline' };
  if (next === prev) return { join: false, reason: 'next line repeats the previous one (layout repeat)' };
  return { join: true, reason: 'body line ends mid-sentence and the next line continues it' };
}

function endsComplete(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && CLOSERS.includes(line[i]!)) i--;
  return i < 0 || LINE_COMPLETE.includes(line[i]!);
}

/** `会议并讲话。`: short, one sentence, no clause mark inside, ends complete. */
function isShortTail(line: string): boolean {
  if (line.length > TAIL_MAX_CHARS || !endsComplete(line)) return false;
  for (let i = 0; i < line.length - 1; i++) {
    if (CLAUSE_END.includes(line[i]!) || SENTENCE_END.includes(line[i]!)) return false;
  }
  return classifyLine(line) === 'body';
}
