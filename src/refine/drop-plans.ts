import type { DocumentStructure } from '../split/types.js';
import type { DraftFact } from '../rules/types.js';
import type { OnDrop } from './types.js';
import { DONE_MARKERS, NOT_PLAN_WORDS, PLAN_AFTER_MARKERS, PLAN_HEADINGS, PLAN_MARKERS, PLAN_OPENERS, PROVISION, TARGET_BEFORE } from './lexicon/plan-markers.js';

/** How far back a plan is looked for: clauses of the sentence, and characters of each. */
const MAX_CLAUSES = 6;
const MAX_CLAUSE_CHARS = 80;

/** Filter: drops the figures of plans and targets ({@link planReason}). */
export function dropPlans(facts: DraftFact[], doc: DocumentStructure, onDrop?: OnDrop): DraftFact[] {
  return facts.filter((f) => {
    const reason = planReason(f, doc);
    if (reason !== null) onDrop?.(f, reason);
    return reason === null;
  });
}

/**
 * Why a figure is a plan or a target, or null: its sentence opens with 下一步/今后…
 * (`下一步，将组织应急演练30场`), or a clause of its sentence up to the figure says
 * 力争/计划于/将继续… (`力争全年食品抽检量不少于4000批次`, `下半年将再组织检查两轮，对5家企业…`)
 * and no clause since says the work was done (`将继续整治，今年以来已检查企业320家` keeps 320家).
 */
export function planReason(f: DraftFact, doc: DocumentStructure): string | null {
  if (TARGET_BEFORE.test(doc.text.slice(Math.max(0, f.quantity.start - 6), f.quantity.start))) return 'a plan or target (the target named right before the figure)';
  // Around the figure only (a clause may be a whole page with no punctuation).
  const own = doc.clauses[f.clauseIndex]!;
  const around = doc.text.slice(Math.max(own.start, f.quantity.start - MAX_CLAUSE_CHARS), Math.min(own.end, f.quantity.end + MAX_AFTER_CHARS));
  if (PROVISION.test(around)) return 'a plan or rule (a legal provision\'s penalty)';
  const heading = sectionHeading(f, doc);
  if (heading) return `a plan (under the heading ${heading})`;
  const tasks = plannedTasks(f, doc);
  if (tasks) return `a plan (a task of ${tasks})`;
  const sentence = doc.sentences[f.sentenceIndex]!;
  const opening = doc.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 8)).trimStart();
  const opener = PLAN_OPENERS.find((w) => opening.startsWith(w));
  if (opener) return `a plan (the sentence opens with ${opener})`;
  let marker: string | null = null;
  // Bounded look-back (a few clauses of a few dozen characters), so that a page with no punctuation stays linear.
  // A sentence closed by ； is a clause of the one after it (建议…力争到2027年底，实现…；省级财政每年安排…不低于10亿元).
  for (let c = f.clauseIndex; c >= 0 && c > f.clauseIndex - MAX_CLAUSES && inSameSentence(doc, doc.clauses[c]!.sentenceIndex, f.sentenceIndex); c--) {
    const clause = doc.clauses[c]!;
    const end = c === f.clauseIndex ? f.quantity.start : clause.end;
    const text = withoutNonPlanWords(doc.text.slice(Math.max(clause.start, end - MAX_CLAUSE_CHARS), end));
    // Walking back from the figure: a clause that says the work was done before any plan marker clears it.
    const done = DONE_MARKERS.some((w) => text.includes(w));
    const plan = ANY_PLAN_MARKER.test(text) ? PLAN_MARKERS.find((w) => text.includes(w)) : undefined;
    if (plan && (!done || text.lastIndexOf(plan) > Math.max(...DONE_MARKERS.map((w) => text.lastIndexOf(w))))) { marker = plan; break; }
    if (done) break;
  }
  if (marker) return `a plan or target (${marker})`;
  // 剩余74.7公里管道改造任务将于11月底前全部完成: the figure's own predicate, later in its clause, is a future.
  const clause = doc.clauses[f.clauseIndex]!;
  const after = doc.text.slice(f.quantity.end, Math.min(clause.end, f.quantity.end + MAX_AFTER_CHARS));
  const future = PLAN_AFTER_MARKERS.find((w) => after.includes(w));
  return future ? `a plan or target (${future} after the figure)` : null;
}

const NOT_PLAN = new RegExp(NOT_PLAN_WORDS.join('|'), 'g');
/** Any plan marker at all: one scan, so that the clauses holding none (most) skip the per-marker search. */
const ANY_PLAN_MARKER = new RegExp(PLAN_MARKERS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** The text with words that hold a marker but plan nothing (模拟) blanked, same length. */
function withoutNonPlanWords(text: string): string {
  return text.replace(NOT_PLAN, (w) => '\u3000'.repeat(w.length));
}

/** Whether sentence `s` is sentence `of`, or runs into it through sentences closed by a semicolon. */
function inSameSentence(doc: DocumentStructure, s: number, of: number): boolean {
  for (let k = of; k > s; k--) {
    const prev = doc.sentences[k - 1]!;
    if (prev.paragraphIndex !== doc.sentences[k]!.paragraphIndex || !/[；;]\s*$/.test(doc.text.slice(Math.max(prev.start, prev.end - 2), prev.end))) return false;
  }
  return s <= of;
}

/** How far after the figure, within its clause, its predicate is read for a future. */
const MAX_AFTER_CHARS = 24;

/** Paragraphs of enumerated tasks (一是…二是…) go on from the paragraph before the first of them. */
const ENUMERATED_TASK = /^[一二三四五六七八九十]是/;
/** What makes that paragraph announce plans: 主要预期目标是：, 重点抓好以下工作：, 今年将…. */
/** A future in the intro's last sentence: 今年 (not 今年以来, 今年来, 今年一月以来), 明年, 下一步, 将. */
const FUTURE_IN_INTRO = /今年(?![^，,。]{0,6}以?来)|明年|下一步|将/;
const ANNOUNCES_PLANS = /(?:目标|任务|计划|打算|工作安排|重点抓好|重点做好|将着力|将重点)[^。]{0,20}[：:。]?\s*$/;

/**
 * The plan a paragraph of enumerated tasks belongs to (今年…主要预期目标是：… / 一是深化治本攻坚…全年检查企业不少于6500家次):
 * the announcing words of the paragraph before the run of 一是/二是 paragraphs, or null.
 */
function plannedTasks(f: DraftFact, doc: DocumentStructure): string | null {
  let p = f.paragraphIndex;
  const opens = (i: number) => ENUMERATED_TASK.test(doc.text.slice(doc.paragraphs[i]!.start, doc.paragraphs[i]!.start + 3));
  if (!opens(p)) return null;
  while (p > 0 && p > f.paragraphIndex - MAX_SECTION_PARAGRAPHS && opens(p - 1)) p--;
  const intro = doc.paragraphs[p - 1];
  if (!intro || intro.articleIndex !== f.articleIndex) return null;
  const tail = doc.text.slice(Math.max(intro.start, intro.end - 60), intro.end);
  // … or its last sentence names a target or task and a future (今年将…目标任务), not a past (今年一月以来…; …任务艰巨。).
  const last = tail.replace(/[。\s]+$/, '').split('。').pop()!;
  const m = ANNOUNCES_PLANS.exec(tail) ?? (FUTURE_IN_INTRO.test(last) && /目标|任务/.test(last) ? /目标|任务/.exec(last) : null);
  return m ? m[0].replace(/[：:。\s]+$/, '') : null;
}

/** The plan heading (`四、下一步工作`) nearest above the figure's paragraph in its article, if that heading is one; null otherwise. */
function sectionHeading(f: DraftFact, doc: DocumentStructure): string | null {
  for (let p = f.paragraphIndex - 1; p >= 0 && p >= f.paragraphIndex - MAX_SECTION_PARAGRAPHS; p--) {
    const para = doc.paragraphs[p]!;
    if (para.articleIndex !== f.articleIndex) return null;
    const text = doc.text.slice(para.start, Math.min(para.end, para.start + 30));
    if (!para.isHeading && !SECTION_NUMBER.test(text)) continue;
    const heading = text.trim();
    return PLAN_HEADINGS.some((w) => heading.includes(w)) && heading.length <= 20 ? heading : null;
  }
  return null;
}

/** A short numbered line opens a section even when the splitter calls it body text: `四、下一步工作`, `（三）`. */
const SECTION_NUMBER = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[^。，,]{0,16}\s*$/;
const MAX_SECTION_PARAGRAPHS = 12;
