/**
 * Function words the clause reader steps over or stops at. Data only; the logic
 * is in rules/engine/.
 */

/** Adverbs and totals before a verb or quantity that are not part of the action (`共排查`, `累计检查`, `合计`). */
export const LEADING_ADVERBS: ReadonlySet<string> = new Set([
  '共', '累计', '合计', '共计', '总计', '先后', '分别', '还', '又', '再', '均', '全部', '总共', '一共', '同时', '目前', '已经', '已', '均已', '都已',
  '仅', '就', '才', '也', '都', '并', '另', '另外', '此外', '其中', '主动', '积极', '有效', '全面', '深入', '依法', '共有', '累计共', '剩余', '其余', '剩下',
]);

/** Verbs of going somewhere: the report verb after their destination is the action (分赴各县区检查企业120家). */
export const MOTION_VERBS: ReadonlySet<string> = new Set(['分赴', '奔赴', '前往', '赶赴', '赴', '深入', '走进', '来到', '进入']);

/** Verbs of manner that join the report verb after them (联合检查危化品运输车辆: 联合检查, not 联合 + a noun 检查). */
export const MANNER_VERBS: ReadonlySet<string> = new Set(['联合', '集中', '共同', '统一']);

/** Adverbs jieba glues onto a verb as one word (`共出动`, `累计检查`); the verb is what follows. */
export const GLUED_ADVERBS: readonly string[] = ['累计', '共计', '合计', '共', '已', '均'];

/** Words linking an object to its figure (`整改率为94.5%`, `罚款金额达1.36亿元`, `仓储点共计286个次`). */
export const LINKING_WORDS: ReadonlySet<string> = new Set([
  '达', '为', '达到', '共计', '合计', '计', '共', '累计', '总计', '约', '是', '有', '超', '近', '逾', '已达', '高达', '多达', '突破', '超过', '不足', '不到', '约为',
]);

/** Negations that belong to the verb after them (`未整改的135项`, `尚未整改隐患12处` are pending, not fixed). */
export const NEGATIONS: ReadonlySet<string> = new Set(['未', '尚未', '仍未', '暂未', '没有', '未能', '还未', '均未']);

/** Verbs that only carry another verb (`开展入户宣传`, `进行挂牌督办`, `予以信用扣分`): the action is what follows. */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['进行', '开展', '实施', '实行', '予以', '给予', '加以', '作出', '做出', '完成', '组织开展', '分赴', '奔赴', '前往']);

/** Prepositions that put the counted thing before the verb (`对613户企业进行全方位包保`). */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['对', '对于', '向', '为', '帮助', '将', '把']);

/** Words joining items of an enumeration (`28个县、40个行业部门`, `14.8%和8.7%`). */
export const ENUMERATION_JOINERS: ReadonlySet<string> = new Set(['、', '和', '及', '以及', '与', '或']);

/** Tokens that look like verbs to jieba but do not report a figure. */
export const NOT_ACTIONS: ReadonlySet<string> = new Set([
  '有关', '相关', '重点', '主要', '其中', '涉及', '包括', '存在', '没有', '不', '是', '有', '为', '的', '等', '达', '达到', '约', '超',
  '同比', '环比', '较', '比', '分别', '行为', '工作', '情况', '累计', '合计', '共计', '共', '占', '其余', '剩余', '各类', '各级', '各', '全', '全市', '全省', '全区', '全县',
]);

/** Words a comparison starts with: a change verb after them reports a trend (`同比下降`, `较去年提高`). */
export const COMPARATIVE_MARKERS: readonly string[] = ['同比', '环比', '较去年', '较上年', '较上季度', '比上季度', '比去年', '较', '比', '相比', '与去年同期', '按年', '按月'];

/** Verbs that move a figure to a new value (`由11人降至4人`, `整改率由90%提高到95%`): the new value counts what the old one did. */
export const CHANGE_TO_VERBS: ReadonlySet<string> = new Set([
  '降至', '降为', '降到', '下降至', '下降到', '下降为', '减至', '减少到', '减少至', '减为', '增至', '增加到', '增加至', '增为', '升至', '上升至', '上升到', '上升为',
  '提高到', '提高至', '提升到', '提升至', '压减至', '压减到', '压降至', '扩大到', '扩大至', '达到',
]);

/** Verbs of change: with a comparison or a percent they make a trend figure. */
export const CHANGE_VERBS: readonly string[] = ['增长', '下降', '上升', '提高', '减少', '增加', '降低', '下滑', '回落', '回升', '增幅', '降幅', '减幅', '增多', '提升', '下跌', '上涨'];

/** Adverbs that stay inside the action they precede (`正在按期整改`, `限期整改`): a pending fix is not a fix. */
export const ACTION_ADVERBS: ReadonlySet<string> = new Set(['正在', '按期', '加紧', '限期', '仍在', '尚未', '逐步']);
