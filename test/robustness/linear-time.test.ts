/**
 * Adversarial inputs finish in linear time. STYLE.md keeps timings out of unit
 * tests except this one kind: a ratio of two timings in the same process, which
 * does not depend on the machine. Ten times the text may cost at most 30 times
 * the time (linear is 10; quadratic would be 100).
 *
 * Noise: the small size is timed over enough repeated calls to last ≥ 20 ms, and
 * each size takes the best of 3, so that a GC pause or a neighbour's burst of CPU
 * does not decide the ratio. A failing ratio is measured twice more (`retry: 2`) before
 * it fails: the test files run side by side on few cores, and one burst of a
 * neighbour during a ~60 ms measurement once gave a linear case a ratio of 33 (its
 * usual 13); a quadratic case fails every attempt.
 */
import { describe, expect, it } from 'vitest';
import { extract, findQuantities } from '../../src/index.js';
import { readSources } from '../bench/lib/corpus.js';

const SMALL = 20_000;
const LARGE = 200_000;
const MAX_RATIO = 30;

const ROOT = new URL('../../', import.meta.url).pathname;
/** Report text with every punctuation mark, space and line break removed: one endless clause. */
const UNPUNCTUATED = readSources(ROOT).join('').replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');
/** The bundled reports, page after page, as one string: many articles whose event periods (行动期间) are looked up across the page. */
const PAGES = readSources(ROOT).join('\n\n');

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/**
 * Milliseconds of one call of `fn(text)`: best of 3, each averaged over calls
 * lasting ≥ 20 ms. Stops early once one call exceeds `failAboveMs` (the ratio has
 * failed whatever the other rounds give), so that a quadratic case costs one call.
 */
function timeCall(fn: (t: string) => unknown, text: string, failAboveMs = Infinity): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    let calls = 0;
    const t0 = performance.now();
    let elapsed = 0;
    do {
      fn(text);
      calls++;
      elapsed = performance.now() - t0;
    } while (elapsed < 20);
    best = Math.min(best, elapsed / calls);
    if (best > failAboveMs) break;
  }
  return best;
}

const ADVERSARIAL: [string, (n: number) => string][] = [
  ['a run of digits', (n) => repeatTo('1234567890', n)],
  ['a run of full-width digits', (n) => repeatTo('１２３４５６７８９０', n)],
  ['a run of 万', (n) => repeatTo('万', n)],
  ['a run of 亿万', (n) => repeatTo('亿万', n)],
  ['a run of Chinese numerals', (n) => repeatTo('一二三四五六七八九十百千万亿', n)],
  ['a run of 零', (n) => repeatTo('零', n)],
  ['a run of "1,"', (n) => repeatTo('1,', n)],
  ['a run of "1."', (n) => repeatTo('1.', n)],
  ['a run of qualifiers 多余近约', (n) => repeatTo('多余近约', n)],
  ['a run of 超过以上至', (n) => repeatTo('超过以上至', n)],
  ['a run of 、', (n) => repeatTo('、', n)],
  ['a run of "1、"', (n) => repeatTo('1、', n)],
  ['a run of "1至"', (n) => repeatTo('1至', n)],
  ['a run of "1（"', (n) => repeatTo('1（', n)],
  ['a run of "1户（一户"', (n) => repeatTo('1户（一户', n)],
  ['a run of "1-"', (n) => repeatTo('1-', n)],
  ['a run of (', (n) => repeatTo('(', n)],
  ['a run of （', (n) => repeatTo('（', n)],
  ['a run of “', (n) => repeatTo('“', n)],
  ['a run of %', (n) => repeatTo('%', n)],
  ['a run of newlines', (n) => repeatTo('\n', n)],
  ['a run of CRLF', (n) => repeatTo('\r\n', n)],
  ['a run of lone surrogates', (n) => repeatTo('\uD800', n)],
  ['figures with no punctuation', (n) => repeatTo('3.5万项', n)],
  ['metric clauses with no punctuation', (n) => repeatTo('全市排查隐患3处整改2处罚款5万元', n)],
  ['a list of places, then 分别 and a run of figures', (n) => '绍兴市通报\n\n' + repeatTo('越城区、', n / 2) + '柯桥区分别为' + repeatTo('3家、', n / 2)],
  ['report text with no punctuation', (n) => repeatTo(UNPUNCTUATED, n)],
  ['whole reports, page after page', (n) => repeatTo(PAGES, n)],
];

describe(`linear time: time(${LARGE} chars) / time(${SMALL} chars) < ${MAX_RATIO}`, { retry: 2 }, () => {
  extract('整改23万项'); // load the dictionary before any timing

  it.each(ADVERSARIAL)('extract: %s', (_, make) => {
    const small = timeCall(extract, make(SMALL));
    const large = timeCall(extract, make(LARGE), small * MAX_RATIO * 2);
    const ratio = large / small;
    expect(ratio, `${small.toFixed(2)} ms → ${large.toFixed(2)} ms`).toBeLessThan(MAX_RATIO);
  });

  it.each(ADVERSARIAL)('findQuantities: %s', (_, make) => {
    const small = timeCall(findQuantities, make(SMALL));
    const large = timeCall(findQuantities, make(LARGE), small * MAX_RATIO * 2);
    const ratio = large / small;
    expect(ratio, `${small.toFixed(2)} ms → ${large.toFixed(2)} ms`).toBeLessThan(MAX_RATIO);
  });
});

describe('a 10 MB line', () => {
  it('of report text with no punctuation completes', () => {
    // 10 MB of UTF-8 (about 3.4 M characters): one clause, as scraped text can be.
    let text = repeatTo(UNPUNCTUATED, 3_500_000);
    while (Buffer.byteLength(text, 'utf8') > 10_000_000) text = text.slice(0, text.length - 10_000);
    const t0 = performance.now();
    const { facts } = extract(text);
    const ms = performance.now() - t0;
    console.log(`10 MB line (${text.length} chars): ${facts.length} facts in ${(ms / 1000).toFixed(1)} s`);
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts.slice(0, 1000)) expect(text.slice(f.start, f.end)).toBe(f.text);
  }, 180_000);
});
