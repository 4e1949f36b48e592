import type { DocumentStructure } from '../split/types.js';
import type { DraftFact } from '../rules/types.js';
import type { OnDrop } from './types.js';
import { DONE_MARKERS, PLAN_MARKERS, PLAN_OPENERS } from './lexicon/plan-markers.js';

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
  const sentence = doc.sentences[f.sentenceIndex]!;
  const opening = doc.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 8)).trimStart();
  const opener = PLAN_OPENERS.find((w) => opening.startsWith(w));
  if (opener) return `a plan (the sentence opens with ${opener})`;
  let marker: string | null = null;
  // Bounded look-back (a few clauses of a few dozen characters), so that a page with no punctuation stays linear.
  for (let c = f.clauseIndex; c >= 0 && c > f.clauseIndex - MAX_CLAUSES && doc.clauses[c]!.sentenceIndex === f.sentenceIndex; c--) {
    const clause = doc.clauses[c]!;
    const end = c === f.clauseIndex ? f.quantity.start : clause.end;
    const text = doc.text.slice(Math.max(clause.start, end - MAX_CLAUSE_CHARS), end);
    // Walking back from the figure: a clause that says the work was done before any plan marker clears it.
    const done = DONE_MARKERS.some((w) => text.includes(w));
    const plan = PLAN_MARKERS.find((w) => text.includes(w));
    if (plan && (!done || text.lastIndexOf(plan) > Math.max(...DONE_MARKERS.map((w) => text.lastIndexOf(w))))) { marker = plan; break; }
    if (done) break;
  }
  return marker ? `a plan or target (${marker})` : null;
}
