/**
 * What starts a mention at a token: a place (the gazetteer's full or short name,
 * a new 区/县 name like 新开区, or an ns word) or a reference word (全市, 该公司).
 */
import { lookupPlaces, mayStartPlace } from './gazetteer.js';
import { NOT_PLACES, REFERENCE_WORDS, WORD_LIKE_SHORT_NAMES } from './lexicon.js';
import { CJK, type Token } from './tokens.js';
import type { PlacePart } from './types.js';

const NOT_PLACE_SET: ReadonlySet<string> = new Set(NOT_PLACES);
const WORD_LIKE: ReadonlySet<string> = new Set(WORD_LIKE_SHORT_NAMES);
/** Words ending like a place that name a kind of area (文明城市, 重点地区, 风景区, 工业园区). */
const KIND_OF_AREA = /(?:城市|市区|地区|辖区|片区|园区|景区|小区|山区|灾区|城区|矿区|郊区|社区|街区|市县|区县|县区|市场)$/;

/** One-character level endings a place name can take. */
const LEVEL_ENDINGS: ReadonlySet<string> = new Set('市县区州旗');

/**
 * A place at token i: the longest run of up to 3 tokens that the gazetteer knows, or an ns / new 区县 token.
 * Memoised on the token (mention finding asks again for the tokens ahead); callers copy before shifting offsets.
 */
export function placeAt(tokens: Token[], i: number, text: string): PlacePart | null {
  const t = tokens[i]!;
  if (t.place === undefined) t.place = findPlaceAt(tokens, i, text);
  return t.place;
}

function findPlaceAt(tokens: Token[], i: number, text: string): PlacePart | null {
  const startsPlace = mayStartPlace(text, tokens[i]!.s);
  for (let k = Math.min(i + 2, tokens.length - 1); k >= i && startsPlace; k--) {
    if (tokens[k]!.e - tokens[i]!.s < 2) continue;
    const name = text.slice(tokens[i]!.s, tokens[k]!.e);
    if (NOT_PLACE_SET.has(name)) continue;
    const places = lookupPlaces(name);
    if (places.length) {
      const full = places.some((p) => p.name === name);
      if (!full && WORD_LIKE.has(name)) continue;
      // 南江市 where the gazetteer knows only 南江县: the text names another place, not the short name's.
      const level = full ? null : levelAfter(tokens, k);
      // 楚雄州: the short name with its level names the gazetteer's 楚雄彝族自治州 (not 楚雄市); 南江市 where only 南江县
      // exists names another place, not the short name's.
      const ofLevel = level ? places.filter((p) => p.name.endsWith(level.w)) : [];
      if (level && ofLevel.length === 1) return { name: ofLevel[0]!.name, start: tokens[i]!.s, end: level.e, known: true, strong: true, tokenEnd: k + 1 };
      if (level) return { name: name + level.w, start: tokens[i]!.s, end: level.e, known: false, strong: true, tokenEnd: k + 1 };
      // A short name jieba tags as a person or an unknown word (张家界/nr) is still the place when it is 3 characters or more.
      const strong = full || (k === i && (/^ns/.test(tokens[i]!.t) || (name.length >= 3 && /^(?:nr|nz|x)$/.test(tokens[i]!.t))));
      return { name, start: tokens[i]!.s, end: tokens[k]!.e, known: true, strong, tokenEnd: k };
    }
  }
  const t = tokens[i]!;
  if (!CJK.test(t.w) || NOT_PLACE_SET.has(t.w)) return null;
  // One word of a short name and its level, whatever jieba tags it (楚雄州/nr): the gazetteer's place of that level.
  const level = t.w.length >= 3 ? t.w[t.w.length - 1]! : '';
  if (LEVEL_ENDINGS.has(level) && startsPlace) {
    const ofLevel = lookupPlaces(t.w.slice(0, -1)).filter((p) => p.name.endsWith(level));
    if (ofLevel.length === 1) return { name: ofLevel[0]!.name, start: t.s, end: t.e, known: true, strong: true, tokenEnd: i };
  }
  // Outside the gazetteer: a new 区/县 name (新开区, 汽开区) stands alone; another ns word (漓江, 城中村)
  // only heads an org (四平供电公司).
  // Not a determiner and a kind of area (各灯区, 该片区, 全景区): no name.
  if (/^(x|ns|nt)$/.test(t.t) && t.w.length >= 3 && /[区县市旗州]$/.test(t.w) && !/^[各全本该每这那其此]/.test(t.w) && !KIND_OF_AREA.test(t.w)) return { name: t.w, start: t.s, end: t.e, known: false, strong: true, tokenEnd: i };
  // An ns word jieba cut from its level (南港/市, 清溪/县) names a place the gazetteer does not know.
  const levelWord = t.t === 'ns' && t.w.length >= 2 ? levelAfter(tokens, i) : null;
  if (levelWord) return { name: t.w + levelWord.w, start: t.s, end: levelWord.e, known: false, strong: true, tokenEnd: i + 1 };
  // A town or village jieba knows as one word (虎门镇/ns, 长安镇/ns) is a sub-place the mention reader names, not a place.
  if (t.t === 'ns' && t.w.length >= 3 && /[镇乡村]$/.test(t.w)) return null;
  if (t.t === 'ns' && t.w.length >= 2) return { name: t.w, start: t.s, end: t.e, known: false, strong: false, tokenEnd: i };
  return null;
}

/** The one-character level (市, 县 …) right after token k, touching it; null when none. */
function levelAfter(tokens: Token[], k: number): Token | null {
  const level = tokens[k + 1];
  return level && level.w.length === 1 && LEVEL_ENDINGS.has(level.w) && level.s === tokens[k]!.e ? level : null;
}

const REFERENCE_SET: ReadonlySet<string> = new Set(Object.keys(REFERENCE_WORDS));
/** Proper prefixes of the reference words: only a token that is one can start a two-token reference (该/公司). */
const REFERENCE_PREFIXES: ReadonlySet<string> = new Set([...REFERENCE_SET].flatMap((w) => [...w].slice(1).map((_, n) => w.slice(0, n + 1))));

export function referenceAt(tokens: Token[], i: number): { word: string; tokenEnd: number } | null {
  const one = tokens[i]!.w;
  if (REFERENCE_SET.has(one)) return { word: one, tokenEnd: i };
  if (!REFERENCE_PREFIXES.has(one) || !tokens[i + 1]) return null;
  const two = one + tokens[i + 1]!.w;
  if (REFERENCE_SET.has(two)) return { word: two, tokenEnd: i + 1 };
  return null;
}

