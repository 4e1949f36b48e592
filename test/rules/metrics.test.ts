import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { METRIC_FAMILIES } from '../../src/rules/metrics/index.js';

// Every example row beside a metric family runs through the whole extractor:
// the figure must be found, and get the metric (and action/object where the row says).
for (const [family, { examples, negatives }] of Object.entries(METRIC_FAMILIES)) {
  describe(`metric family ${family}`, () => {
    it.each(examples)('$text → $quantity is $metric', (row) => {
      const fact = extract(row.text).facts.find((f) => f.text === row.quantity);
      expect(fact, `no fact ${row.quantity} in ${row.text}`).toBeDefined();
      expect(fact!.metric).toBe(row.metric);
      if (row.action !== undefined) expect(fact!.action).toBe(row.action);
      if (row.object !== undefined) expect(fact!.object).toBe(row.object);
    });
    if (negatives?.length) {
      it.each(negatives)('$text → $quantity is not this family ($reason)', (row) => {
        const fact = extract(row.text).facts.find((f) => f.text === row.quantity);
        expect(fact?.metric ?? row.metric).toBe(row.metric);
      });
    }
  });
}
