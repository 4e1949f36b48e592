import { assertText } from '../errors.js';
import { foldText } from './fold-text.js';
import { readQuantityAt } from './read-quantity.js';
import type { Quantity } from './types.js';
export type { Quantity, Qualifier, QuantityKind } from './types.js';

/**
 * Where a quantity can start (folded text): a digit, a Chinese or financial
 * numeral, `半`, a leading `.`. Most report text has none of these, so the scan
 * jumps from candidate to candidate, one table lookup per code unit.
 */
const CANDIDATE_CHARS = '0123456789.〇零一二两三四五六七八九十百千万亿兆壹贰貳叁参肆伍陆柒捌玖拾佰仟倆俩半';
const IS_CANDIDATE: Readonly<Uint8Array> = flagTable(CANDIDATE_CHARS);
/** URLs and e-mail addresses are skipped whole: `http://www.jl.gov.cn/2023/05` holds no quantity. */
const LINK = /(?:https?:\/\/|www\.)[\x21-\x7e]{1,2000}|[\w.+-]{1,64}@[\w-]{1,64}(?:\.[\w-]{1,64}){1,8}/gi;

/**
 * Every quantity in `text`: sorted by start, non-overlapping, with
 * `text.slice(q.start, q.end) === q.text`. Values follow corpus/gold/ANNOTATION.md
 * (万 ×10⁴, 亿 ×10⁸, money in 元, percent as 97, qualifiers as bounds).
 * Dates, times, ordinals, codes and numerals inside names are not quantities.
 * Linear in the length of the text.
 *
 * @example
 * findQuantities('排查各类安全隐患23.7万项，整改率97%');
 * // [{ text: '23.7万项', value: 237000, unit: '项', qualifier: 'exact', … },
 * //  { text: '97%', value: 97, unit: '%', kind: 'percent', … }]
 */
export function findQuantities(text: string): Quantity[] {
  assertText(text, 'findQuantities');
  if (text.length === 0) return [];
  const s = foldText(text);
  const links = findLinks(s);
  const out: Quantity[] = [];
  let floor = 0, link = 0;
  for (let i = nextCandidate(s, 0); i < s.length; i = nextCandidate(s, i)) {
    while (link < links.length && links[link]![1] <= i) link++;
    if (link < links.length && links[link]![0] <= i) { i = links[link]![1]; continue; }
    const r = readQuantityAt(s, text, i, floor);
    if (r.quantity) { out.push(approxFromBefore(r.quantity, s)); floor = r.quantity.end; }
    i = Math.max(r.next, i + 1);
  }
  return out;
}

/**
 * A share that 约 bounds from before its verb (约占全县的六成, 約佔四成), or an amount from before its currency's name
 * (約新臺幣386萬元): approximate, though 约 is no part of its text
 * (the text keeps to the figure, as ANNOTATION.md's spans do).
 */
function approxFromBefore(q: Quantity, s: string): Quantity {
  if (q.qualifier !== 'exact') return q;
  const before = s.slice(Math.max(0, q.start - 10), q.start);
  const bounded = q.kind === 'percent' ? APPROX_SHARE_BEFORE.test(before) : q.kind === 'money' && APPROX_CURRENCY_BEFORE.test(before);
  return bounded ? { ...q, qualifier: 'approx', min: null, max: null } : q;
}
const APPROX_SHARE_BEFORE = /(?:约|大约|約)(?:占|佔)[^，,。；;：:！？\n\d]{0,6}$/;
/** … and an amount whose currency is named between 约 and the number (財物損失估計約新臺幣386萬元). */
const APPROX_CURRENCY_BEFORE = /(?:约|大约|約)(?:新台币|新臺幣|人民币|人民幣|港币|港幣|澳门币|澳門幣|美元)$/;

/** The first candidate at or after `i`, or `s.length`. */
function nextCandidate(s: string, i: number): number {
  while (i < s.length && IS_CANDIDATE[s.charCodeAt(i)] === 0) i++;
  return i;
}

/** 1 at the code of each of `chars`, 0 elsewhere: a test per code unit without a call. */
function flagTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

function findLinks(s: string): [number, number][] {
  if (!s.includes('@') && !/https?:|www\./i.test(s)) return [];
  return [...s.matchAll(new RegExp(LINK.source, 'gi'))].map((m) => [m.index, m.index + m[0].length]);
}
