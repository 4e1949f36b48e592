/**
 * Finds the organisations and places a text names, from jieba tags (ns, nt) plus
 * the gazetteer and suffix patterns: 省应急管理厅, 区应急管理局, 消防救援队伍,
 * 全省各级公安机关, 国网长春供电公司, 平城区园林绿化中心, 公主岭市, 该公司, 全市 — and
 * whether each is an actor or an object/partner (联合县消防大队, 对全区18个街道办事处).
 * Refuses: 县(市、区) (a level char without a body), 检查组/救援队 (counted objects),
 * 和平发展 (a short place name not followed by a body), 中国特色 (NOT_PLACES).
 *
 * @example
 * findOrgMentions('9月11日，区应急管理局组织辖区46家企业', segmenter)[0]?.text; // '区应急管理局'
 */
import type { Segmenter } from '../../words/segmenter.js';
import type { WordAt } from '../../words/sentence-words.js';
import { FACILITY_AFTER, FUNDING_VERBS_BEFORE, NON_ACTOR_BEFORE, PHRASE_OPENERS } from './lexicon.js';
import { mentionAt } from './mention-at.js';
import { CJK, toTokens, type Token } from './tokens.js';
import type { OrgMention } from './types.js';

/** A figure starts here: Arabic or Chinese numerals. */
const COUNT_FOLLOWS = /^[0-9〇零一二两三四五六七八九十百千万]/;
/** A figure after a linking verb: 专业性应急救援队伍达到412支 counts the body too. */
const LINKED_COUNT_FOLLOWS = /^(?:达到|达|共有|共计|总数达|总数为)[0-9〇零一二两三四五六七八九十百千万]/;
/**
 * 专业森林消防队伍和地方专业应急救援队伍1460支: a bare body joined to another that a figure counts is counted too;
 * 综合性消防救援队伍编制人员1.2万人: so is a body whose staff a figure counts.
 */
const COUNTED_LIST_FOLLOWS = /^(?:(?:和|及|与|、)[\u4e00-\u9fff]{2,16}?(?:队伍|队|组织|机构)|(?:编制人员|编制|人员|队员|指战员|人数)(?:达到?|为|共有|共)?)[0-9〇零一二两三四五六七八九十百千万]/;
/** A figure ends here (digits, or 余/多 after them). */
const COUNT_ENDS = /[0-9余多]$/;
const NON_ACTOR_SET: ReadonlySet<string> = new Set(NON_ACTOR_BEFORE);
const FUNDING_VERBS: ReadonlySet<string> = new Set(FUNDING_VERBS_BEFORE);
const PHRASE_OPENER_SET: ReadonlySet<string> = new Set(PHRASE_OPENERS);

/** The mentions of `text`, with offsets shifted by `base`; `words`, when given, are its tagged words (offsets into the document). */
export function findOrgMentions(text: string, segmenter: Segmenter, base = 0, words?: readonly WordAt[]): OrgMention[] {
  const tokens = toTokens(text, segmenter, words, base);
  const inPhrase = prepositionalPhrases(tokens);
  const out: OrgMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const m = mentionAt(tokens, i, text);
    if (!m) { i++; continue; }
    const kept = besideFigure(m.mention, text, tokens[i - 1]);
    if (!kept) { i = m.next; continue; }
    m.mention = kept;
    extendSubPlaceName(m, tokens, i, text);
    const last = out[out.length - 1];
    // 省应急管理厅应急指挥中心, 彰东街道办事处党政办: a unit right after its owner belongs to the owner; a branch
    // named by its place (…研究院张家界分院) makes the owner's mention that branch, at that place.
    if (last && last.end - base === tokens[i]!.s && last.kind !== 'reference') {
      if (m.mention.places.length && BRANCH_SUFFIX.test(m.mention.text)) {
        last.end = m.mention.end + base; last.text = text.slice(last.start - base, m.mention.end);
        last.places = [...last.places, ...m.mention.places.map((p) => ({ ...p, start: p.start + base, end: p.end + base }))];
      }
      i = m.next; continue;
    }
    const lead = tokens[i - 1];
    if (lead && /^各级?$/.test(lead.w) && isBareBody(m.mention)) {
      m.mention.start = lead.s; m.mention.text = text.slice(lead.s, m.mention.end); i--;
    }
    const prev = tokens[i - 1];
    const prev2 = prev && tokens[i - 2] ? tokens[i - 2]!.w + prev.w : '';
    m.mention.actor = !prev || !(NON_ACTOR_SET.has(prev.w) || NON_ACTOR_SET.has(prev2) || prev.t === 'v' || prev.t === 'vn'
      || (prev.t === 'd' && !m.mention.places.length && m.mention.levelPrefix === null && !m.mention.reference)) && !(inPhrase[i] && m.mention.kind !== 'reference');
    // 中央财政已下达我省补助资金9.86亿元: the report's own place receiving funds is whose figure it is.
    if (!m.mention.actor && m.mention.reference?.startsWith('我') && prev && FUNDING_VERBS.has(prev.w)) m.mention.actor = true;
    // … and a town or street listed with 等 (新组建黄鹿镇、仓山镇等3支队伍): a breakdown too (not a list before 分别).
    const townOrStreet = m.mention.kind === 'org' && !m.mention.government && /(?:镇|乡|街道)$/.test(m.mention.text)
      && LISTED_WITH_ETC.test(text.slice(m.mention.end, m.mention.end + 40));
    if ((m.mention.kind === 'place' && FACILITY_AFTER.test(text.slice(m.mention.end, m.mention.end + 3)))
      || ((m.mention.kind === 'place' || townOrStreet) && inPlaceList(text, m.mention))) m.mention.actor = false;
    // 县文广新旅局、应急管理局等部门: a bare body listed after one of a level or place is of that level or place.
    if (last && isBareBody(m.mention) && m.mention.government && LIST_JOINER.test(text.slice(last.end - base, m.mention.start))
      && (last.levelPrefix !== null || last.places.length) && last.kind === 'org') {
      m.mention.levelPrefix = last.levelPrefix;
      m.mention.places = last.places.map((p) => ({ ...p, start: p.start - base, end: p.end - base }));
    }
    m.mention.start += base; m.mention.end += base;
    m.mention.places = m.mention.places.map((p) => ({ ...p, start: p.start + base, end: p.end + base })); // placeAt's parts are memoised: copies shift
    out.push(m.mention);
    i = m.next;
  }
  return out;
}

/**
 * A place in a list of places (长沙、株洲、湘潭等8市; 岳阳、常德两市): where something happened, listed as a breakdown of
 * the article's area, not who reports the figures. Offsets are still relative to `text`.
 */
function inPlaceList(text: string, m: OrgMention): boolean {
  const next = text.charAt(m.end);
  if (next === '、' || next === '等') return true;
  // After 、 too, unless the item before it is a figure: 其中越城区320家、柯桥区280家 is a breakdown by place; nor after
  // the number of a heading (二、沭阳县).
  return text.charAt(m.start - 1) === '、' && !FIGURE_ITEM_ENDS.test(text.slice(Math.max(0, m.start - 9), m.start - 1))
    && !HEADING_NUMBER.test(text.slice(Math.max(0, m.start - 5), m.start));
}

/** The number of a heading or a list item opening its line: 二、, 3、 (the text passed is one sentence or line). */
const HEADING_NUMBER = /(?:^|[\n\s])[一二三四五六七八九十\d]{1,3}、$/;

/** Tags of a lone character that jieba cut from the head of a place name (往/zg 洞镇, 明/a 溪口镇, 黉/g 门街). */
const NAME_HEAD_TAGS: ReadonlySet<string> = new Set(['zg', 'g', 'ng', 'tg', 'ag', 'a', 'b']);
/** Tags of words that end a name's tail: verbs, prepositions, conjunctions, adverbs, pronouns, numbers. */
const NOT_NAME_TAGS = /^(?:v|vn|vd|p|c|d|r|m|q|u|f|x)$/;
/** How long a community's or village's own name after its street or town may be (青年路, 黉门街, 增冲). */
const MAX_TAIL_NAME = 6;

/**
 * A town, village or community whose name jieba cut apart: a lone character before it that opens its clause
 * (在往洞镇增冲村: 往/zg 洞镇), and a community or village after a street or town whose name holds a word of any
 * kind (湖滨街道青年路社区: 青年/t, 玉林街道黉门街社区: 黉/g). Offsets are still relative to `text`.
 */
function extendSubPlaceName(m: { mention: OrgMention; next: number }, tokens: Token[], i: number, text: string): void {
  const mention = m.mention;
  if (mention.kind !== 'org' || mention.government || mention.reference) return;
  const head = tokens[i - 1];
  const beforeHead = tokens[i - 2];
  if (!mention.places.length && /(?:镇|乡|村|社区)$/.test(mention.text) && mention.start === tokens[i]!.s && head && head.e === mention.start
    && head.w.length === 1 && CJK.test(head.w) && NAME_HEAD_TAGS.has(head.t) && (!beforeHead || /^(?:p|c|x)$/.test(beforeHead.t))) {
    mention.start = head.s;
    mention.text = text.slice(head.s, mention.end);
  }
  if (!/(?:街道|镇|乡)$/.test(mention.text)) return;
  let k = m.next;
  while (k < tokens.length && tokens[k]!.s === (k === m.next ? mention.end : tokens[k - 1]!.e) && tokens[k]!.e - mention.end <= MAX_TAIL_NAME + 3) {
    const t = tokens[k]!;
    if (/(?:社区|村)$/.test(t.w) && k > m.next) {
      mention.end = t.e;
      mention.text = text.slice(mention.start, t.e);
      m.next = k + 1;
      return;
    }
    if (!CJK.test(t.w) || NOT_NAME_TAGS.test(t.t) || t.e - mention.end > MAX_TAIL_NAME) return;
    k++;
  }
}

/** The rest of a list that ends with 等, after one of its items (、仓山镇等). */
const LISTED_WITH_ETC = /^(?:、[^，,。；;、]{1,10})*等/;

/** An enumeration item that is a figure with its unit (320家, 1.2万余人次, 68%). */
const FIGURE_ITEM_ENDS = /[0-9%％][余多]?[^\s、，。；;0-9]{0,3}$/;

/** A branch of a body, named by its place: 张家界分院, 某某分局, 城区分公司. */
const BRANCH_SUFFIX = /(?:分院|分局|分公司|分中心|分所|分站)$/;

/** What joins the items of a list of bodies. */
const LIST_JOINER = /^(?:、|和|及|与)$/;

/** A body named by its kind alone: no place, no level char, no reference (检查队伍, 消防救援队伍). */
const isBareBody = (m: OrgMention) => m.kind === 'org' && !m.places.length && m.levelPrefix === null && !m.reference;

/**
 * The mention as it stands beside a figure, or null when it is what the figure counts:
 * right after a figure (组建36支应急救援队伍), or a bare body right before one or after
 * 各类 (救援队伍86支, 各类检查队伍). A reference with a body right before a figure keeps
 * only the reference (全市救援队伍86支 → 全市: the scope).
 */
function besideFigure(m: OrgMention, text: string, before: Token | undefined): OrgMention | null {
  if (COUNT_ENDS.test(text.slice(m.start - 1, m.start))) return null;
  const countFollows = COUNT_FOLLOWS.test(text.slice(m.end, m.end + 1));
  if (isBareBody(m) && (countFollows || before?.w === '各类' || LINKED_COUNT_FOLLOWS.test(text.slice(m.end, m.end + 4)) || COUNTED_LIST_FOLLOWS.test(text.slice(m.end, m.end + 24)))) return null;
  const ref = m.reference;
  if (countFollows && ref && m.kind === 'org' && !m.places.length && m.levelPrefix === null && m.text.startsWith(ref) && m.text.length > ref.length) {
    return { ...m, kind: 'reference', end: m.start + ref.length, text: ref, subPlace: null, government: false, generic: false };
  }
  return m;
}

/** Tokens inside 对…/与…/联合… before the clause's verb: 对辖区内的XX公司开展检查 names an object. */
function prepositionalPhrases(tokens: Token[]): boolean[] {
  let open = false;
  return tokens.map((k) => {
    const here = open;
    if (PHRASE_OPENER_SET.has(k.w)) open = true;
    else if (k.t === 'v' || /^[，；。,;：:！？]$/.test(k.w)) open = false;
    return here;
  });
}

