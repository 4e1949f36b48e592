/**
 * Bad input and linear time: non-strings get a TypeError, '' gives [], and long
 * runs of the characters the readers loop on finish in time that grows
 * linearly (ratio of 200 000 to 20 000 characters, not absolute times; the
 * small run counts as at least 5 ms so timer noise on a shared machine cannot
 * fail a linear case, while a quadratic one is 100× slower).
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/quantities/index.js';

describe('bad input', () => {
  it.each([[null], [undefined], [42], [{}], [['2家']], [Buffer.from('2家')]])('%s throws a TypeError', (bad) => {
    expect(() => findQuantities(bad as unknown as string)).toThrow(TypeError);
  });
  it('empty text gives no quantities', () => expect(findQuantities('')).toEqual([]));
  it('text with no candidate character gives none', () => expect(findQuantities('各地认真落实安全生产责任制。')).toEqual([]));
});

const time = (text: string) => {
  const t0 = performance.now();
  findQuantities(text);
  return performance.now() - t0;
};

/** Median of five runs, to keep a shared machine's noise out. */
const median = (f: () => number) => [f(), f(), f(), f(), f()].sort((a, b) => a - b)[2]!;

describe('linear time', { retry: 2 }, () => {
  it.each([
    ['万'], ['1'], ['1,'], ['多'], ['约'], ['一'], ['十'], ['三四'], ['二〇'], ['1.'], ['1至'], ['百分之'], ['9月'], ['约1万余家，'],
  ])('200 000 × %s grows linearly', (unit) => {
    const small = unit.repeat(Math.ceil(20_000 / unit.length));
    const large = unit.repeat(Math.ceil(200_000 / unit.length));
    time(small); time(small); time(large);
    const ratio = median(() => time(large)) / Math.max(median(() => time(small)), 5);
    expect(ratio).toBeLessThan(30);
  });
});
