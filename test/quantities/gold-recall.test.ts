/**
 * Recall of the gold quantities (corpus/gold, seeds and synthetic) by
 * findQuantities alone. Floors sit just under what the engine reaches
 * (`npx tsx test/quantities/gold-recall.ts` prints the figures): raise them when
 * the figures rise, never lower them to make a change pass.
 */
import { describe, expect, it } from 'vitest';
import { measureGoldRecall } from './gold-recall.js';

const FLOORS = { recall: 0.995, bounds: 0.995, unit: 0.995, text: 0.995 };

describe('gold recall of findQuantities', () => {
  const r = measureGoldRecall();
  it(`finds ${r.found}/${r.facts} gold quantities with their values`, () => {
    expect(r.facts).toBeGreaterThan(390);
    expect(r.recall).toBeGreaterThanOrEqual(FLOORS.recall);
  });
  it('agrees with the gold on bounds, unit and text of the found ones', () => {
    expect(r.boundsAgree / r.found).toBeGreaterThanOrEqual(FLOORS.bounds);
    expect(r.unitAgree / r.found).toBeGreaterThanOrEqual(FLOORS.unit);
    expect(r.textAgree / r.found).toBeGreaterThanOrEqual(FLOORS.text);
  });
});
