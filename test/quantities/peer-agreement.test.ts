/**
 * Agreement with the Recognizers-Text Chinese number and percent suites
 * (`npm run peer` prints the rate and the differing cases by reason). The floor
 * sits just under what the engine reaches; the differences left are listed,
 * most of them on purpose, in docs/quantities.md.
 */
import { describe, expect, it } from 'vitest';
import { measurePeerAgreement } from '../tools/peer-agreement.js';

const FLOOR = 0.9;

describe('peer agreement (Recognizers-Text Number + Percent, JavaScript-supported cases)', () => {
  const r = measurePeerAgreement();
  it(`agrees on ${r.agree}/${r.cases} cases (same values at the same starts)`, () => {
    expect(r.cases).toBeGreaterThan(450);
    expect(r.rate).toBeGreaterThanOrEqual(FLOOR);
  });
});
