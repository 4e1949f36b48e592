import { z } from 'zod';
import { MetricSchema } from './fact.js';

/**
 * A metric rule: which verb / object / unit combinations report a metric.
 * A fact's verb, object and unit are found by the rules engine; the rule with the
 * most specific match (then highest priority) names the metric. A word matches
 * when the fact's action or object *contains* it (`排查` matches `排查整治`).
 *
 * @example
 * { id: 'hazards.found:排查', metric: 'hazards.found', verbs: ['排查', '发现'], objects: ['隐患', '问题'] }
 */
export const RuleSchema = z.object({
  id: z.string().min(1, 'rule id must be a non-empty string'),
  metric: MetricSchema,
  verbs: z.array(z.string().min(1)).optional(),
  objects: z.array(z.string().min(1)).optional(),
  units: z.array(z.string().min(1)).optional(),
  /** Units that stop the rule from matching (hazards are counted, not measured: 清理可燃物850公顷). */
  notUnits: z.array(z.string().min(1)).optional(),
  kinds: z.array(z.enum(['count', 'money', 'percent', 'percentage_point', 'permille', 'fraction', 'number'])).optional(),
  /** Matches only figures reported without a verb (`其中重大隐患6条`, `直接经济损失1268.4万元`). */
  noAction: z.boolean().optional(),
  /** Words that, when in the action or object, stop the rule from matching. */
  not: z.array(z.string().min(1)).optional(),
  priority: z.number().int().default(0),
}).strict().refine(
  (r) => Boolean(r.verbs?.length || r.objects?.length || r.units?.length || r.kinds?.length),
  { message: 'a rule needs at least one of verbs, objects, units or kinds' },
);

export type Rule = z.input<typeof RuleSchema>;
export type ParsedRule = z.output<typeof RuleSchema>;
