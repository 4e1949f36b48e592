/**
 * What an article is about: its subject (the first place or organisation of its
 * headline and heading lines, else of its opening sentences) and the chain of
 * places it stands in (province, prefecture, county), from the gazetteer.
 * `长春扎实开展…` → 长春 (长春市, 吉林省); `北关区:全力构筑…` → 北关区 (安阳市, 河南省);
 * `中秋节假期全省安全生产形势保持平稳` + `记者在省应急管理厅获悉` → 省应急管理厅 (no chain).
 */
import { lookupPlaces, parentOf, regionOf, resolvePlace, type Place } from './gazetteer.js';
import { SELF_NAMING_REFERENCES } from './lexicon.js';
import type { OrgMention } from './types.js';

export interface PlaceChain {
  province: Place | null;
  city: Place | null;
  county: Place | null;
}

export interface ArticlePlace {
  subject: OrgMention | null;
  chain: PlaceChain;
}

const EMPTY: PlaceChain = { province: null, city: null, county: null };

/**
 * The subject among the headline's mentions, else the opening's; references (全省) do not count,
 * 全国 does. In the opening an actor comes first (`我市气温骤降…平城区园林绿化中心启动…`); a place
 * named only as a location (`最大降雨量出现在和平区`) is the subject only when the article does not
 * speak of itself as 我市/本市 (then only a body is: `记者在省应急管理厅获悉` → 省应急管理厅).
 */
export function pickSubject(headingMentions: OrgMention[], openingMentions: OrgMention[]): OrgMention | null {
  const ok = (m: OrgMention) => m.kind !== 'reference' || m.reference === '全国' || m.reference === '我国' || (m.reference !== null && m.reference in SELF_NAMING_REFERENCES);
  const fromHeading = headingMentions.find(ok);
  const concrete = openingMentions.filter((m) => ok(m) && (m.kind !== 'reference' || m.reference! in SELF_NAMING_REFERENCES));
  // A place the headline names only in a facility's name (重庆大学城开展…) yields to an actor of the opening (沙坪坝区教委会同…).
  if (fromHeading && fromHeading.kind === 'place' && !fromHeading.actor) return concrete.find((m) => m.actor) ?? fromHeading;
  if (fromHeading) return fromHeading;
  const selfReference = [...headingMentions, ...openingMentions].some((m) => m.reference !== null && SELF_REFERENCES.has(m.reference));
  // With 我市 the article names no place of its own, but a body it reports from still speaks for it (记者从市文化广电和旅游局获悉).
  return concrete.find((m) => m.actor) ?? (selfReference ? concrete.find((m) => m.kind === 'org') ?? null : concrete[0] ?? null);
}

/** How an article names its own place without naming it: 我市, 本省 … */
export const SELF_REFERENCES: ReadonlySet<string> = new Set(['我省', '本省', '我市', '本市', '我区', '本区', '我县', '本县']);

/** A local newspaper's name on its page (廊坊日报, 长春晚报): the place its 我市 means. */
const NEWSPAPER = /^([\u4e00-\u9fa5]{2,4}?)(?:日报|晚报|都市报|商报|时报)/;

/**
 * The place of an article that calls itself 我市/我县 and names none, from the newspaper named on its page
 * (`廊坊日报　2026年5月20日　第2版` … `我市今年以来排查整治管道隐患437处` → 廊坊市): its subject and chain, or null.
 */
export function newspaperPlace(lines: readonly string[], level: 'province' | 'city' | 'county'): { subject: { org: string; region: ReturnType<typeof regionOf> }; chain: PlaceChain } | null {
  for (const line of lines) {
    const m = NEWSPAPER.exec(line.trim());
    const place = m ? lookupPlaces(m[1]!).find((p) => p.level === level) : undefined;
    if (!place) continue;
    const chain: PlaceChain = { province: null, city: null, county: null };
    for (let p: Place | null = place; p; p = parentOf(p)) chain[p.level] = p;
    return { subject: { org: place.name, region: regionOf(place) }, chain };
  }
  return null;
}

/** Places of the mentions, ambiguous names settled by the unambiguous ones (平城 with 大同 → 平城区). */
export function resolveMentionPlaces(mentions: OrgMention[]): Place[] {
  const names = mentions.flatMap((m) => m.places.filter((p) => p.known).map((p) => p.name));
  const sure = names.map((n) => lookupPlaces(n)).filter((l) => l.length === 1).map((l) => l[0]!);
  const out: Place[] = [];
  for (const n of names) {
    const p = resolvePlace(n, sure);
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
}

/** The chain of the deepest place of `subject`, else of the first place among `mentions`. */
export function placeChain(subject: OrgMention | null, mentions: OrgMention[]): PlaceChain {
  const context = resolveMentionPlaces(mentions);
  const own = subject ? resolveMentionPlaces([subject]) : [];
  const candidates = own.length ? own : context;
  const deepest = candidates.reduce<Place | null>((best, p) => (!best || p.code.length > best.code.length ? p : best), null);
  if (!deepest) return EMPTY;
  const chain: PlaceChain = { province: null, city: null, county: null };
  for (let p: Place | null = deepest; p; p = parentOf(p)) chain[p.level] = p;
  return chain;
}
