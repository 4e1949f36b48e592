/**
 * One mention from token i: a place, a level char or a reference, then nominal
 * words up to the last org suffix (区应急管理局, 全省各级公安机关, 国网长春供电公司);
 * a place alone when no suffix follows (公主岭市); a standalone org when a strong
 * suffix ends a noun run (十委社区, 消防救援队伍).
 */
import { SCENIC_SUFFIXES, GENERIC_AREA_WORDS, GENERIC_BODIES, GENERIC_SUB_PLACE_WORDS, GOVERNMENT_SUFFIXES, LEVEL_CHARS, NOT_ORGS, NT_SUFFIXES, ORG_SUFFIXES, REFERENCE_WORDS, STANDALONE_SUFFIXES, SUB_PLACE_SUFFIXES } from './lexicon.js';
import { placeAt, referenceAt } from './place-at.js';
import { endsWithAny, isConnector, isNominal, type Token } from './tokens.js';
import type { OrgMention, PlacePart } from './types.js';

const MAX_MENTION = 18;
const GENERIC_AREA_SET: ReadonlySet<string> = new Set(GENERIC_AREA_WORDS);
const GENERIC_SUB_PLACES: ReadonlySet<string> = new Set(GENERIC_SUB_PLACE_WORDS);
/** 省市县区: a run of them (省市县三级) names several levels at once. */
const LEVEL_RUN_CHARS: ReadonlySet<string> = new Set('省市县区');
/** The bodies a level names with 级 (省级财政, 县级部门); not 县级营业厅, 县级行政区划. */
const LEVEL_BODIES: ReadonlySet<string> = new Set(['财政', '部门', '政府', '党委', '机关']);
const LEVEL_OF_CHAR: ReadonlyMap<string, OrgMention['levelPrefix'] & string> = new Map(Object.entries(LEVEL_CHARS));
const onlyLevelChars = (w: string) => w.length > 0 && [...w].every((c) => LEVEL_RUN_CHARS.has(c));
const ORG_LAST_CHARS: ReadonlySet<string> = new Set(ORG_SUFFIXES.map((x) => x[x.length - 1]!));

/** Areas a place's own name makes one (苏州工业园区, 黄山风景区) and its full name with its level makes a kind (东莞市工业园区). */
const AREA_KIND = /^(?:工业园区|化工园区|产业园区|园区|科技园|景区|风景区|旅游区|风景名胜区)$/;

/** Kinds of institution that a reference before them makes all of the place's (全澳学校, 全县中小学校, 全市医院). */
const KIND_AFTER_REFERENCE = /(?:学校|小学|中学|高中|大学|医院|公司|集团|学院|景区)$/;

/** 两级, 三级, 四级 after a run of levels (市县两级, 省市县三级). */
const LEVEL_COUNT = /^[两二三四五]级$/;
/** The reference word that stands for the top of a run of levels: 市县两级 → 全市. */
const TOP_REFERENCE: Record<string, string> = { 省: '全省', 市: '全市', 区: '全区', 县: '全县' };

/**
 * 市县两级, 市、县两级, 省市县三级 (+ a body: 卫健部门): several levels of government acting
 * together. Alone, the report counts them for the top one, as 全市 or 全省.
 */
function levelRunAt(tokens: Token[], i: number): { top: string; tokenEnd: number } | null {
  let k = i;
  let levels = 0;
  while (k < tokens.length) {
    const w = tokens[k]!.w;
    if (onlyLevelChars(w) && w.length <= 4) { levels += w.length; k++; continue; }
    if (w === '、' && levels > 0 && k + 1 < tokens.length && onlyLevelChars(tokens[k + 1]!.w)) { k++; continue; }
    break;
  }
  if (levels < 2 || k >= tokens.length || !LEVEL_COUNT.test(tokens[k]!.w)) return null;
  return { top: TOP_REFERENCE[tokens[i]!.w[0]!]!, tokenEnd: k };
}

export function mentionAt(tokens: Token[], i: number, text: string): { mention: OrgMention; next: number } | null {
  const t = tokens[i]!;
  // 全月会同各行业部门检查…: a word of acting together (会同/n) starts no body; the one after it is a partner.
  if (JOINT_ACTION_WORDS.has(t.w)) return null;
  const run = LEVEL_RUN_CHARS.has(t.w[0]!) ? levelRunAt(tokens, i) : null;
  if (run) {
    // The bodies named after the run (卫健部门, 应急部门) belong to it: the mention runs to their suffix.
    let end = run.tokenEnd;
    for (let k = run.tokenEnd + 1; k < tokens.length && isNominal(tokens[k]!) && !JOINT_ACTION_WORDS.has(tokens[k]!.w) && tokens[k]!.e - t.s <= MAX_MENTION; k++) {
      if (endsWithAny(text.slice(t.s, tokens[k]!.e), GOVERNMENT_SUFFIXES)) end = k;
    }
    // With a body it is named as written, the gold's way (省市县三级应急部门); alone (市县两级共派出…) it is the top level.
    if (end > run.tokenEnd) return { mention: mk(text, t.s, tokens[end]!.e, 'org', [], null, null), next: end + 1 };
    return { mention: mk(text, t.s, tokens[end]!.e, 'reference', [], null, run.top), next: end + 1 };
  }
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
      if (t.w.length >= 2 && t.w.length <= 3 && onlyLevelChars(t.w)) { j = i + 1; while (j < tokens.length && onlyLevelChars(tokens[j]!.w)) j++; level = 'province'; }
      else if ((t.w.length === 1 || (t.w.length === 2 && t.w[1] === '委' && LEVEL_RUN_CHARS.has(t.w[0]!))) && LEVEL_OF_CHAR.has(t.w[0]!)) { level = LEVEL_OF_CHAR.get(t.w[0]!)!; j = t.w.length === 1 ? i + 1 : i; }
      // 省级财政安排配套资金, 市级部门: the level named with 级 before a body.
      else if (t.w.length === 2 && t.w[1] === '级' && LEVEL_OF_CHAR.has(t.w[0]!) && LEVEL_BODIES.has(tokens[i + 1]?.w ?? '')) { level = LEVEL_OF_CHAR.get(t.w[0]!)!; j = i + 1; }
      else if (!(t.t === 'nt' || isNominal(t))) return null;
      // 记长春市二道区…社区: the mention starts at the place, not before it.
      for (let k = i + 1; k < tokens.length && k <= i + 6 && isNominal(tokens[k]!); k++) if (placeAt(tokens, k, text)?.strong) return null;
    }
  }
  // Extend over nominal tokens; the mention ends at the last org suffix reached.
  let end = -1;
  let k = j;
  if (!ref && !places.length && level === null) { k = i; }
  const inner: PlacePart[] = [];
  let listedSeen = false;
  for (; k < tokens.length; k++) {
    const tk = tokens[k]!;
    const digitsOk = level !== null && /^\d{3,}$/.test(tk.w);
    // 某 keeps an anonymised name whole (吴江区盛泽镇某纺织有限公司); so does a one-character adjective inside (南京江北新材料科技园).
    // … and a road named by a numeral (经八路街道: 八路/m).
    const innerWord = k > i && (tk.w === '某' || (tk.t === 'a' && tk.w.length === 1 && !!tokens[k + 1] && isNominal(tokens[k + 1]!)))
      || (tk.t === 'm' && /^[\u4e00-\u9fff]+[路街巷]$/.test(tk.w))
      // … and an ordinal in a name (台州市第一人民医院, 第三中学).
      || (k > i && tk.t === 'm' && /^第[一二三四五六七八九十\d]{1,3}$/.test(tk.w) && !!tokens[k + 1] && isNominal(tokens[k + 1]!));
    // 县文旅、公安、市场监管等部门: the bodies of a level or place listed before one suffix are one mention.
    const listed = k > j && (level !== null || places.length > 0) && (tk.w === '、' || tk.w === '等') && end < 0;
    if (listed) listedSeen = true;
    if (tokens[k]!.e - t.s > MAX_MENTION || !(isNominal(tk) || tk.t === 'nt' || isConnector(tk) || digitsOk || tk.w === '各' || innerWord || listed)) break;
    // 市、区两级住建部门会同市场监管部门: a word of acting together ends the body, whatever jieba tags it.
    if (k > i && JOINT_ACTION_WORDS.has(tk.w)) break;
    // A place inside the body (广东电网湛江供电局: 湛江) names where the body is: resolution reads the deepest.
    if (places.length && k > j) { const p = placeAt(tokens, k, text); if (p?.known && p.strong) inner.push(p); }
    const sofar = ORG_LAST_CHARS.has(tk.w[tk.w.length - 1]!) ? text.slice(t.s, tk.e) : '';
    // 交通运输部/门: a ministry's name cut from 部门 (the departments of that kind) does not end there.
    const cutFromDepartments = tk.w.endsWith('部') && tokens[k + 1]?.w.startsWith('门') === true && tokens[k + 1]!.s === tk.e;
    if (sofar && !cutFromDepartments && !GENERIC_AREA_SET.has(tk.w) && !NOT_BODY_WORDS.has(tk.w) && !GENERIC_SUB_PLACES.has(tk.w) && endsWithAny(sofar, ORG_SUFFIXES) && !(k === i && !places.length && level === null && tk.t !== 'nt' && !standaloneOk(tk.w) && !isNamedSubPlace(tokens, i, k, text))
      && (!endsWithAny(sofar, SCENIC_SUFFIXES) || namedScenicArea(tokens, places.length > 0 && !ref, j, k))
      // … a list (东关街等重点景区, 各县、区医院) only before a government body's suffix.
      && (!listedSeen || !!endsWithAny(sofar, GOVERNMENT_SUFFIXES))
      // … and a place with its level right before a kind of area names the kind (东莞市工业园区, 全省景区), not one park (苏州工业园区).
      && !(places.length && AREA_KIND.test(tk.w) && k === j && /[省市县区]$/.test(places[places.length - 1]!.name) && tokens[j - 1]!.e === tk.s && /[省市县区]$/.test(text.slice(t.s, tk.s)))) {
      end = k;
      // The body ends at its first unit (省应急管理厅 of 省应急管理厅应急指挥中心), but streets,
      // communities and villages nest (东站街道十委社区) and 省委/区委 head a body (省委网信办).
      const head = k === i || /^[省市区县]委$/.test(tk.w);
      if (!head && !endsWithAny(sofar, SUB_PLACE_SUFFIXES) && k + 1 < tokens.length && !/^(办事处|党委|政府)$/.test(tokens[k + 1]!.w)) break;
    }
  }
  if (end >= 0) {
    const e = tokens[end]!.e;
    const s = t.s;
    const mtext = text.slice(s, e);
    if (level !== null && end < j) return null;
    const ntAlone = tokens[end]!.t === 'nt' && end === i && !!endsWithAny(mtext, NT_SUFFIXES);
    if (!ref && !places.length && level === null && !ntAlone && !endsWithAny(mtext, STANDALONE_SUFFIXES) && !isNamedSubPlace(tokens, i, end, text)) return null;
    if (!ref && !places.length && level === null && !ntAlone && !/^(n|nz|nt|ns|nr|j|x)$/.test(t.t)) return null;
    if (!ref && !places.length && level === null && (GENERIC_BODIES as readonly string[]).some((g) => mtext.startsWith(g))) return null;
    if ((NOT_ORGS as readonly string[]).includes(mtext)) return null;
    // 全澳学校, 全市医院: a reference before a kind of institution names all of them, the place's; the mention is the reference.
    if (ref && !places.length && level === null && KIND_AFTER_REFERENCE.test(mtext)) {
      return { mention: mk(text, t.s, tokens[ref.tokenEnd]!.e, 'reference', [], null, ref.word), next: end + 1 };
    }
    // 省市县三级应急部门 names no one level; 县市场监管局 is the county's (县 + 市场监管局).
    const multiLevel = /^[省市县区]{2,}/.test(mtext) && !/^[省市县区]市场/.test(mtext);
    const lvl = multiLevel ? null : level ?? (!places.length && !ref && /^[省市县区]市场/.test(mtext) ? LEVEL_CHARS[mtext[0]!]! : null);
    const within = inner.filter((p) => p.end <= e);
    // A scenic area's place is its name, not always where it lies (徽州古城景区 is in 歙县, not 徽州区): it locates nothing.
    const located = endsWithAny(mtext, SCENIC_SUFFIXES) ? places.map((p) => ({ ...p, known: false })) : within.length ? [...places, ...within] : places;
    return { mention: mk(text, s, e, 'org', located, lvl, ref?.word ?? null), next: end + 1 };
  }
  if (ref) return { mention: mk(text, t.s, tokens[ref.tokenEnd]!.e, 'reference', [], null, ref.word), next: ref.tokenEnd + 1 };
  // The strong places that lead (江西 of 江西公安交警: 公安 is also a county's short name, but a weak one).
  let strong = 0;
  while (strong < places.length && places[strong]!.strong) strong++;
  if (strong) {
    const lead = places.slice(0, strong);
    return { mention: mk(text, lead[0]!.start, lead[strong - 1]!.end, 'place', lead, null, null), next: lead[strong - 1]!.tokenEnd + 1 };
  }
  return null;
}

/**
 * A scenic area named after its place (黄山风景区, 天门山景区): the place leads and no verb or grade stands between
 * (武陵源区检查景区 is an inspection, 全市A级景区 a kind).
 */
function namedScenicArea(tokens: Token[], placeLeads: boolean, from: number, to: number): boolean {
  if (!placeLeads) return false;
  for (let k = from; k <= to; k++) if (/^v/.test(tokens[k]!.t) || /[A-Z0-9]/.test(tokens[k]!.w)) return false;
  return true;
}

/**
 * A town or village named alone (嵩口镇, 大桥镇, 月洲村): two to four characters and 镇/乡/村, no generic word
 * (示范村, 特色小镇), and jieba reads part of it as a name or an unknown word (嵩/ns 口镇, 月洲/x 村) — a one-word
 * common noun (示范村/n) is not one.
 */
function isNamedSubPlace(tokens: Token[], from: number, to: number, text: string): boolean {
  const name = text.slice(tokens[from]!.s, tokens[to]!.e);
  if (!NAMED_SUB_PLACE.test(name) || GENERIC_AREA_SET.has(name) || GENERIC_SUB_PLACES.has(name)) return false;
  for (let k = from; k <= to; k++) if (/^(ns|nr|nz|x)$/.test(tokens[k]!.t)) return true;
  // 春化/n 镇: a two-character word and 镇/乡 cut apart is a name too, unless the word says what kind of town (古镇, 小镇, 重镇).
  return to === from + 1 && tokens[from]!.w.length === 2 && /^[镇乡]$/.test(tokens[to]!.w) && !KIND_OF_TOWN.test(tokens[from]!.w);
}
const KIND_OF_TOWN = /^[古小重集乡城村市该全本各新老大中名强特]/;
const JOINT_ACTION_WORDS: ReadonlySet<string> = new Set(['会同', '联合', '协同', '配合', '会商']);
/** Words ending in a body's last character that name no body: 社会大局 (the general situation), 格局, 布局, 结局. */
const NOT_BODY_WORDS: ReadonlySet<string> = new Set(['大局', '格局', '布局', '结局', '全局', '时局', '政局', '变局', '新局', '开局', '定局', '僵局', '困局', '破局', '出局', '骗局']);
const NAMED_SUB_PLACE = /^(?:[\u4e00-\u9fa5]{1,3}[镇乡])?[\u4e00-\u9fa5]{2,4}[镇乡村]$/;

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
    // Not the 乡 of 住房城乡建设局: a generic area word (城乡, 乡镇) names no place.
    const upTo = body.slice(0, at + suf.length);
    if (at > 0 && placeEnd + at + suf.length > subPlaceEnd && !/[委办局]$/.test(body.slice(0, at)) && !GENERIC_AREA_WORDS.some((g) => upTo.endsWith(g))) subPlaceEnd = placeEnd + at + suf.length;
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

