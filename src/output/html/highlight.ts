import type { Fact } from '../../schema/fact.js';
import { escapeHtml } from './escape.js';
import { describeFact } from './format.js';
import { metricClass } from './palette.js';

export interface HighlightedText {
  html: string;
  /** Facts that could not be placed: offsets outside the text, or overlapping a fact placed before. */
  unplaced: Fact[];
}

/** Anchor id of a fact's highlight; the chart links to it. */
export function factAnchor(docIndex: number, factIndex: number): string {
  return `d${docIndex}-f${factIndex}`;
}

function isPlaceable(fact: Fact, length: number): boolean {
  return Number.isInteger(fact.start) && Number.isInteger(fact.end) && fact.start >= 0 && fact.start < fact.end && fact.end <= length;
}

/**
 * A highlight: the fact's own characters of the text, then a tooltip shown on
 * hover and on keyboard focus (tabindex=0) by CSS alone, tied to the highlight
 * with aria-describedby for screen readers.
 */
function renderMark(text: string, fact: Fact, id: string): string {
  const tip = describeFact(fact).map(escapeHtml).join('\n');
  return `<mark id="${id}" class="fact ${metricClass(fact.metric)}" tabindex="0" aria-describedby="${id}-tip">`
    + `${escapeHtml(text.slice(fact.start, fact.end))}<span class="tip" role="tooltip" id="${id}-tip">${tip}</span></mark>`;
}

/**
 * The document text with every fact highlighted. Offsets are half-open into the
 * text (text.slice(start, end) is the fact). Facts may come in any order, so they
 * are placed by start (then end); the extractor never gives overlapping facts,
 * but if it did, a fact starting inside one already placed is reported as
 * unplaced rather than breaking the markup.
 */
export function highlightText(text: string, facts: readonly Fact[], docIndex: number): HighlightedText {
  const order = facts.map((fact, index) => ({ fact, index }))
    .filter(({ fact }) => isPlaceable(fact, text.length))
    .sort((a, b) => a.fact.start - b.fact.start || a.fact.end - b.fact.end);
  const unplaced = facts.filter((f) => !isPlaceable(f, text.length));
  let html = '';
  let at = 0;
  for (const { fact, index } of order) {
    if (fact.start < at) {
      unplaced.push(fact);
      continue;
    }
    html += escapeHtml(text.slice(at, fact.start)) + renderMark(text, fact, factAnchor(docIndex, index));
    at = fact.end;
  }
  return { html: html + escapeHtml(text.slice(at)), unplaced };
}
