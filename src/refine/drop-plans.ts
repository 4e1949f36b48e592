import type { DocumentStructure } from '../split/types.js';
import type { DraftFact } from '../rules/types.js';
import type { OnDrop } from './types.js';
import { PLAN_MARKERS, PLAN_OPENERS } from './lexicon/plan-markers.js';

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
 * (`下一步，将组织应急演练30场`), or its clause says 力争/计划于/将继续… before it
 * (`力争全年食品抽检量不少于4000批次`). A plan in one clause does not reach the next
 * (`将继续开展检查，今年以来已检查企业320家` keeps 320家).
 */
export function planReason(f: DraftFact, doc: DocumentStructure): string | null {
  const sentence = doc.sentences[f.sentenceIndex]!;
  const clause = doc.clauses[f.clauseIndex]!;
  const opening = doc.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 8)).trimStart();
  if (PLAN_OPENERS.some((w) => opening.startsWith(w))) return 'a plan (the sentence opens with ' + PLAN_OPENERS.find((w) => opening.startsWith(w)) + ')';
  const before = doc.text.slice(clause.start, f.quantity.start);
  const marker = PLAN_MARKERS.find((w) => before.includes(w));
  return marker ? `a plan or target (${marker})` : null;
}
