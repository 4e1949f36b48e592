/**
 * Punctuation sets of the splitters. Texts mix Chinese and ASCII marks
 * (`发现问题隐患198个,责令立即整改153项。`), so both forms are listed. Full-width
 * brackets are already ASCII after normalisation, but stay listed for callers
 * that split raw text.
 */

/** Marks that end a sentence: `…整改率97%。`, `…你们能管吗？`, `…全力以赴守好红线；`. */
export const SENTENCE_END = '。！？!?；;';

/** The ellipsis `……` (any run of `…`) also ends a sentence: `…向少年的蜕变和成长……`. */
export const ELLIPSIS = '…';

/**
 * Marks after which a clause ends: `排查各类安全隐患23.7万项，` `据悉,` `工作方针：`.
 * Not `、`, which joins enumeration items: `检查28个县(市、区)、40个行业部门`.
 */
export const CLAUSE_END = '，,；;：:';

/** Closing marks that stay with the sentence they close: `…都感谢你们。”`, `(杨光明 摄)`. */
export const CLOSERS = '”’」』)）》〉】]"\'';

/** Bracket pairs whose inside is never split into clauses: `(市、区)`, `“阀管灶”`, `《安全生产法》`. */
export const BRACKET_PAIRS: readonly string[] = ['()', '（）', '“”', '‘’', '《》', '「」', '『』', '【】', '〈〉', '[]'];

/**
 * Quote pairs protect their inside only when it is a short name or slogan
 * (`“安全第一、预防为主、综合治理”`, at most this many characters, no sentence end);
 * a quoted speech (`“今年以来，我们共检查企业120家，发现隐患300处。”`) is split like
 * any text, so its figures get clauses of their own.
 */
export const QUOTE_PAIRS = '“”‘’「」『』';
export const QUOTE_PROTECT_MAX_CHARS = 30;

/**
 * Marks that a headline line never holds: `党政齐抓 全员联动攻坚`,
 * `国网长春供电公司：提早行动保汛期安全可靠供电` are headlines, while a line with
 * `，` or `。` inside is body text.
 */
export const NOT_IN_HEADLINE = '，,。；;';

/** Marks a headline may end with but not hold inside: `这事儿你们能管吗？`. */
export const HEADLINE_END_ONLY = '！？!?';

/** A headline is at most this many characters (`在 习近平新时代… —— 新时代新作为新篇章` is 34). */
export const HEADLINE_MAX_CHARS = 40;

/** A quoted section heading is at most this long: `“特殊时期,我就是居民的‘大管家’”` (18). */
export const QUOTED_HEADING_MAX_CHARS = 25;
