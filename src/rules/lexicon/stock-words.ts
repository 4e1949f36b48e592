/**
 * Nouns of a stock that holds at any time, not of something done in a period: a figure
 * reported by them alone (no verb) takes a period only from its own sentence. The gold
 * dates none of 辖区总户数4600余户, 人口3938户, 辖区面积0.54平方公里.
 */
export const STOCK_WORD_ENDINGS: readonly string[] = ['常住人口', '户籍人口', '总人口', '人口', '总户数', '户数', '面积', '总里程', '里程', '长度', '总长'];
