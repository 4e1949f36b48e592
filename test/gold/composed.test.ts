import { describe, expect, it } from 'vitest';
import { scoreComposed, totalComposed } from '../tools/score-composed.js';

// Floors just under today's figures on the composed reports (npm run eval:composed):
// 24 reports: found 98.8%, metric 94.2%, no plan reported, two extra facts.
const t = totalComposed(scoreComposed('corpus/composed'));

describe('composed reports (corpus/composed) stay above their floors', () => {
  it('finds at least 97% of the expected figures', () => expect(t.recall).toBeGreaterThanOrEqual(0.97));
  it('gives at least 92% of the scored figures the expected metric', () => expect(t.metricAgreement).toBeGreaterThanOrEqual(0.92));
  it('reports no plan or target', () => expect(t.plansReported).toBe(0));
  it('reports at most 3 facts nobody expected', () => expect(t.extra).toBeLessThanOrEqual(3));
});
