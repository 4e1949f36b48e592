import type { DocumentStructure } from '../split/types.js';
import type { Quantity } from '../quantities/types.js';
import type { Segmenter } from '../words/segmenter.js';
import type { SentenceWords } from '../words/sentence-words.js';
import type { ParsedRule } from '../schema/rule.js';
import { RuleSchema } from '../schema/rule.js';
import type { DraftFact } from './types.js';
import { tokenizeClause } from '../words/tokenize-clause.js';
import { readClause } from './engine/read-clause.js';
import { classify } from './engine/classify.js';
import { groupByClause } from './engine/group-by-clause.js';
import { BUILTIN_RULES } from './metrics/index.js';
import { NOT_ACTIONS } from './lexicon/function-words.js';
import { SPECIFICATION_UNITS } from './lexicon/specification-units.js';
import { sameCountedKind } from './lexicon/person-units.js';
import { REPORT_VERBS } from './lexicon/report-verbs.js';

export type { DraftFact } from './types.js';

/** The rules of one extractor and the verbs they name, prepared once (see {@link prepareRules}). */
export interface PreparedRules {
  rules: readonly ParsedRule[];
  verbs: ReadonlySet<string>;
}

export interface ReadFactsOptions extends PreparedRules {
  segmenter: Segmenter;
  /** The document's sentences, tagged once and shared with attribution; without it each clause piece is tagged alone. */
  words?: SentenceWords;
}

/** Merges custom rules into the built-ins and collects their verbs: once per extractor, not per document. */
export function prepareRules(customRules: readonly ParsedRule[]): PreparedRules {
  const rules = mergeRules(customRules);
  return { rules, verbs: verbLexicon(rules) };
}

const PARSED_BUILTINS: readonly ParsedRule[] = BUILTIN_RULES.map((r) => RuleSchema.parse(r));

/** Custom rules first (they win ties); one with a built-in's id replaces it. */
export function mergeRules(custom: readonly ParsedRule[]): ParsedRule[] {
  const replaced = new Set(custom.map((r) => r.id));
  return [...custom, ...PARSED_BUILTINS.filter((r) => !replaced.has(r.id))];
}

/** Every verb any rule names, and the report verbs of no metric: the clause reader treats them as verbs whatever jieba's tag. */
export function verbLexicon(rules: readonly ParsedRule[]): Set<string> {
  const out = new Set<string>(REPORT_VERBS);
  for (const r of rules) for (const v of r.verbs ?? []) if (!v.endsWith('率') && !NOT_ACTIONS.has(v)) out.add(v);
  return out;
}

/**
 * Reads the figures of a document as metric facts: groups quantities by clause,
 * segments only those clauses, reads action and object, and classifies. Layout
 * repeats and prose figures are dropped afterwards, by refine/.
 */
export function readFacts(doc: DocumentStructure, quantities: Quantity[], options: ReadFactsOptions): DraftFact[] {
  const { rules, verbs } = options;
  const facts: DraftFact[] = [];
  let lastObject: { sentence: number; object: string; unit: string | null } | null = null;
  let lastAction: { sentence: number; action: string; unit: string | null } | null = null;
  // Specification figures (`10千伏配电线路`) are words of the noun they describe, not counts.
  const counts = quantities.filter((q) => !(q.unit && SPECIFICATION_UNITS.has(q.unit)));
  for (const group of groupByClause(doc, counts)) {
    const { clause, sentence, paragraph } = group;
    const tokens = tokenizeClause(doc.text, clause.start, clause.end, group.quantities, options.segmenter, options.words?.of(sentence.index));
    for (const reading of readClause(tokens, verbs)) {
      const quantity = tokens[reading.tokenIndex]!.quantity!;
      // Ellipsis: `整改23万项` counts what the sentence counted before (安全隐患) — for the metric only,
      // and not from things to people (`移交问题线索10件，处理处分11人`).
      const inherited = lastObject && lastObject.sentence === sentence.index && sameCountedKind(lastObject.unit, quantity.unit) ? lastObject.object : null;
      let chosen = reading;
      let { metric, rule } = classify({ action: reading.action, object: reading.object, inherited, topic: reading.topic, after: reading.after ?? null, quantity, trend: reading.trend }, rules);
      if (metric === 'other' && reading.alternative) {
        const alt = reading.alternative;
        const second = classify({ action: alt.action, object: alt.object, inherited, topic: alt.topic, after: reading.after ?? null, quantity, trend: alt.trend }, rules);
        if (second.metric !== 'other') ({ metric, rule } = second), (chosen = alt);
      }
      // 检查企业320家，其中危化品企业45家: a 其中 part with no verb of its own is counted by the whole's verb (for the metric only).
      if (metric === 'other' && reading.action === null && lastAction && lastAction.sentence === sentence.index
        && sameCountedKind(lastAction.unit, quantity.unit) && /^[\s，,]*其中/.test(doc.text.slice(clause.start, Math.min(clause.end, clause.start + 6)))) {
        const whole = classify({ action: lastAction.action, object: reading.object, inherited, topic: reading.topic, after: reading.after ?? null, quantity, trend: reading.trend }, rules);
        if (whole.metric !== 'other') ({ metric, rule } = whole);
      }
      if (reading.object) lastObject = { sentence: sentence.index, object: reading.object, unit: quantity.unit };
      if (chosen.action) lastAction = { sentence: sentence.index, action: chosen.action, unit: quantity.unit };
      facts.push({
        quantity, metric, action: chosen.action, object: chosen.object, rule,
        clauseIndex: clause.index, sentenceIndex: sentence.index, paragraphIndex: paragraph.index, articleIndex: paragraph.articleIndex,
      });
    }
  }
  return facts;
}
