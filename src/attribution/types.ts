import type { Region } from '../schema/fact.js';

/** Where a fact stands in the document structure (normalised-text offsets and indexes). */
export interface AttributionTarget {
  start: number;
  end: number;
  clauseIndex: number;
  sentenceIndex: number;
  paragraphIndex: number;
  articleIndex: number;
  /** A stock that holds at any time (辖区总户数4600余户, 全县常住人口约46万): dated only by a period in its own sentence. */
  timeless?: boolean;
}

/** What attribution adds to a fact. */
export interface Attribution {
  org: string | null;
  /** The words in the text that named the org (全市, 该公司, 省应急管理厅), or null when taken from headline/dateline. */
  orgMention: string | null;
  region: Region | null;
  period: string | null;
  /** Where the period phrase stands (normalised offsets), so that map-back gives it in the caller's characters. */
  periodSpan: { start: number; end: number } | null;
  periodStart: string | null;
  periodEnd: string | null;
}
