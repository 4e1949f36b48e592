import type { Quantity } from '../quantities/types.js';
import type { Metric } from '../schema/fact.js';

/** A quantity the rules engine has read as a metric; offsets into the normalised text. */
export interface DraftFact {
  quantity: Quantity;
  metric: Metric;
  action: string | null;
  object: string | null;
  /** Id of the rule that named the metric (`other` when none did). */
  rule: string;
  clauseIndex: number;
  sentenceIndex: number;
  paragraphIndex: number;
  articleIndex: number;
}
