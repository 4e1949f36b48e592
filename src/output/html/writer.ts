import { METRIC_KEYS } from '../../schema/fact.js';
import type { DocumentFacts, FactWriter } from '../types.js';
import { LargestFiguresChart } from './chart.js';
import { escapeHtml } from './escape.js';
import { factAnchor, highlightText } from './highlight.js';
import { metricClass } from './palette.js';
import { REPORT_CSS } from './styles.js';
import { TotalsTable } from './totals.js';

export interface HtmlWriterOptions {
  /** The report's title. Default "zh-report-metrics report". */
  title?: string;
}

function renderLegend(): string {
  return `<ul class="legend">${METRIC_KEYS.map((m) => `<li><span class="swatch ${metricClass(m)}"></span>${m}</li>`).join('')}</ul>`;
}

function renderMeta(document: DocumentFacts): string {
  const parts = [`${document.facts.length} fact${document.facts.length === 1 ? '' : 's'}`];
  if (document.publishedAt) parts.push(`published ${escapeHtml(document.publishedAt)}`);
  if (document.meta && Object.keys(document.meta).length > 0) parts.push(escapeHtml(JSON.stringify(document.meta)));
  return parts.join(' · ');
}

/**
 * One self-contained HTML page (inline CSS and SVG, no script, no network) for a
 * person checking an extraction. Written as it goes, so it streams: the header
 * and legend first, then one <article> per document, and last the totals table
 * and chart, which can only be drawn once every document has been seen (the
 * navigation at the top links down to them).
 */
export function createHtmlWriter(options: HtmlWriterOptions = {}): FactWriter {
  const title = options.title ?? 'zh-report-metrics report';
  const totals = new TotalsTable();
  const chart = new LargestFiguresChart();
  let docIndex = 0;
  let factCount = 0;
  return {
    begin: () => `<!doctype html>\n<html lang="zh"><head><meta charset="utf-8">`
      + `<meta name="viewport" content="width=device-width,initial-scale=1">`
      + `<title>${escapeHtml(title)}</title><style>${REPORT_CSS}</style></head>\n<body>\n`
      + `<h1>${escapeHtml(title)}</h1>\n<nav><a href="#totals">Totals by org × metric</a><a href="#largest">Largest figures</a></nav>\n`
      + `<p>Hover or focus (Tab) a highlighted figure to see its value, org and period.</p>\n${renderLegend()}\n<main>\n`,
    write(document) {
      const i = docIndex++;
      factCount += document.facts.length;
      totals.add(document.facts);
      document.facts.forEach((f, k) => chart.add(f, document.doc, factAnchor(i, k)));
      const { html, unplaced } = highlightText(document.text, document.facts, i);
      const note = unplaced.length === 0 ? ''
        : `<p class="unplaced">${unplaced.length} fact(s) could not be placed in the text: ${unplaced.map((f) => escapeHtml(f.text)).join(', ')}</p>`;
      return `<article class="doc" id="d${i}"><header><h3>${escapeHtml(document.doc)}</h3>${renderMeta(document)}</header>`
        + `<div class="text">${html}</div>${note}</article>\n`;
    },
    end: () => `</main>\n<h2 id="totals">Totals by org × metric</h2>\n<p>${docIndex} documents, ${factCount} facts. `
      + `Each cell gives the sum (where the facts share a unit) and the number of facts.</p>\n${totals.render()}\n`
      + `<h2 id="largest">Largest figures</h2>\n${chart.render() || '<p>No figures.</p>'}\n</body></html>\n`,
  };
}
