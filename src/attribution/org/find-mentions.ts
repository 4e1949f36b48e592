/**
 * Finds the organisations and places a text names, from jieba tags (ns, nt) plus
 * the gazetteer and suffix patterns: 省应急管理厅, 区应急管理局, 消防救援队伍,
 * 全省各级公安机关, 国网长春供电公司, 平城区园林绿化中心, 公主岭市, 该公司, 全市.
 * Refuses: 县(市、区) (a level char without a body), 检查组/救援队 (counted objects),
 * 和平发展 (a short place name not followed by a body), 中国特色 (NOT_PLACES).
 */
import type { Segmenter } from '../../words/segmenter.js';
import { lookupPlaces } from './gazetteer.js';
import { GENERIC_BODIES, GOVERNMENT_SUFFIXES, LEVEL_CHARS, NON_ACTOR_BEFORE, NOT_ORGS, NOT_PLACES, PHRASE_OPENERS, NT_SUFFIXES, ORG_SUFFIXES, REFERENCE_WORDS, STANDALONE_SUFFIXES, SUB_PLACE_SUFFIXES } from './lexicon.js';
import type { OrgMention, PlacePart } from './types.js';

interface Token { w: string; t: string; s: number; e: number }

const MAX_MENTION = 18;
const CJK = /^[\u3400-\u9fff]+$/;
const NOMINAL_TAG = /^(n|vn|j|nz|nt|ns|nr|l|b|an|x)/;

function toTokens(text: string, segmenter: Segmenter): Token[] {
  const tagged = segmenter.tag ? segmenter.tag(text) : segmenter.cut(text).map((w) => ({ word: w, tag: 'x' }));
  const out: Token[] = [];
  let at = 0;
  for (const { word, tag } of tagged) {
    const s = text.indexOf(word, at);
    if (s < 0) continue;
    out.push({ w: word, t: tag, s, e: s + word.length });
    at = s + word.length;
  }
  return out;
}

const isNominal = (k: Token) => CJK.test(k.w) && NOMINAL_TAG.test(k.t) && !(k.w in REFERENCE_WORDS);
const isConnector = (k: Token) => (GENERIC_BODIES as readonly string[]).includes(k.w);
const endsWithAny = (s: string, list: readonly string[]) => list.find((x) => s.endsWith(x));

/** A place at token i: the longest run of up to 3 tokens that the gazetteer knows, or an ns / new 区县 token. */
function placeAt(tokens: Token[], i: number, text: string): PlacePart | null {
  for (let k = Math.min(i + 2, tokens.length - 1); k >= i; k--) {
    const name = text.slice(tokens[i]!.s, tokens[k]!.e);
    if (name.length < 2 || (NOT_PLACES as readonly string[]).includes(name)) continue;
    const places = lookupPlaces(name);
    if (places.length) {
      const full = places.some((p) => p.name === name);
      const strong = full || (k === i && /^ns/.test(tokens[i]!.t));
      return { name, start: tokens[i]!.s, end: tokens[k]!.e, known: true, strong, tokenEnd: k };
    }
  }
  const t = tokens[i]!;
  if (!CJK.test(t.w) || (NOT_PLACES as readonly string[]).includes(t.w)) return null;
  // Outside the gazetteer: a new 区/县 name (新开区, 汽开区) stands alone; another ns word (漓江, 城中村)
  // only heads an org (四平供电公司).
  if (/^(x|ns|nt)$/.test(t.t) && t.w.length >= 3 && /[区县市旗州]$/.test(t.w)) return { name: t.w, start: t.s, end: t.e, known: false, strong: true, tokenEnd: i };
  if (t.t === 'ns' && t.w.length >= 2) return { name: t.w, start: t.s, end: t.e, known: false, strong: false, tokenEnd: i };
  return null;
}

/** Tokens inside 对…/与…/联合… before the clause's verb: 对辖区内的XX公司开展检查 names an object. */
function prepositionalPhrases(tokens: Token[]): boolean[] {
  let open = false;
  return tokens.map((k) => {
    const here = open;
    if ((PHRASE_OPENERS as readonly string[]).includes(k.w)) open = true;
    else if (k.t === 'v' || /^[，；。,;：:！？]$/.test(k.w)) open = false;
    return here;
  });
}

function referenceAt(tokens: Token[], i: number): { word: string; tokenEnd: number } | null {
  const one = tokens[i]!.w;
  if (one in REFERENCE_WORDS) return { word: one, tokenEnd: i };
  const two = one + (tokens[i + 1]?.w ?? '');
  if (two in REFERENCE_WORDS) return { word: two, tokenEnd: i + 1 };
  return null;
}

/** The mentions of `text`, with offsets shifted by `base`. */
export function findOrgMentions(text: string, segmenter: Segmenter, base = 0): OrgMention[] {
  const tokens = toTokens(text, segmenter);
  const inPhrase = prepositionalPhrases(tokens);
  const out: OrgMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const m = mentionAt(tokens, i, text);
    if (!m) { i++; continue; }
    const last = out[out.length - 1];
    // 省应急管理厅应急指挥中心, 彰东街道办事处党政办: a unit right after its owner belongs to the owner.
    if (last && last.end - base === tokens[i]!.s && last.kind !== 'reference') { i = m.next; continue; }
    const lead = tokens[i - 1];
    if (lead && /^各级?$/.test(lead.w) && m.mention.kind === 'org' && !m.mention.places.length && m.mention.levelPrefix === null && !m.mention.reference) {
      m.mention.start = lead.s; m.mention.text = text.slice(lead.s, m.mention.end); i--;
    }
    const prev = tokens[i - 1];
    const prev2 = prev && tokens[i - 2] ? tokens[i - 2]!.w + prev.w : '';
    m.mention.actor = !prev || !((NON_ACTOR_BEFORE as readonly string[]).includes(prev.w) || (NON_ACTOR_BEFORE as readonly string[]).includes(prev2) || prev.t === 'v'
      || (prev.t === 'd' && !m.mention.places.length && m.mention.levelPrefix === null && !m.mention.reference)) && !inPhrase[i];
    m.mention.start += base; m.mention.end += base;
    for (const p of m.mention.places) { p.start += base; p.end += base; }
    out.push(m.mention);
    i = m.next;
  }
  return out;
}

function mentionAt(tokens: Token[], i: number, text: string): { mention: OrgMention; next: number } | null {
  const t = tokens[i]!;
  const ref = referenceAt(tokens, i);
  const places: PlacePart[] = [];
  let j = i;
  let level: OrgMention['levelPrefix'] = null;
  if (ref) {
    j = ref.tokenEnd + 1;
    if (REFERENCE_WORDS[ref.word] === 'same') {
      while (j < tokens.length && isNominal(tokens[j]!)) j++; // 该公司共产党员服务队 is still 该公司
      return { mention: mk(text, t.s, tokens[ref.tokenEnd]!.e, 'reference', [], null, ref.word), next: j };
    }
  } else {
    let p = placeAt(tokens, i, text);
    if (p && t.w === '国网') p = null;
    while (p) { places.push(p); j = p.tokenEnd + 1; p = j < tokens.length ? placeAt(tokens, j, text) : null; }
    if (!places.length) {
      if (tokens[i]!.w === '国网' && tokens[i + 1] && placeAt(tokens, i + 1, text)) {
        const inner = mentionAt(tokens, i + 1, text);
        if (inner && inner.mention.kind === 'org') { inner.mention.start = t.s; inner.mention.text = text.slice(t.s, inner.mention.end); return inner; }
      }
      if (/^[省市县区]{2,3}$/.test(t.w)) { j = i + 1; while (j < tokens.length && /^[省市县区]+$/.test(tokens[j]!.w)) j++; level = 'province'; }
      else if (t.w[0]! in LEVEL_CHARS && (t.w.length === 1 || /^[省市区县]委$/.test(t.w))) { level = LEVEL_CHARS[t.w[0]!]!; j = t.w.length === 1 ? i + 1 : i; }
      else if (!(t.t === 'nt' || isNominal(t))) return null;
      // 记长春市二道区…社区: the mention starts at the place, not before it.
      for (let k = i + 1; k < tokens.length && k <= i + 6 && isNominal(tokens[k]!); k++) if (placeAt(tokens, k, text)?.strong) return null;
    }
  }
  // Extend over nominal tokens; the mention ends at the last org suffix reached.
  let end = -1;
  let k = j;
  if (!ref && !places.length && level === null) { k = i; }
  for (; k < tokens.length; k++) {
    const tk = tokens[k]!;
    const digitsOk = level !== null && /^\d{3,}$/.test(tk.w);
    if (tokens[k]!.e - t.s > MAX_MENTION || !(isNominal(tk) || tk.t === 'nt' || isConnector(tk) || digitsOk || tk.w === '各')) break;
    const sofar = text.slice(t.s, tk.e);
    if (endsWithAny(sofar, ORG_SUFFIXES) && !(k === i && !places.length && level === null && tk.t !== 'nt' && !standaloneOk(tk.w))) end = k;
  }
  if (end >= 0) {
    const e = tokens[end]!.e;
    const s = t.s;
    const mtext = text.slice(s, e);
    if (level !== null && end < j) return null;
    const ntAlone = tokens[end]!.t === 'nt' && end === i && !!endsWithAny(mtext, NT_SUFFIXES);
    if (!ref && !places.length && level === null && !ntAlone && !endsWithAny(mtext, STANDALONE_SUFFIXES)) return null;
    if (!ref && !places.length && level === null && !ntAlone && !/^(n|nz|nt|ns|nr|j|x)$/.test(t.t)) return null;
    if (!ref && !places.length && level === null && (GENERIC_BODIES as readonly string[]).some((g) => mtext.startsWith(g))) return null;
    if ((NOT_ORGS as readonly string[]).includes(mtext)) return null;
    // 省市县三级应急部门 names no one level; 县市场监管局 is the county's (县 + 市场监管局).
    const multiLevel = /^[省市县区]{2,}/.test(mtext) && !/^[省市县区]市场/.test(mtext);
    const lvl = multiLevel ? null : level ?? (!places.length && !ref && /^[省市县区]市场/.test(mtext) ? LEVEL_CHARS[mtext[0]!]! : null);
    return { mention: mk(text, s, e, 'org', places, lvl, ref?.word ?? null), next: end + 1 };
  }
  if (ref) return { mention: mk(text, t.s, tokens[ref.tokenEnd]!.e, 'reference', [], null, ref.word), next: ref.tokenEnd + 1 };
  const strong = places.filter((p) => p.strong);
  if (strong.length && strong.length === places.length) {
    return { mention: mk(text, places[0]!.start, places[places.length - 1]!.end, 'place', places, null, null), next: places[places.length - 1]!.tokenEnd + 1 };
  }
  return null;
}

/** A one-token standalone org needs more than the bare suffix: 十委社区 yes, 社区 no. */
function standaloneOk(word: string): boolean {
  const s = endsWithAny(word, STANDALONE_SUFFIXES);
  return !!s && word.length > s.length;
}

function mk(text: string, start: number, end: number, kind: OrgMention['kind'], places: PlacePart[], level: OrgMention['levelPrefix'], ref: string | null): OrgMention {
  const mtext = text.slice(start, end);
  const placeEnd = places.length ? places[places.length - 1]!.end : start;
  const body = text.slice(placeEnd, end);
  // A sub-county place inside the body (水泊寺街道 in 平城区水泊寺街道办事处) extends the place part.
  let subPlaceEnd = placeEnd;
  for (const suf of SUB_PLACE_SUFFIXES) {
    const at = body.lastIndexOf(suf);
    if (at > 0 && placeEnd + at + suf.length > subPlaceEnd && !/[委办局]$/.test(body.slice(0, at))) subPlaceEnd = placeEnd + at + suf.length;
  }
  const gov = kind === 'org' && !!endsWithAny(mtext, GOVERNMENT_SUFFIXES) && !endsWithAny(mtext, SUB_PLACE_SUFFIXES);
  const bodyCore = text.slice(subPlaceEnd, end).replace(/^(全[省市区县国])/, '');
  const generic = gov && (GENERIC_BODIES as readonly string[]).some((g) => bodyCore === g + '部门' || bodyCore === g + '单位' || bodyCore === '部门' || bodyCore === g + '机关');
  return {
    start, end, text: mtext, kind, places, levelPrefix: level, reference: ref,
    subPlace: subPlaceEnd > placeEnd && subPlaceEnd <= end ? text.slice(start, subPlaceEnd) : null,
    government: gov, generic, actor: true,
  };
}
