import type { DocumentStructure } from '../split/types.js';
import type { Quantity } from '../quantities/types.js';
import type { Segmenter } from '../words/segmenter.js';
import type { SentenceWords } from '../words/sentence-words.js';
import type { ParsedRule } from '../schema/rule.js';
import { RuleSchema } from '../schema/rule.js';
import type { DraftFact } from './types.js';
import { tokenizeClause, type Token } from '../words/tokenize-clause.js';
import { readClause, readPredicate, type Reading } from './engine/read-clause.js';
import type { TableCell } from '../tables/read-tables.js';
import { classify } from './engine/classify.js';
import { isChangeAction } from './engine/comparison.js';
import { groupByClause } from './engine/group-by-clause.js';
import { BUILTIN_RULES } from './metrics/index.js';
import { LIGHT_VERBS, NOT_ACTIONS } from './lexicon/function-words.js';
import { SPECIFICATION_UNITS } from './lexicon/specification-units.js';
import { sameCountedKind } from './lexicon/person-units.js';
import { REPORT_VERBS } from './lexicon/report-verbs.js';

export type { DraftFact } from './types.js';

/** The rules of one extractor and the verbs they name, prepared once (see {@link prepareRules}). */
export interface PreparedRules {
  rules: readonly ParsedRule[];
  verbs: ReadonlySet<string>;
}

export interface ReadFactsOptions extends PreparedRules {
  segmenter: Segmenter;
  /** The document's sentences, tagged once and shared with attribution; without it each clause piece is tagged alone. */
  words?: SentenceWords;
  /** Table cells read in their column's unit (see tables/), with the column that names what they count. */
  tableCells?: ReadonlyMap<Quantity, TableCell>;
}

/** Merges custom rules into the built-ins and collects their verbs: once per extractor, not per document. */
export function prepareRules(customRules: readonly ParsedRule[]): PreparedRules {
  const rules = mergeRules(customRules);
  return { rules, verbs: verbLexicon(rules) };
}

const PARSED_BUILTINS: readonly ParsedRule[] = BUILTIN_RULES.map((r) => RuleSchema.parse(r));

/** Custom rules first (they win ties); one with a built-in's id replaces it. */
export function mergeRules(custom: readonly ParsedRule[]): ParsedRule[] {
  const replaced = new Set(custom.map((r) => r.id));
  return [...custom, ...PARSED_BUILTINS.filter((r) => !replaced.has(r.id))];
}

/** Every verb any rule names, and the report verbs of no metric: the clause reader treats them as verbs whatever jieba's tag. */
export function verbLexicon(rules: readonly ParsedRule[]): Set<string> {
  const out = new Set<string>(REPORT_VERBS);
  for (const r of rules) for (const v of r.verbs ?? []) if (!v.endsWith('率') && !NOT_ACTIONS.has(v)) out.add(v);
  return out;
}

/**
 * Reads the figures of a document as metric facts: groups quantities by clause,
 * segments only those clauses, reads action and object, and classifies. Layout
 * repeats and prose figures are dropped afterwards, by refine/.
 */
/**
 * The whole's verb with the whole's object (发现隐患3412条，其中起重机械类1046条: 发现/隐患); a 其中 part, else with its own
 * object (检查企业320家，其中危化品企业45家). Not the part's object alone elsewhere: 发送旅客486万人次，日均69.5万人次 is no reach.
 */
function classifyElided(reading: Reading, quantity: Quantity, action: string, wholeObject: string | null, partOf: boolean, rules: readonly ParsedRule[]): { metric: DraftFact['metric']; rule: string } {
  const input = { action, object: wholeObject ?? reading.object, inherited: wholeObject, topic: reading.topic, after: reading.after ?? null, quantity, trend: false };
  const whole = classify(input, rules);
  return whole.metric !== 'other' || !partOf ? whole : classify({ ...input, object: reading.object }, rules);
}

/** A table column's name split into the report verb it opens with and the rest (发现问题 → 发现 + 问题, 立案 → 立案), or null. */
function columnVerb(column: string, verbs: ReadonlySet<string>): { action: string; object: string | null } | null {
  for (let length = Math.min(column.length, 6); length >= 2; length--) {
    const head = column.slice(0, length);
    if (verbs.has(head)) return { action: head, object: column.slice(length) || null };
  }
  return null;
}

/** The end of a clause that announces a list of figures: …数量分别为：, …情况如下：. */
const ANNOUNCES_LIST = /(?:分别为|分别是|分别|如下)[：:]$/;
/** The start of a clause that lists the figures of the clause before it: …排查隐患数量位居前三，分别为96处、83处和71处. */
const LISTS_ANNOUNCED = /^[\s，,]*(?:分别为|分别是|分别达|依次为|依次是)/;

/**
 * The report verb and object of the clause before `clause` in its sentence, when that clause announces a list (…分别为：)
 * or `clause` lists its figures (…位居前三，分别为…).
 */
function announcedPredicate(doc: DocumentStructure, clause: DocumentStructure['clauses'][number], options: ReadFactsOptions, verbs: ReadonlySet<string>): { action: string | null; object: string | null } | null {
  const prev = doc.clauses[clause.index - 1];
  if (!prev || prev.sentenceIndex !== clause.sentenceIndex) return null;
  if (!ANNOUNCES_LIST.test(doc.text.slice(Math.max(prev.start, prev.end - 5), prev.end).trimEnd())
    && !LISTS_ANNOUNCED.test(doc.text.slice(clause.start, Math.min(clause.end, clause.start + 6)))) return null;
  const tokens = tokenizeClause(doc.text, prev.start, prev.end, [], options.segmenter, options.words?.of(prev.sentenceIndex));
  const reading = readPredicate(tokens, verbs);
  if (reading && verbs.has(reading.action)) return reading;
  // 长沙市、衡阳市、邵阳市火灾起数居全省前三位，分别为…: no verb; the noun the ranking ranks names what the figures count.
  // … or 起火原因排首三位的分别为：燃放烟花爆竹17宗…: the ranking announces the list at its own end.
  const ranked = RANKED_NOUN.exec(doc.text.slice(prev.start, prev.end).replace(/[\s，,：:]+$/, '').replace(/(?:分别为|分别是|依次为|依次是)$/, ''));
  return ranked ? { action: null, object: ranked[1]! } : null;
}

/** A noun ranked at the end of a clause: …火灾起数居全省前三位, …罚款金额位列前三, …数量排名前三. */
const RANKED_NOUN = /([\u4e00-\u9fff]{2,10}?)(?:居|位居|位列|排名|排在|列|排)(?:全[国省市区县])?(?:前|后|首)[一二两三四五六七八九十\d]{1,2}(?:位|名)?(?:的)?$/;

/** A breakdown opener naming what its items count: 从检查对象看，工贸企业1426家、… (检查), 按整改情况分，… (整改). */
const BREAKDOWN_OPENER = /^[\s，,]*(?:从|按|分)([\u4e00-\u9fff]{2,8}?)(?:来看|看|分)[，,：:]/;

/** The report verb the breakdown opener of `sentence` names (从检查对象看 → 检查), or null. */
function breakdownVerb(doc: DocumentStructure, sentence: DocumentStructure['sentences'][number], verbs: ReadonlySet<string>): string | null {
  const named = BREAKDOWN_OPENER.exec(doc.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 14)))?.[1];
  if (!named) return null;
  for (let at = 0; at < named.length - 1; at++) {
    for (let length = Math.min(4, named.length - at); length >= 2; length--) {
      const word = named.slice(at, at + length);
      if (verbs.has(word)) return word;
    }
  }
  return null;
}

/** Between two items of one list: 、 and the next item's words, no clause break, no verb-like length. */
const LIST_ITEM_GAP = /^、[^、，,。；;：:（）()\d]{1,12}$/;

/** 其中 opening a clause or a sentence: what follows are parts of the whole counted before. */
const PARTS_OPENER = /^[\s，,]*其中/;
/** 「“九小场所”中，」: a sentence opening with what the sentence before counted, then 中, lists its parts. */
const PARTS_OF_NAMED = /^[\s，,]*[“"]?([\u4e00-\u9fff]{2,10})[”"]?中[，,]/;

/** The whole a sentence opening 「X中，」 names, when the sentence before holds it; else null. */
function namesPartsOfPrevious(doc: DocumentStructure, sentence: DocumentStructure['sentences'][number]): string | null {
  const named = PARTS_OF_NAMED.exec(doc.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 16)))?.[1];
  const previous = doc.sentences[sentence.index - 1];
  return named && previous && previous.paragraphIndex === sentence.paragraphIndex && doc.text.slice(previous.start, previous.end).includes(named) ? named : null;
}

/** A part in brackets right before its figure: （其中规上工业企业416家）, (含重大事故隐患38项). */
const BRACKETED_PART = /[（(](?:其中|含)[^（()）]*$/;

/** A clause of bare items (深基坑工程57个、高大模板支撑系统82个): no word of it is a report verb or a light verb. */
function bareItems(tokens: readonly Token[], verbs: ReadonlySet<string>): boolean {
  return tokens.every((t) => t.quantity || (!verbs.has(t.text) && !LIGHT_VERBS.has(t.text)));
}

/** Words that rank a subject at the end of its clause (禅城区隐患整改率最高): dropped from what is named. */
const RANKING_END = /(?:最高|最低|最多|最少|较多|较少|较高|较低|居首|第一|排名第一)$/;
/** A clause holding only a linking word before its figure: 达98.7%, 仅为78.5%, 为12起. */
const LINK_ONLY = /^[\s，,]*(?:达|达到|为|仅为|约为|是|高达|仅|共)$/;

/** The subject the clause before `clause` names (its text without a ranking word), when `clause` only links to a figure. */
function previousClauseSubject(doc: DocumentStructure, clause: DocumentStructure['clauses'][number]): string | null {
  const prev = doc.clauses[clause.index - 1];
  if (!prev || prev.sentenceIndex !== clause.sentenceIndex) return null;
  const firstDigit = doc.text.slice(clause.start, clause.end).search(/[0-9０-９一二两三四五六七八九十百千万]/);
  if (firstDigit < 0 || !LINK_ONLY.test(doc.text.slice(clause.start, clause.start + firstDigit))) return null;
  const named = doc.text.slice(prev.start, prev.end).replace(/[，,；;：:\s]+$/, '').replace(RANKING_END, '');
  return named.length >= 2 && named.length <= 20 ? named : null;
}

export function readFacts(doc: DocumentStructure, quantities: Quantity[], options: ReadFactsOptions): DraftFact[] {
  const { rules, verbs } = options;
  const facts: DraftFact[] = [];
  let lastObject: { sentence: number; object: string; unit: string | null } | null = null;
  type ActionRead = { sentence: number; action: string; unit: string | null; object: string | null };
  let lastAction: ActionRead | null = null;
  // … and the last action a rule read whole as a metric's though no rule lists it (责令停产整顿: 停产整顿): a 其中 part's whole.
  let lastMetricAction: ActionRead | null = null;
  const firstActions = new Map<number, ActionRead>(); // the first report verb of each sentence read
  const sentenceActions = new Map<number, ActionRead[]>(); // every report verb of each sentence read, for a named whole
  // Specification figures (`10千伏配电线路`) are words of the noun they describe, not counts.
  const counts = quantities.filter((q) => !(q.unit && SPECIFICATION_UNITS.has(q.unit)));
  for (const group of groupByClause(doc, counts)) {
    const { clause, sentence, paragraph } = group;
    const tokens = tokenizeClause(doc.text, clause.start, clause.end, group.quantities, options.segmenter, options.words?.of(sentence.index));
    let bare: boolean | undefined; // whether the clause is bare items: asked per figure, computed once (a clause may hold thousands)
    const isBare = () => (bare ??= bareItems(tokens, verbs));
    for (const reading of readClause(tokens, verbs)) {
      const quantity = tokens[reading.tokenIndex]!.quantity!;
      // 1月　14　13 under 月份　事故起数（起）　死亡人数（人）: a cell counts what its column names.
      const cell = options.tableCells?.get(quantity);
      if (cell) {
        let read: { action: string | null; object: string | null } = { action: null, object: cell.column };
        let { metric, rule } = classify({ ...read, inherited: null, topic: null, after: null, quantity, trend: false }, rules);
        // 检查（家次）, 立案（件）, 发现问题（个）: a column named by a report verb counts what the verb does.
        const verbed = metric === 'other' ? columnVerb(cell.column, verbs) : null;
        if (verbed) {
          const second = classify({ ...verbed, inherited: null, topic: null, after: null, quantity, trend: false }, rules);
          if (second.metric !== 'other') ({ metric, rule } = second), (read = verbed);
        }
        facts.push({ quantity, metric, action: read.action, object: read.object, rule, clauseIndex: clause.index, sentenceIndex: sentence.index, paragraphIndex: paragraph.index, articleIndex: paragraph.articleIndex });
        continue;
      }
      // Ellipsis: `整改23万项` counts what the sentence counted before (安全隐患) — for the metric only,
      // and not from things to people (`移交问题线索10件，处理处分11人`).
      const inherited = lastObject && lastObject.sentence === sentence.index && sameCountedKind(lastObject.unit, quantity.unit) ? lastObject.object : null;
      let chosen = reading;
      let { metric, rule } = classify({ action: reading.action, object: reading.object, inherited, topic: reading.topic, after: reading.after ?? null, quantity, trend: reading.trend }, rules);
      if (metric === 'other' && reading.alternative) {
        const alt = reading.alternative;
        const second = classify({ action: alt.action, object: alt.object, inherited, topic: alt.topic, after: reading.after ?? null, quantity, trend: alt.trend }, rules);
        if (second.metric !== 'other') ({ metric, rule } = second), (chosen = alt);
      }
      // Ellipsis, for the metric only: a part with no verb of its own is counted by the sentence's report verb before it —
      // 共抽查塔式起重机628台，深基坑工程57个 (a clause of bare items after the verb's); after 其中 also a part whose verb
      // no rule knows (发现隐患3412条，其中起重机械类1046条、基坑及模板支撑类587条: 支撑), then with the whole's object too.
      // A sentence opening with 其中 goes on listing the parts of the sentence before it (…查处违法行为3.86万起。其中，酒驾1362起…，超速8.9万起).
      // Its whole is the first figure the sentence before reported (共发现问题隐患296项，已当场整改241项…。其中…: 发现).
      const namedWhole = namesPartsOfPrevious(doc, sentence);
      const partsSentence = PARTS_OPENER.test(doc.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 6))) || namedWhole !== null;
      // … and so does a part in brackets (检查生产经营单位2374家（其中规上工业企业416家）).
      const partOf = partsSentence || PARTS_OPENER.test(doc.text.slice(clause.start, Math.min(clause.end, clause.start + 6)))
        || BRACKETED_PART.test(doc.text.slice(Math.max(clause.start, quantity.start - 24), quantity.start));
      const previousWhole = !partsSentence || lastAction?.sentence === sentence.index ? undefined
        : (namedWhole && sentenceActions.get(sentence.index - 1)?.find((a) => a.object?.includes(namedWhole))) || firstActions.get(sentence.index - 1);
      const whole = previousWhole && doc.sentences[sentence.index - 1]!.paragraphIndex === paragraph.index ? previousWhole
        : lastAction && lastAction.sentence === sentence.index ? lastAction
          : partOf && lastMetricAction && lastMetricAction.sentence === sentence.index ? lastMetricAction : null;
      if (metric === 'other' && !reading.trend && whole && !isChangeAction(whole.action) && sameCountedKind(whole.unit, quantity.unit)
        && (partOf ? reading.action === null || !verbs.has(reading.action) : reading.action === null && isBare())) {
        const elided = classifyElided(reading, quantity, whole.action, whole.object, partOf, rules);
        if (elided.metric !== 'other') ({ metric, rule } = elided);
      }
      // 各区检查生产经营单位数量分别为：顺德区812家、南海区735家: the predicate of the clause before 分别为：/如下： reads the figures.
      if (metric === 'other' && !reading.trend && (reading.action === null || !verbs.has(reading.action))) {
        const announced = announcedPredicate(doc, clause, options, verbs);
        if (announced) {
          const shared = classify({ action: announced.action, object: announced.object, inherited: null, topic: reading.object, after: reading.after ?? null, quantity, trend: false }, rules);
          if (shared.metric !== 'other') ({ metric, rule } = shared);
        }
      }
      // 从检查对象看，工贸企业1426家、危险化学品企业213家: bare items are counted by the verb the opener names.
      if (metric === 'other' && !reading.trend && reading.action === null) {
        const named = breakdownVerb(doc, sentence, verbs);
        if (named && isBare()) {
          const opened = classify({ action: named, object: reading.object, inherited: null, topic: reading.topic, after: reading.after ?? null, quantity, trend: false }, rules);
          if (opened.metric !== 'other') ({ metric, rule } = opened);
        }
      }
      // 禅城区隐患整改率最高，达98.7%: a clause of a linking word and the figure counts what the clause before it named.
      if (metric === 'other' && reading.action === null && reading.object === null) {
        const named = previousClauseSubject(doc, clause);
        if (named) {
          const linked = classify({ action: null, object: named, inherited, topic: reading.topic, after: reading.after ?? null, quantity, trend: reading.trend }, rules);
          if (linked.metric !== 'other') ({ metric, rule } = linked);
        }
      }
      // An item that goes on counting what the figure before it counted, when that one named a metric:
      // - an item of a list of parts with no verb of its own (其中燃气管网及场所监测点位5.8万个、供水管网2.1万个: the first
      //   item names the kind, the others name sub-kinds), or of a 、-list in one unit whose verb is no report verb
      //   (查处客车超员96起、超速6.3万起: 超速);
      // - a clause of bare items in the unit of a figure before it in its sentence that no verb reported either
      //   (火災件數以新北市3,527件最多，臺中市3,061件、高雄市2,894件次之).
      const before = facts[facts.length - 1];
      // 較113年減少131人（-4.4%）: a percent in brackets right after a change gives the same change in percent.
      if (metric === 'other' && before?.metric === 'trend' && quantity.kind === 'percent' && /^[（(]$/.test(doc.text.slice(before.quantity.end, quantity.start))) {
        ({ metric, rule } = { metric: before.metric, rule: before.rule });
      }
      if (metric === 'other' && !reading.trend && before && before.metric !== 'other' && before.metric !== 'trend') {
        const listItem = (partOf ? reading.action === null : !!reading.action && !verbs.has(reading.action) && before.quantity.unit === quantity.unit)
          && before.clauseIndex === clause.index && sameCountedKind(before.quantity.unit, quantity.unit)
          && LIST_ITEM_GAP.test(doc.text.slice(before.quantity.end, quantity.start));
        const bareItem = !partOf && reading.action === null && before.action === null && before.sentenceIndex === sentence.index
          && clause.index - before.clauseIndex <= 1 && before.quantity.unit === quantity.unit && isBare();
        if (listItem || bareItem) ({ metric, rule } = { metric: before.metric, rule: before.rule });
      }
      if (reading.object) lastObject = { sentence: sentence.index, object: reading.object, unit: quantity.unit };
      if (chosen.action && !verbs.has(chosen.action) && metric !== 'other' && metric !== 'trend') {
        lastMetricAction = { sentence: sentence.index, action: chosen.action, unit: quantity.unit, object: chosen.object };
      }
      if (chosen.action && verbs.has(chosen.action)) {
        lastAction = { sentence: sentence.index, action: chosen.action, unit: quantity.unit, object: chosen.object };
        if (!firstActions.has(sentence.index)) firstActions.set(sentence.index, lastAction);
        const actions = sentenceActions.get(sentence.index);
        if (actions) actions.push(lastAction); else sentenceActions.set(sentence.index, [lastAction]);
      }
      facts.push({
        quantity, metric, action: chosen.action, object: chosen.object, rule,
        clauseIndex: clause.index, sentenceIndex: sentence.index, paragraphIndex: paragraph.index, articleIndex: paragraph.articleIndex,
      });
    }
  }
  return facts;
}
