import { expect, it } from 'vitest';
import { scoreGoldAttribution } from './gold-harness.js';

// Floors on every non-optional gold fact (not only those the rules engine matches):
// the targets are org ≥ 0.90 and period (periodStart) ≥ 0.85.
it('attributes the gold facts: org ≥ 0.90, periodStart ≥ 0.85', () => {
  const { org, period } = scoreGoldAttribution();
  expect(org).toBeGreaterThanOrEqual(0.9);
  expect(period).toBeGreaterThanOrEqual(0.85);
});
