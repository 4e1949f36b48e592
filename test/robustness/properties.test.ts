/**
 * Properties that hold for any input string: extract() and findQuantities()
 * never throw, every offset slices the caller's string to the reported text,
 * every value is finite and inside its bounds, and facts validate against the
 * schema. Counterexamples are shrunk by fast-check to a minimal input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, FactSchema, findQuantities, type Fact, type Quantity } from '../../src/index.js';
import { anyText, reportText } from './arbitraries.js';

const RUNS = Number(process.env.ZRM_PROPERTY_RUNS ?? 500);

/** Throws (so that fast-check reports and shrinks) when a span or value is wrong. */
function checkSpan(text: string, s: { start: number; end: number; text: string }, what: string): void {
  if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length)) {
    throw new Error(`${what} offsets [${s.start}, ${s.end}) outside the input of length ${text.length}`);
  }
  if (text.slice(s.start, s.end) !== s.text) {
    throw new Error(`${what} text ${JSON.stringify(s.text)} but input.slice(${s.start}, ${s.end}) is ${JSON.stringify(text.slice(s.start, s.end))}`);
  }
}

function checkValue(q: Pick<Quantity, 'value' | 'min' | 'max'>, what: string): void {
  if (!Number.isFinite(q.value)) throw new Error(`${what} value ${q.value} is not finite`);
  for (const bound of [q.min, q.max]) {
    if (bound !== null && !Number.isFinite(bound)) throw new Error(`${what} bound ${bound} is not finite`);
  }
  if (q.min !== null && q.max !== null && !(q.min <= q.value && q.value <= q.max)) {
    throw new Error(`${what} value ${q.value} outside [${q.min}, ${q.max}]`);
  }
}

/** Facts and quantities seen, so that a test can assert the properties were not vacuous. */
const seen = { facts: 0, quantities: 0 };

function checkExtract(text: string): void {
  const { facts, articles } = extract(text);
  seen.facts += facts.length;
  facts.forEach((f: Fact, i) => {
    checkSpan(text, f, `facts[${i}]`);
    checkValue(f, `facts[${i}] ${JSON.stringify(f.text)}`);
    const parsed = FactSchema.safeParse(f);
    if (!parsed.success) throw new Error(`facts[${i}] fails FactSchema: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
  });
  for (const a of articles) {
    if (!(0 <= a.start && a.start <= a.end && a.end <= text.length)) throw new Error(`article ${a.index} offsets [${a.start}, ${a.end}) outside the input`);
  }
}

function checkQuantities(text: string): void {
  const quantities = findQuantities(text);
  seen.quantities += quantities.length;
  quantities.forEach((q, i) => {
    checkSpan(text, q, `quantities[${i}]`);
    checkValue(q, `quantities[${i}] ${JSON.stringify(q.text)}`);
  });
}

describe('extract() on any input', () => {
  it('never throws; facts slice the input, have finite values within bounds and validate', () => {
    seen.facts = 0;
    fc.assert(fc.property(reportText(), (text) => checkExtract(text)), { numRuns: RUNS });
    expect(seen.facts, 'the random texts should yield some facts').toBeGreaterThan(0);
  });

  it('does the same on arbitrary UTF-16 (lone surrogates, control characters)', () => {
    fc.assert(fc.property(anyText(), (text) => checkExtract(text)), { numRuns: Math.ceil(RUNS / 2) });
  });

  it('does the same on long report-like texts', () => {
    fc.assert(fc.property(reportText(600), (text) => checkExtract(text)), { numRuns: Math.ceil(RUNS / 5) });
  });
});

describe('findQuantities() on any input', () => {
  it('never throws; quantities slice the input and have finite values within bounds', () => {
    seen.quantities = 0;
    fc.assert(fc.property(reportText(), (text) => checkQuantities(text)), { numRuns: RUNS * 2 });
    expect(seen.quantities, 'the random texts should hold some quantities').toBeGreaterThan(0);
  });

  it('does the same on arbitrary UTF-16', () => {
    fc.assert(fc.property(anyText(), (text) => checkQuantities(text)), { numRuns: RUNS });
  });
});

it('the property checks catch a wrong offset (self-test)', () => {
  expect(() => checkSpan('abc', { start: 0, end: 2, text: 'bc' }, 'x')).toThrow(/slice/);
  expect(() => checkValue({ value: 5, min: 6, max: 7 }, 'x')).toThrow(/outside/);
  expect(() => checkValue({ value: Infinity, min: null, max: null }, 'x')).toThrow(/finite/);
});
