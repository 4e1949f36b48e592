/**
 * From a mention to the org of a figure. Government bodies give their place
 * (the gold's choice: 区住建局 → 汇川区, 绍兴市应急管理局 → 绍兴市, 平城区水泊寺街道办事处 →
 * 平城区水泊寺街道); other bodies keep their name (国网长春供电公司, 消防救援队伍);
 * ministries the nation's (应急管理部 → 全国); references take the article's place (全市 → 长春市, 该区 → 北关区, 全省 → the article's
 * subject when no province is known), 该公司 the last company named before it.
 */
import type { Region } from '../../schema/fact.js';
import { MAX_LOOKBACK } from '../spans.js';
import { hasNoCounties, isWithin, regionOf, resolvePlace, type Place } from './gazetteer.js';
import type { PlaceChain } from './article-place.js';
import { endsWithAny } from './tokens.js';
import { MINISTRY_SUFFIXES, REFERENCE_WORDS, SAME_KIND_REFERENCES, SELF_NAMING_REFERENCES } from './lexicon.js';
import type { OrgMention } from './types.js';

export interface OrgResolution {
  org: string | null;
  region: Region | null;
  /** The mention named no org of its own and the article's subject stood in (the fact then has no orgMention). */
  bySubject?: boolean;
}

export interface OrgScope {
  chain: PlaceChain;
  /** The article's subject, resolved (null when the article names none). */
  subject: OrgResolution | null;
  /** The article's mentions in text order, and the index of the one being resolved (those before it may be referred to). */
  mentions: OrgMention[];
  upTo: number;
  /** Start of the paragraph of the mention being resolved. */
  paragraphStart: number;
}

const ofPlace = (p: Place | null): OrgResolution | null => (p ? { org: p.name, region: regionOf(p) } : null);

/** What deepestPlace answers for a short name that lies in another province than the article's: a name, not the place. */
const ELSEWHERE: OrgResolution = { org: null, region: null };

/** The place a mention starts with, its full name when the gazetteer can tell (长春 → 长春市). */
function deepestPlace(m: OrgMention, chain: PlaceChain): OrgResolution | null {
  const last = m.places[m.places.length - 1];
  if (!last) return null;
  if (!last.known) return { org: m.text.slice(0, last.end - m.start), region: null };
  const context = [chain.county, chain.city, chain.province].filter((p): p is Place => !!p);
  let named: Place | null = null; // the deepest place the mention's earlier parts name (南京 of 南京江北新材料科技园)
  for (const p of m.places.slice(0, -1)) { const r = resolvePlace(p.name, context); if (r) { context.push(r); named = r; } }
  const place = resolvePlace(last.name, context);
  // A short name that names no place under the ones before it (江北 after 南京: 重庆's 江北区) leaves those.
  if (named && (!place || !isWithin(place, named))) return ofPlace(named);
  // A weak short name (城北 of 城南城北供电分中心) gives a region only inside the article's places; so does the short
  // name of a county in another province than the article's (徽州古城景区 in 歙县: not 丽江市古城区). A city's short
  // name (江门对口支援…) is meant.
  const inArticle = !!place && context.some((c) => isWithin(place, c) || isWithin(c, place));
  if (place && place.code.length === 6 && !inArticle && place.name !== last.name && chain.province && !isWithin(place, chain.province)) return ELSEWHERE;
  if (place && (last.strong || inArticle)) return ofPlace(place);
  return last.strong ? { org: last.name, region: null } : null;
}

export function resolveOrg(m: OrgMention, scope: OrgScope): OrgResolution {
  const { chain } = scope;
  if (m.kind === 'place') {
    const place = deepestPlace(m, chain);
    // 徽州古城 in an article about 歙县: a scenic spot's name, the figure stays with the article.
    if (place === ELSEWHERE) return scope.subject ? { ...scope.subject, bySubject: true } : { org: m.text, region: null };
    return place ?? { org: m.text, region: null };
  }
  if (m.kind === 'org') {
    const found = deepestPlace(m, chain);
    const place = found === ELSEWHERE ? null : found;
    if (!m.places.length && !m.reference && m.levelPrefix === null) {
      const local = resolveLocal(m, scope);
      if (local) return local;
    }
    // 应急管理部, 交通部: a ministry's figures are the nation's (全国), as a province's department's are the province's.
    if (!m.places.length && !m.reference && m.levelPrefix === null && endsWithAny(m.text, MINISTRY_SUFFIXES)) return { org: '全国', region: null };
    if (!m.government) return { org: m.text, region: place?.region ?? null };
    if (m.subPlace) return { org: m.subPlace, region: place?.region ?? null };
    if (place) return place;
    const level = m.levelPrefix ?? (m.reference ? REFERENCE_WORDS[m.reference] : undefined);
    // 市应急管理局 in an article about a county-level city (晋江市) is that city's, as 全市 is.
    const p = level === 'local' ? localPlace(scope) : level ? placeOfLevel(level, chain) : null;
    if (p) return p;
    return { org: m.text, region: null };
  }
  return resolveReference(m, scope);
}

/** A town or village named alone (嵩口镇, 月洲村), or a body of one (镇党委, 村委会). */
const TOWN_OR_VILLAGE = /[镇乡村]$/;
const LOCAL_BODY = /^([镇乡村])(?:党委|政府|人民政府|党支部|委会|两委|干部)/;

/**
 * The gold names a town with its county (浦江县郑宅镇): a town named alone takes the fuller name written earlier
 * (浦江县郑宅镇 … 郑宅镇), else the article's county before it; a village takes its town the same way (嵩口镇月洲村 …
 * 月洲村). 镇党委, 村委会 belong to the last town or village named. Null for anything else.
 */
function resolveLocal(m: OrgMention, scope: OrgScope): OrgResolution | null {
  const body = LOCAL_BODY.exec(m.text);
  if (body) {
    const k = lastBefore(scope, (b) => b.kind === 'org' && !b.government && (b.text.endsWith(body[1]!) || !!b.subPlace?.endsWith(body[1]!)));
    if (k < 0) return null;
    const named = scope.mentions[k]!;
    // 吴江区盛泽镇某纺织有限公司 … 属地镇政府: the town inside the company's name.
    if (!named.text.endsWith(body[1]!)) {
      const place = deepestPlace(named, scope.chain);
      return { org: named.subPlace!, region: place && place !== ELSEWHERE ? place.region : null };
    }
    return resolveOrg(named, { ...scope, upTo: k });
  }
  if (m.government || !TOWN_OR_VILLAGE.test(m.text) || m.text.length > 9) return null;
  const fuller = lastBefore(scope, (b) => b.text.length > m.text.length && b.text.endsWith(m.text));
  if (fuller >= 0) return resolveOrg(scope.mentions[fuller]!, { ...scope, upTo: fuller });
  if (m.text.endsWith('村') && !/[镇乡]./.test(m.text)) {
    const town = lastBefore(scope, (b) => b.kind === 'org' && /[镇乡]$/.test(b.text));
    if (town >= 0) {
      const t = resolveOrg(scope.mentions[town]!, { ...scope, upTo: town });
      if (t.org) return { org: t.org + m.text, region: t.region };
    }
  }
  // 东莞市 and 中山市 have towns and no counties: 虎门镇 is 东莞市虎门镇.
  const county = scope.chain.county ?? (scope.chain.city && hasNoCounties(scope.chain.city) ? scope.chain.city : null);
  return county ? { org: county.name + m.text, region: regionOf(county) } : null;
}

function resolveReference(m: OrgMention, scope: OrgScope): OrgResolution {
  const word = m.reference ?? m.text;
  const named = SELF_NAMING_REFERENCES[word];
  if (named) return ofPlace(resolvePlace(named)) ?? { org: named, region: null };
  const level = REFERENCE_WORDS[word];
  if (level === 'nation') return { org: '全国', region: null };
  if (level === 'local') return localPlace(scope) ?? scope.subject ?? { org: null, region: null };
  if (level === 'same') {
    const kind = SAME_KIND_REFERENCES[word];
    const k = lastBefore(scope, (b) => b.kind === 'org' && !!kind?.test(b.text));
    if (k >= 0) return resolveOrg(scope.mentions[k]!, { ...scope, upTo: k });
    return scope.subject ?? { org: null, region: null };
  }
  // 全省 after 全省各级公安机关 in the same paragraph continues that collective; a group that is no
  // government body (全区中小学校, 全区各医院) does not: 全区 is then the place.
  const k = lastBefore(scope, (b) => b.kind === 'org' && b.reference === word && b.government, scope.paragraphStart);
  if (k >= 0) return resolveOrg(scope.mentions[k]!, { ...scope, upTo: 0 });
  // 全市 in an article about a county-level city (晋江市, 公主岭市) is that city.
  const p = level ? placeOfLevel(level, scope.chain) : null;
  if (p) return p;
  return scope.subject ?? { org: null, region: null };
}

/** 当地: where the text last put us (吴江区盛泽镇某纺织有限公司…当地消防救援部门 → 吴江区), else the article's deepest place. */
function localPlace(scope: OrgScope): OrgResolution | null {
  const k = lastBefore(scope, (b) => b.places.some((p) => p.known));
  const near = k >= 0 ? deepestPlace(scope.mentions[k]!, scope.chain) : null;
  if (near && near !== ELSEWHERE && near.region) return near;
  return placeOfLevel('local', scope.chain);
}

/**
 * The article's place at a level (全省, 市应急管理局 …); for the city level, a county-level city
 * the article is about (晋江市, 公主岭市) rather than its prefecture.
 */
function placeOfLevel(level: (typeof REFERENCE_WORDS)[string], chain: PlaceChain): OrgResolution | null {
  if (level === 'local') return ofPlace(chain.county ?? chain.city ?? chain.province);
  if (level !== 'province' && level !== 'city' && level !== 'county') return null;
  const countyCity = level === 'city' && chain.county?.name.endsWith('市') ? chain.county : null;
  return ofPlace(countyCity ?? chain[level]);
}

/** Index of the nearest mention before scope.upTo (from `from` on) that passes `test`; -1 when none. */
function lastBefore(scope: OrgScope, test: (m: OrgMention) => boolean, from = -Infinity): number {
  for (let i = scope.upTo - 1; i >= 0 && i >= scope.upTo - MAX_LOOKBACK; i--) {
    const m = scope.mentions[i]!;
    if (m.start < from) break;
    if (test(m)) return i;
  }
  return -1;
}
