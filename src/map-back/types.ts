import type { Article, Fact } from '../schema/fact.js';

export interface ExtractResult {
  facts: Fact[];
  articles: Article[];
  /** With `explain: true`: every quantity found that is not a fact, and why. */
  dropped?: DroppedFigure[];
}

/** A figure the extractor found and did not report (`explain`). */
export interface DroppedFigure {
  text: string;
  start: number;
  end: number;
  value: number;
  /** `duration`, `layout repeat of paragraph 12`, `overlaps 23.7万项`, `outside any clause` … */
  reason: string;
  /** What the rules had read before the figure was dropped, if they got to it. */
  metric: Fact['metric'] | null;
  rule: string | null;
}
