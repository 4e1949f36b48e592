import type { Rule } from '../../schema/rule.js';
import type { Metric } from '../../schema/fact.js';

/** A real clause and the metric the rules must give its figure (`quantity` is the figure's text). */
export interface MetricExample {
  text: string;
  quantity: string;
  metric: Metric;
  action?: string | null;
  object?: string | null;
}

export interface MetricFamily {
  rules: Rule[];
  examples: MetricExample[];
  /** Clauses whose figure must NOT get this family's metrics, with the reason. */
  negatives?: Array<MetricExample & { reason: string }>;
}
