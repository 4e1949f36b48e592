/**
 * China's administrative divisions (GB/T 2260) by full and short name, parsed
 * lazily once from the generated `gazetteer-data.ts`.
 *
 * @example
 * lookupPlaces('平城区')[0]?.code; // '140213'
 * regionOf(lookupPlaces('平城')[0]!); // { code: '140213', name: '平城区', province: '山西省', city: '大同市' }
 */
import type { Region } from '../../schema/fact.js';
import { GAZETTEER_DATA } from './gazetteer-data.js';

export type PlaceLevel = 'province' | 'city' | 'county';

export interface Place {
  code: string;
  name: string;
  short: string;
  level: PlaceLevel;
}

interface Index {
  byCode: Map<string, Place>;
  /** Codes of the cities that have counties or districts under them (东莞市, 中山市 have none: towns are directly under them). */
  withCounties: Set<string>;
  byName: Map<string, Place[]>;
  /** The first two UTF-16 units of every full or short name (first → seconds): most tokens are rejected on this alone. */
  openings: Map<number, Set<number>>;
}

let index: Index | undefined;

function load(): Index {
  if (index) return index;
  const byCode = new Map<string, Place>();
  const byName = new Map<string, Place[]>();
  const openings = new Map<number, Set<number>>();
  const withCounties = new Set<string>();
  const add = (key: string, p: Place) => {
    const list = byName.get(key);
    if (list) list.push(p); else byName.set(key, [p]);
    const seconds = openings.get(key.charCodeAt(0));
    if (seconds) seconds.add(key.charCodeAt(1)); else openings.set(key.charCodeAt(0), new Set([key.charCodeAt(1)]));
  };
  for (const line of GAZETTEER_DATA.split('\n')) {
    const [code, name, short] = line.split(',') as [string, string, string];
    const level: PlaceLevel = code.length === 2 ? 'province' : code.length === 4 ? 'city' : 'county';
    const place: Place = { code, name, short, level };
    byCode.set(code, place);
    // 441900 东莞市 repeats its city at the county level (towns lie directly under it): the name means the city.
    if (level === 'county' && byCode.get(code.slice(0, 4))?.name === name) continue;
    if (level === 'county') withCounties.add(code.slice(0, 4));
    add(name, place);
    if (short) add(short, place);
  }
  index = { byCode, byName, openings, withCounties };
  return index;
}

/** Whether towns lie directly under the city, with no county between (东莞市, 中山市, 嘉峪关市…, not 长春市). */
export function hasNoCounties(city: Place): boolean {
  return city.level === 'city' && !load().withCounties.has(city.code);
}

/** Every place whose full or short name is `name` (several for 鼓楼区, none for 新开区). */
export function lookupPlaces(name: string): Place[] {
  return load().byName.get(name) ?? [];
}

/** False when no place name (all have two characters or more) starts with `text[at]` `text[at + 1]`. */
export function mayStartPlace(text: string, at: number): boolean {
  return load().openings.get(text.charCodeAt(at))?.has(text.charCodeAt(at + 1)) ?? false;
}

/** The parent of a county (its prefecture, or its province for 省直辖 counties) or of a prefecture. */
export function parentOf(place: Place): Place | null {
  const { byCode } = load();
  if (place.level === 'county') return byCode.get(place.code.slice(0, 4)) ?? byCode.get(place.code.slice(0, 2)) ?? null;
  if (place.level === 'city') return byCode.get(place.code.slice(0, 2)) ?? null;
  return null;
}

/** True when `inner` lies inside `outer` (or is it). */
export function isWithin(inner: Place, outer: Place): boolean {
  return inner.code.startsWith(outer.code);
}

/** The fact's `region`: code, full name, province and prefecture names. */
export function regionOf(place: Place): Region {
  const { byCode } = load();
  const province = byCode.get(place.code.slice(0, 2))?.name ?? null;
  const city = place.level === 'county' ? byCode.get(place.code.slice(0, 4))?.name ?? null
    : place.level === 'city' ? place.name : null;
  return { code: place.code, name: place.name, province: place.level === 'province' ? place.name : province, city };
}

/**
 * The one place `name` means, given places already known from the context
 * (平城 with 大同市 known → 平城区 140213); null when none or still ambiguous.
 */
export function resolvePlace(name: string, context: readonly Place[] = []): Place | null {
  const candidates = lookupPlaces(name);
  if (candidates.length <= 1) return candidates[0] ?? null;
  const inContext = candidates.filter((c) => context.some((k) => isWithin(c, k) || isWithin(k, c)));
  if (inContext.length === 1) return inContext[0]!;
  // A full name beats short-name homonyms (吉林省 vs 吉林市 for 吉林 stays ambiguous).
  const exact = (inContext.length ? inContext : candidates).filter((c) => c.name === name);
  if (exact.length === 1) return exact[0]!;
  // Prefer the higher level when a short name is shared by a province and a city of it (吉林).
  const levels = new Set(candidates.map((c) => c.level));
  if (levels.size > 1 && candidates.filter((c) => c.level === 'province').length === 1) return candidates.find((c) => c.level === 'province')!;
  // … and by a city and a county under it (长沙: 长沙市 and 长沙县): the city.
  const cities = candidates.filter((c) => c.level === 'city');
  if (cities.length === 1 && candidates.every((c) => c === cities[0] || isWithin(c, cities[0]!))) return cities[0]!;
  return null;
}
